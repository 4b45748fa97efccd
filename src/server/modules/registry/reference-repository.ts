/** Queries of municipalities, counties and offices. */
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { counties, municipalities, offices } from './schema.ts';

export async function findMunicipality(db: Queryable, code: string) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.code, code));
  return row;
}

export const listOffices = (db: Queryable) => db.select().from(offices);

export async function municipalityCodes(db: Queryable): Promise<Set<string>> {
  const rows = await db.select({ code: municipalities.code }).from(municipalities);
  return new Set(rows.map((r) => r.code));
}

export async function setMunicipalityOfficeIfVersion(tx: Tx, code: string, version: number, officeCode: string, overridden: boolean) {
  const [row] = await tx
    .update(municipalities)
    .set({ officeCode, officeOverridden: overridden, version: sql`${municipalities.version} + 1` })
    .where(and(eq(municipalities.code, code), eq(municipalities.version, version)))
    .returning();
  return row;
}

export async function insertGeography(tx: Tx, data: {
  counties: (typeof counties.$inferInsert)[];
  offices: (typeof offices.$inferInsert)[];
  municipalities: (typeof municipalities.$inferInsert)[];
}): Promise<void> {
  await tx.insert(counties).values(data.counties);
  await tx.insert(offices).values(data.offices);
  await tx.insert(municipalities).values(data.municipalities);
}

export async function countMunicipalities(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(municipalities);
  return row?.n ?? 0;
}
