/**
 * Queries of the observation taxonomy and the pair's forms. The analysts' rows carry the organisers'
 * grouping attributes and an id to count distinct organisers by, never a name or a comment.
 */
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { users } from '../../access/schema.ts';
import { organisers } from '../../registry/schema.ts';
import { dialogueOrganisers } from '../schema.ts';
import { observationForms, observationTaxonomies, type ObservationEntry, type ObservationTheme } from './schema.ts';

export type TaxonomyRow = typeof observationTaxonomies.$inferSelect;
export type FormRow = typeof observationForms.$inferSelect;

export const listTaxonomies = (db: Queryable) =>
  db.select().from(observationTaxonomies).orderBy(desc(observationTaxonomies.versionNo));

export async function findTaxonomy(db: Queryable, id: string): Promise<TaxonomyRow | undefined> {
  const [row] = await db.select().from(observationTaxonomies).where(eq(observationTaxonomies.id, id));
  return row;
}

export async function findLatestPublishedTaxonomy(db: Queryable): Promise<TaxonomyRow | undefined> {
  const [row] = await db.select().from(observationTaxonomies).where(eq(observationTaxonomies.status, 'published'))
    .orderBy(desc(observationTaxonomies.versionNo)).limit(1);
  return row;
}

export async function findDraftTaxonomy(db: Queryable): Promise<TaxonomyRow | undefined> {
  const [row] = await db.select().from(observationTaxonomies).where(eq(observationTaxonomies.status, 'draft')).limit(1);
  return row;
}

export const publishedTaxonomies = (db: Queryable) =>
  db.select({ versionNo: observationTaxonomies.versionNo, themes: observationTaxonomies.themes })
    .from(observationTaxonomies).where(eq(observationTaxonomies.status, 'published')).orderBy(asc(observationTaxonomies.versionNo));

export async function nextTaxonomyVersionNo(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${observationTaxonomies.versionNo}), 0)::int` }).from(observationTaxonomies);
  return (row?.n ?? 0) + 1;
}

export async function insertTaxonomy(tx: Tx, row: typeof observationTaxonomies.$inferInsert): Promise<TaxonomyRow> {
  const [created] = await tx.insert(observationTaxonomies).values(row).returning();
  return created!;
}

/** For the seed: inserts only into an empty table (a second seed, or a later one, changes nothing). */
export async function insertTaxonomyIfNone(tx: Tx, row: typeof observationTaxonomies.$inferInsert): Promise<TaxonomyRow | undefined> {
  const [existing] = await tx.select({ id: observationTaxonomies.id }).from(observationTaxonomies).limit(1);
  if (existing) return undefined;
  return insertTaxonomy(tx, row);
}

/** Changes a draft only when it is still the version the caller read; published versions never change. */
export async function updateDraftTaxonomyIfVersion(tx: Tx, id: string, version: number, set: { themes?: ObservationTheme[]; status?: 'published'; publishedAt?: Date }) {
  const [row] = await tx.update(observationTaxonomies)
    .set({ ...set, version: sql`${observationTaxonomies.version} + 1` })
    .where(and(eq(observationTaxonomies.id, id), eq(observationTaxonomies.version, version), eq(observationTaxonomies.status, 'draft')))
    .returning();
  return row;
}

export async function findForm(db: Queryable, dialogueId: string) {
  const [row] = await db.select({ form: observationForms, updatedByName: users.name }).from(observationForms)
    .leftJoin(users, eq(users.id, observationForms.updatedBy))
    .where(eq(observationForms.dialogueId, dialogueId));
  return row;
}

export async function insertForm(tx: Tx, row: typeof observationForms.$inferInsert): Promise<FormRow> {
  const [created] = await tx.insert(observationForms).values(row).returning();
  return created!;
}

export async function updateFormIfVersion(tx: Tx, id: string, version: number, set: {
  entries?: ObservationEntry[]; internalComment?: string | null; submittedAt?: Date; updatedBy: string; updatedAt: Date;
}) {
  const [row] = await tx.update(observationForms)
    .set({ ...set, version: sql`${observationForms.version} + 1` })
    .where(and(eq(observationForms.id, id), eq(observationForms.version, version)))
    .returning();
  return row;
}

/**
 * Submitted forms, one row per form and organiser, with what the analysts may group by. The
 * organiser id is only for counting distinct organisers; it never leaves the summary.
 */
export const submittedFormRows = (db: Queryable) =>
  db.select({
    formId: observationForms.id,
    submittedAt: observationForms.submittedAt,
    entries: observationForms.entries,
    organiserId: dialogueOrganisers.organiserId,
    sizeClass: organisers.sizeClass,
    kind: organisers.kind,
  })
    .from(observationForms)
    .innerJoin(dialogueOrganisers, eq(dialogueOrganisers.dialogueId, observationForms.dialogueId))
    .innerJoin(organisers, eq(organisers.id, dialogueOrganisers.organiserId))
    .where(isNotNull(observationForms.submittedAt));

/** The labels of every key, latest version first (a reworded label wins over an older one). */
export const taxonomyLabels = (db: Queryable) =>
  db.select({ versionNo: observationTaxonomies.versionNo, status: observationTaxonomies.status, themes: observationTaxonomies.themes })
    .from(observationTaxonomies).orderBy(desc(observationTaxonomies.versionNo));
