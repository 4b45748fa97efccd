/** Queries the value import needs: organisers to resolve, the stored values it compares with, and the upsert. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { copyRows } from '../../../platform/db/bulk.ts';
import type { DatabaseKind, Queryable, Tx } from '../../../platform/db/database.ts';
import { organisers, schoolUnits, unitSchoolForms } from '../../registry/schema.ts';
import { measureValues } from '../schema.ts';

/** Every organiser's id, organisation number, kind and home municipality (a few thousand rows). */
export const organiserKeys = (db: Queryable) =>
  db.select({ id: organisers.id, orgNumber: organisers.orgNumber, kind: organisers.kind, municipalityCode: organisers.municipalityCode })
    .from(organisers);

/** Children and pupils in each organiser's active units, per school form. */
export async function childrenPupilsByForm(db: Queryable, organiserIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < organiserIds.length; i += 1000) {
    const rows = await db
      .select({ organiserId: schoolUnits.organiserId, schoolForm: unitSchoolForms.schoolForm, total: sql<number>`sum(${unitSchoolForms.childrenPupils})::int` })
      .from(unitSchoolForms)
      .innerJoin(schoolUnits, eq(schoolUnits.id, unitSchoolForms.unitId))
      .where(and(eq(schoolUnits.status, 'active'), inArray(schoolUnits.organiserId, organiserIds.slice(i, i + 1000))))
      .groupBy(schoolUnits.organiserId, unitSchoolForms.schoolForm);
    for (const row of rows) out.set(`${row.organiserId}|${row.schoolForm}`, row.total);
  }
  return out;
}

export type StoredValue = { value: number | null; n: number; status: string | null };

/** The stored values of the measures, school forms and years a file touches, keyed like the primary key. */
export async function storedValues(db: Queryable, slice: { measureKeys: string[]; schoolForms: SchoolForm[]; years: number[] }) {
  const out = new Map<string, StoredValue>();
  if (slice.measureKeys.length === 0) return out;
  const rows = await db
    .select({
      organiserId: measureValues.organiserId, schoolForm: measureValues.schoolForm, measureKey: measureValues.measureKey,
      year: measureValues.year, value: measureValues.value, n: measureValues.n, status: measureValues.status,
    })
    .from(measureValues)
    .where(and(
      inArray(measureValues.measureKey, slice.measureKeys),
      inArray(measureValues.schoolForm, slice.schoolForms),
      inArray(measureValues.year, slice.years),
    ));
  for (const r of rows) out.set(`${r.organiserId}|${r.schoolForm}|${r.measureKey}|${r.year}`, { value: r.value, n: r.n, status: r.status });
  return out;
}

const COLUMNS = ['organiser_id', 'school_form', 'measure_key', 'year', 'value', 'n', 'status', 'import_id'] as const;

/**
 * Inserts new values and overwrites changed ones in the caller's transaction: COPY into a temporary
 * table, then one INSERT … ON CONFLICT on the primary key (a hundred thousand rows in seconds, where
 * multi-row INSERTs take minutes on PGlite).
 */
export async function upsertMeasureValues(kind: DatabaseKind, tx: Tx, rows: (typeof measureValues.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`create temporary table value_import_rows (like measure_values) on commit drop`);
  await copyRows(kind, tx, 'value_import_rows', COLUMNS,
    rows.map((r) => [r.organiserId, r.schoolForm, r.measureKey, r.year, r.value ?? null, r.n, r.status ?? null, r.importId]));
  await tx.execute(sql`
    insert into measure_values (organiser_id, school_form, measure_key, year, value, n, status, import_id)
    select organiser_id, school_form, measure_key, year, value, n, status, import_id from value_import_rows
    on conflict (organiser_id, school_form, measure_key, year) do update
      set value = excluded.value, n = excluded.n, status = excluded.status, import_id = excluded.import_id`);
  await tx.execute(sql`drop table value_import_rows`);
}
