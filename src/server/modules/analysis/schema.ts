/**
 * Indicator and conditions values: one row per organiser × school form × measure × year, with the
 * number of children or pupils behind it, so that small groups can be flagged or suppressed. The
 * statistics database's suppression markers are kept as they are, never turned into zeros.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/bytea.ts';
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

export const SNAPSHOT_FORMATS = ['xlsx', 'pdf'] as const;
export type SnapshotFormat = (typeof SNAPSHOT_FORMATS)[number];

/**
 * A built analysis-basis document, kept with what it was built from. `inputsKey` names those inputs
 * (catalogue version, value import, values revision, shared self-assessment and its version): a
 * document for the same organiser, format and inputs is never built twice.
 */
export const basisSnapshots = pgTable('basis_snapshots', {
  id: uuid('id').primaryKey().defaultRandom(),
  organiserId: uuid('organiser_id').notNull(),
  format: text('format').$type<SnapshotFormat>().notNull(),
  inputsKey: text('inputs_key').notNull(),
  catalogueVersionId: uuid('catalogue_version_id').notNull(),
  catalogueLabel: text('catalogue_label').notNull(),
  vintageLabel: text('vintage_label'),
  valueImportId: uuid('value_import_id'),
  content: bytea('content').notNull(),
  bytes: integer('bytes').notNull(),
  sha256: text('sha256').notNull(),
  batchId: uuid('batch_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('basis_snapshots_inputs_uq').on(t.organiserId, t.format, t.inputsKey),
  check('basis_snapshots_format_chk', sql`${t.format} in ('xlsx','pdf')`),
]);

export const BATCH_STATUSES = ['queued', 'running', 'done', 'cancelled'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** A request to build the analysis bases of many organisers; its items survive a restart. */
export const basisBatches = pgTable('basis_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The organiser-list filter it was started with, as the user gave it. */
  filter: jsonb('filter').$type<Record<string, unknown>>().notNull(),
  status: text('status').$type<BatchStatus>().notNull().default('queued'),
  total: integer('total').notNull(),
  requestedBy: uuid('requested_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
}, (t) => [check('basis_batches_status_chk', sql`${t.status} in ('queued','running','done','cancelled')`)]);

export const BATCH_ITEM_STATUSES = ['pending', 'built', 'reused', 'failed'] as const;
export type BatchItemStatus = (typeof BATCH_ITEM_STATUSES)[number];

export const basisBatchItems = pgTable('basis_batch_items', {
  batchId: uuid('batch_id').notNull().references(() => basisBatches.id),
  organiserId: uuid('organiser_id').notNull(),
  /** Order of work, so that a resumed batch continues where it stopped. */
  position: integer('position').notNull(),
  status: text('status').$type<BatchItemStatus>().notNull().default('pending'),
  error: text('error'),
  /** When a runner took the pending item; a claim older than the lease is free again (its runner stopped). */
  claimedAt: timestamp('claimed_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
}, (t) => [
  primaryKey({ columns: [t.batchId, t.organiserId] }),
  index('basis_batch_items_pending_idx').on(t.batchId, t.status, t.position),
  check('basis_batch_items_status_chk', sql`${t.status} in ('pending','built','reused','failed')`),
]);
