/**
 * The observation form: a versioned taxonomy of themes and development needs kept by the steward,
 * and the pair's form per dialogue. The free-text comment stays inside the agencies; analysts read
 * the selections without the organiser's identity.
 */
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../access/schema.ts';
import { dialogues } from '../schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export interface ObservationNeed { key: string; label: string }
export interface ObservationTheme { key: string; label: string; description?: string; needs: ObservationNeed[] }

/** One version of the taxonomy; published versions never change (a new draft is a new version). */
export const observationTaxonomies = pgTable('observation_taxonomies', {
  id: uuid('id').primaryKey().defaultRandom(),
  versionNo: integer('version_no').notNull(),
  status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
  themes: jsonb('themes').$type<ObservationTheme[]>().notNull(),
  publishedAt: at('published_at'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('observation_taxonomies_version_uq').on(t.versionNo),
  check('observation_taxonomies_status_chk', sql`${t.status} in ('draft','published')`),
]);

export interface ObservationEntry {
  themeKey: string;
  /** The development needs seen under the theme (keys of the taxonomy version). */
  needKeys: string[];
  /** How much of a development area the theme is: 1 strength … 3 clear need. */
  level: 1 | 2 | 3;
}

/** The pair's observation form for one dialogue, against one taxonomy version. */
export const observationForms = pgTable('observation_forms', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  taxonomyId: uuid('taxonomy_id').notNull().references(() => observationTaxonomies.id),
  entries: jsonb('entries').$type<ObservationEntry[]>().notNull().default([]),
  /** Internal to the two agencies; never in an analyst's view. */
  internalComment: text('internal_comment'),
  submittedAt: at('submitted_at'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: at('updated_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [uniqueIndex('observation_forms_dialogue_uq').on(t.dialogueId)]);
