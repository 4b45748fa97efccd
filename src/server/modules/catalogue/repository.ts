/** Queries of catalogue versions and change requests. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { CatalogueContent } from '../../../shared/api/catalogue.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { users } from '../access/schema.ts';
import { catalogueChangeRequests, catalogueVersions } from './schema.ts';

export type CatalogueVersionRow = typeof catalogueVersions.$inferSelect;

const summary = {
  id: catalogueVersions.id,
  label: catalogueVersions.label,
  status: catalogueVersions.status,
  basedOnId: catalogueVersions.basedOnId,
  createdAt: catalogueVersions.createdAt,
  publishedAt: catalogueVersions.publishedAt,
  version: catalogueVersions.version,
};

export const listVersions = (db: Queryable) =>
  db.select(summary).from(catalogueVersions).orderBy(sql`${catalogueVersions.status} = 'draft' desc`, desc(catalogueVersions.publishedAt));

export async function findVersion(db: Queryable, id: string): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db.select().from(catalogueVersions).where(eq(catalogueVersions.id, id));
  return row;
}

export async function findLatestPublished(db: Queryable): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db.select().from(catalogueVersions).where(eq(catalogueVersions.status, 'published'))
    .orderBy(desc(catalogueVersions.publishedAt)).limit(1);
  return row;
}

export async function findDraft(db: Queryable): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db.select().from(catalogueVersions).where(eq(catalogueVersions.status, 'draft'));
  return row;
}

export async function insertVersion(tx: Tx, row: typeof catalogueVersions.$inferInsert): Promise<CatalogueVersionRow> {
  const [created] = await tx.insert(catalogueVersions).values(row).returning();
  return created!;
}

/** Changes a draft only when it is still the version the caller read. */
export async function updateDraftIfVersion(tx: Tx, id: string, version: number, set: { label?: string; content?: CatalogueContent; status?: 'published'; publishedAt?: Date; publishedBy?: string }) {
  const [row] = await tx
    .update(catalogueVersions)
    .set({ ...set, version: sql`${catalogueVersions.version} + 1` })
    .where(and(eq(catalogueVersions.id, id), eq(catalogueVersions.version, version), eq(catalogueVersions.status, 'draft')))
    .returning();
  return row;
}

export async function insertChangeRequest(tx: Tx, row: typeof catalogueChangeRequests.$inferInsert) {
  const [created] = await tx.insert(catalogueChangeRequests).values(row).returning();
  return created!;
}

export const listChangeRequests = (db: Queryable, versionId: string) =>
  db
    .select({
      id: catalogueChangeRequests.id, versionId: catalogueChangeRequests.versionId, elementKey: catalogueChangeRequests.elementKey,
      text: catalogueChangeRequests.text, source: catalogueChangeRequests.source, createdAt: catalogueChangeRequests.createdAt,
      submittedByName: users.name,
    })
    .from(catalogueChangeRequests)
    .innerJoin(users, eq(users.id, catalogueChangeRequests.submittedBy))
    .where(eq(catalogueChangeRequests.versionId, versionId))
    .orderBy(desc(catalogueChangeRequests.createdAt));
