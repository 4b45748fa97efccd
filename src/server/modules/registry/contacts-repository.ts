/** Queries of contact persons (personal data: every read is audited by the use case). */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { OrganiserScope } from '../../platform/http/access.ts';
import { contactPersons, organisers } from './schema.ts';

export type ContactRow = typeof contactPersons.$inferSelect;

export async function listContacts(db: Queryable, organiserId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(contactPersons)
    .where(eq(contactPersons.organiserId, organiserId))
    .orderBy(sql`${contactPersons.validTo} is not null`, desc(contactPersons.validFrom), contactPersons.name);
}

/** A contact person, only when its organiser lies inside the caller's scope. */
export async function findContact(db: Queryable, id: string, scope: OrganiserScope): Promise<ContactRow | undefined> {
  const [row] = await db
    .select({ contact: contactPersons })
    .from(contactPersons)
    .innerJoin(organisers, eq(organisers.id, contactPersons.organiserId))
    .where(and(eq(contactPersons.id, id), scope.kind === 'organiser' ? eq(organisers.id, scope.organiserId) : undefined));
  return row?.contact;
}

export async function insertContact(tx: Tx, row: typeof contactPersons.$inferInsert): Promise<ContactRow> {
  const [created] = await tx.insert(contactPersons).values(row).returning();
  return created!;
}

export async function endContactIfVersion(tx: Tx, id: string, version: number, validTo: string): Promise<ContactRow | undefined> {
  const [row] = await tx
    .update(contactPersons)
    .set({ validTo, version: sql`${contactPersons.version} + 1` })
    .where(and(eq(contactPersons.id, id), eq(contactPersons.version, version)))
    .returning();
  return row;
}
