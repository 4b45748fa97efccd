/**
 * Catalogue tables: versions of the national quality system (one document each) and the change
 * requests recorded against them. A published version never changes: a trigger refuses it.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CatalogueContent } from '../../../shared/api/catalogue.ts';
import { users } from '../access/schema.ts';

export const catalogueVersions = pgTable('catalogue_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  label: text('label').notNull(),
  status: text('status').$type<'draft' | 'published'>().notNull(),
  content: jsonb('content').$type<CatalogueContent>().notNull(),
  basedOnId: uuid('based_on_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by').references(() => users.id),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  publishedBy: uuid('published_by').references(() => users.id),
  version: integer('version').notNull().default(1),
}, (t) => [
  check('catalogue_versions_status_chk', sql`${t.status} in ('draft','published')`),
  // One draft at a time: the steward's next revision.
  uniqueIndex('catalogue_versions_one_draft').on(t.status).where(sql`${t.status} = 'draft'`),
]);

export const catalogueChangeRequests = pgTable('catalogue_change_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  versionId: uuid('version_id').notNull().references(() => catalogueVersions.id),
  elementKey: text('element_key').notNull(),
  text: text('text').notNull(),
  submittedBy: uuid('submitted_by').notNull().references(() => users.id),
  /** Who raised it, e.g. a reference group, when recorded on their behalf. */
  source: text('source'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('catalogue_change_requests_version_idx').on(t.versionId)]);
