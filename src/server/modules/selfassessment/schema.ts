/**
 * Self-assessments (självskattningar): an organiser's assessment against the success factors of one
 * catalogue version, its respondents (invited by e-mail, answering through a signed, expiring link)
 * and their answers, one row per respondent and statement.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/schema.ts';
import { catalogueVersions } from '../catalogue/schema.ts';
import { organisers } from '../registry/schema.ts';

export const selfAssessments = pgTable('self_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organiserId: uuid('organiser_id').notNull().references(() => organisers.id),
  catalogueVersionId: uuid('catalogue_version_id').notNull().references(() => catalogueVersions.id),
  title: text('title').notNull(),
  createdBy: uuid('created_by').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set while the organiser includes the summary in its analysis basis (and leaders may see it). */
  sharedAt: timestamp('shared_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
}, (t) => [index('self_assessments_organiser_idx').on(t.organiserId)]);

export const selfAssessmentRespondents = pgTable('self_assessment_respondents', {
  id: uuid('id').primaryKey().defaultRandom(),
  selfAssessmentId: uuid('self_assessment_id').notNull().references(() => selfAssessments.id),
  name: text('name').notNull(),
  email: text('email').notNull(),
  /** What part of the organisation the respondent speaks for, e.g. board, head office, principal. */
  position: text('position').notNull(),
  /** The signed-in representative who answers as themself; null for invited colleagues. */
  userId: uuid('user_id').references(() => users.id),
  invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
  /** Raised when a new link is sent: links carrying an older number are refused. */
  linkVersion: integer('link_version').notNull().default(1),
  linkExpiresAt: timestamp('link_expires_at', { withTimezone: true }).notNull(),
  lastAnsweredAt: timestamp('last_answered_at', { withTimezone: true }),
}, (t) => [index('self_assessment_respondents_assessment_idx').on(t.selfAssessmentId)]);

export const selfAssessmentAnswers = pgTable('self_assessment_answers', {
  respondentId: uuid('respondent_id').notNull().references(() => selfAssessmentRespondents.id),
  statementKey: text('statement_key').notNull(),
  /** 1–5; null with `dontKnow`, or while only a comment is written. */
  rating: smallint('rating'),
  dontKnow: boolean('dont_know').notNull().default(false),
  comment: text('comment').notNull().default(''),
  /** Raised on every save: a save based on an older revision is a conflict (two tabs). */
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.respondentId, t.statementKey] }),
  check('self_assessment_answers_rating_chk', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  check('self_assessment_answers_dont_know_chk', sql`not (${t.dontKnow} and ${t.rating} is not null)`),
]);
