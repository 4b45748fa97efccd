/** Queries of measure values and their imports, and the organiser attributes that define comparison groups. */
import { desc, eq } from 'drizzle-orm';
import { copyRows } from '../../platform/db/bulk.ts';
import type { DatabaseKind, Queryable, Tx } from '../../platform/db/database.ts';
import { municipalities, organisers } from '../registry/schema.ts';
import { measureValues, valueImports, valuesRevision } from './schema.ts';

export type MeasureValueRow = Pick<typeof measureValues.$inferSelect, 'organiserId' | 'schoolForm' | 'measureKey' | 'year' | 'value' | 'n' | 'status'>;

export const loadMeasureValues = (db: Queryable): Promise<MeasureValueRow[]> =>
  db.select({
    organiserId: measureValues.organiserId, schoolForm: measureValues.schoolForm, measureKey: measureValues.measureKey,
    year: measureValues.year, value: measureValues.value, n: measureValues.n, status: measureValues.status,
  }).from(measureValues);

export async function readValuesRevision(db: Queryable): Promise<number> {
  const [row] = await db.select({ revision: valuesRevision.revision }).from(valuesRevision);
  return row?.revision ?? 0;
}

export async function latestImport(db: Queryable) {
  const [row] = await db.select().from(valueImports).orderBy(desc(valueImports.importedAt)).limit(1);
  return row;
}

/** Kind, size class and municipality group of every organiser: what the comparison groups are made of. */
export const loadGroupingAttributes = (db: Queryable) =>
  db.select({ id: organisers.id, kind: organisers.kind, sizeClass: organisers.sizeClass, municipalityGroup: municipalities.municipalityGroup })
    .from(organisers)
    .innerJoin(municipalities, eq(municipalities.code, organisers.municipalityCode));

export async function insertImport(tx: Tx, row: typeof valueImports.$inferInsert) {
  const [created] = await tx.insert(valueImports).values(row).returning();
  return created!;
}

const VALUE_COLUMNS = ['organiser_id', 'school_form', 'measure_key', 'year', 'value', 'n', 'status', 'import_id'] as const;

/** Loads many values at once with COPY, in the caller's transaction. */
export async function copyMeasureValues(kind: DatabaseKind, tx: Tx, rows: (typeof measureValues.$inferInsert)[]): Promise<void> {
  await copyRows(kind, tx, 'measure_values', VALUE_COLUMNS,
    rows.map((r) => [r.organiserId, r.schoolForm, r.measureKey, r.year, r.value ?? null, r.n, r.status ?? null, r.importId]));
}
