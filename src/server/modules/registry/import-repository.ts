/** Queries the registry import needs: current rows by natural key, and bulk writes. */
import { inArray, sql } from 'drizzle-orm';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { organisers, schoolUnits, unitSchoolForms } from './schema.ts';

export async function knownOrgNumbers(db: Queryable): Promise<Set<string>> {
  const rows = await db.select({ orgNumber: organisers.orgNumber }).from(organisers);
  return new Set(rows.map((r) => r.orgNumber));
}

export async function organisersByOrgNumber(db: Queryable, orgNumbers: string[]) {
  if (orgNumbers.length === 0) return [];
  return db.select().from(organisers).where(inArray(organisers.orgNumber, orgNumbers));
}

export async function unitsByCode(db: Queryable, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({
      unit: schoolUnits,
      forms: sql<{ schoolForm: SchoolForm; childrenPupils: number }[]>`coalesce((
        select json_agg(json_build_object('schoolForm', f.school_form, 'childrenPupils', f.children_pupils) order by f.school_form)
        from ${unitSchoolForms} f where f.unit_id = ${schoolUnits.id}), '[]'::json)`,
    })
    .from(schoolUnits)
    .where(inArray(schoolUnits.code, codes));
}

export async function insertOrganisers(tx: Tx, rows: (typeof organisers.$inferInsert)[]) {
  const out: { id: string; orgNumber: string }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    out.push(...(await tx.insert(organisers).values(rows.slice(i, i + 500)).returning({ id: organisers.id, orgNumber: organisers.orgNumber })));
  }
  return out;
}

export async function updateOrganiserFields(tx: Tx, id: string, set: Partial<typeof organisers.$inferInsert>) {
  await tx.update(organisers).set({ ...set, version: sql`${organisers.version} + 1`, updatedAt: new Date() }).where(sql`${organisers.id} = ${id}`);
}

export async function insertUnits(tx: Tx, rows: (typeof schoolUnits.$inferInsert)[]) {
  const out: { id: string; code: string }[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    out.push(...(await tx.insert(schoolUnits).values(rows.slice(i, i + 500)).returning({ id: schoolUnits.id, code: schoolUnits.code })));
  }
  return out;
}

export async function updateUnitFields(tx: Tx, id: string, set: Partial<typeof schoolUnits.$inferInsert>) {
  await tx.update(schoolUnits).set({ ...set, version: sql`${schoolUnits.version} + 1` }).where(sql`${schoolUnits.id} = ${id}`);
}

export async function replaceUnitForms(tx: Tx, rows: { unitId: string; schoolForm: SchoolForm; childrenPupils: number }[], unitIds: string[]) {
  for (let i = 0; i < unitIds.length; i += 500) {
    await tx.delete(unitSchoolForms).where(inArray(unitSchoolForms.unitId, unitIds.slice(i, i + 500)));
  }
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(unitSchoolForms).values(rows.slice(i, i + 1000));
}
