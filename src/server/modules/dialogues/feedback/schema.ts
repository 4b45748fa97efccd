/**
 * The organiser's feedback survey after the feedback meeting, and the actions the organiser reports
 * at the follow-up. Responses carry no respondent: the link is the dialogue's, so several people at
 * the organiser can answer and none of them can be told apart.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../access/schema.ts';
import { dialogues } from '../schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const feedbackSurveys = pgTable('feedback_surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  sentAt: at('sent_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
  /** Raised when a new link is sent: the old link stops working. */
  linkVersion: integer('link_version').notNull().default(1),
  sentBy: uuid('sent_by').references(() => users.id),
  closedAt: at('closed_at'),
}, (t) => [uniqueIndex('feedback_surveys_dialogue_uq').on(t.dialogueId)]);

/** Answers keyed by question; each rating 1–5 or null for "vet ej". */
export type FeedbackAnswers = Record<string, number | null>;

export const feedbackResponses = pgTable('feedback_responses', {
  id: uuid('id').primaryKey().defaultRandom(),
  surveyId: uuid('survey_id').notNull().references(() => feedbackSurveys.id),
  answers: jsonb('answers').$type<FeedbackAnswers>().notNull(),
  comment: text('comment'),
  submittedAt: at('submitted_at').notNull().defaultNow(),
}, (t) => [index('feedback_responses_survey_idx').on(t.surveyId)]);

export const ACTION_STATUSES = ['planned', 'started', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An action the organiser reported, usually at the follow-up meeting. */
export const followUpActions = pgTable('dialogue_follow_up_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  text: text('text').notNull(),
  /** The observation theme it answers, when there is one. */
  themeKey: text('theme_key'),
  status: text('status').$type<ActionStatus>().notNull().default('planned'),
  reportedOn: date('reported_on').notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [
  index('dialogue_follow_up_actions_dialogue_idx').on(t.dialogueId),
  check('dialogue_follow_up_actions_status_chk', sql`${t.status} in ('planned','started','done')`),
]);
