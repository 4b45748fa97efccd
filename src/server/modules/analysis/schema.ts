/**
 * Indicator and conditions values: one row per organiser × school form × measure × year, with the
 * number of children or pupils behind it, so that small groups can be flagged or suppressed. The
 * statistics database's suppression markers are kept as they are, never turned into zeros.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { users } from '../access/schema.ts';

/** One load of values (a demo generation or an import): the data vintage an analysis basis states. */
export const valueImports = pgTable('value_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  label: text('label').notNull(),
  source: text('source').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  importedBy: uuid('imported_by').references(() => users.id),
  rows: integer('rows').notNull(),
});

export const measureValues = pgTable('measure_values', {
  /**
   * No foreign keys here, on purpose: a value load is hundreds of thousands of rows and per-row key
   * checks double its time. Imports check organisers themselves; organisers are never deleted.
   */
  organiserId: uuid('organiser_id').notNull(),
  schoolForm: text('school_form').$type<SchoolForm>().notNull(),
  /** An indicator key (`ind.…`) or a conditions measure key (`cond.…`) of the catalogue. */
  measureKey: text('measure_key').notNull(),
  /** Autumn year of the school year (2024 = 2024/25), as in the statistics database. */
  year: integer('year').notNull(),
  value: doublePrecision('value'),
  n: integer('n').notNull(),
  /** `.` missing, `..` confidential, `...`, `-` as published; null when a value is given. */
  status: text('status'),
  importId: uuid('import_id').notNull(),
}, (t) => [
  primaryKey({ columns: [t.organiserId, t.schoolForm, t.measureKey, t.year] }),
  index('measure_values_measure_idx').on(t.measureKey, t.schoolForm, t.year),
  check('measure_values_value_or_status', sql`(${t.value} is null) = (${t.status} is not null)`),
  check('measure_values_n_chk', sql`${t.n} >= 0`),
]);

/** Raised by triggers on every change to the values, so that in-memory read models can reload. */
export const valuesRevision = pgTable('values_revision', {
  id: integer('id').primaryKey().default(1),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
});
