/**
 * Dialogue case management: cycles and rounds, holds that keep an organiser from being invited, the
 * dialogue cases with their leader pair and organisers, meetings with participants, the agencies'
 * internal notes, the meeting notes agreed with the organiser and their register entries in each
 * agency, and the leaders' time records with the price index that turns them into fixed prices.
 */
import { sql } from 'drizzle-orm';
import {
  bigint, boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import type { DeclineReason, DialogueAgency, DialogueState, HoldKind, MeetingKind, TimeActivity } from '../../../shared/dialogues.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { bytea } from '../../platform/db/bytea.ts';
import { users } from '../access/schema.ts';
import { organisers } from '../registry/schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A period in which every eligible organiser must be offered a dialogue within `offerWithinYears`. */
export const cycles = pgTable('dialogue_cycles', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  offerWithinYears: integer('offer_within_years').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [check('dialogue_cycles_dates_chk', sql`${t.startsOn} < ${t.endsOn}`)]);

/** A batch of invitations within a cycle. */
export const rounds = pgTable('dialogue_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
  name: text('name').notNull(),
  invitationDate: date('invitation_date').notNull(),
  answerDeadline: date('answer_deadline').notNull(),
  status: text('status').$type<'planned' | 'open' | 'closed'>().notNull().default('planned'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('dialogue_rounds_cycle_idx').on(t.cycleId),
  check('dialogue_rounds_status_chk', sql`${t.status} in ('planned','open','closed')`),
  check('dialogue_rounds_deadline_chk', sql`${t.invitationDate} <= ${t.answerDeadline}`),
]);

/** A period in which an organiser must not be invited; `endsOn` includes the grace period. */
export const holds = pgTable('dialogue_holds', {
  id: uuid('id').primaryKey().defaultRandom(),
  organiserId: uuid('organiser_id').notNull().references(() => organisers.id),
  kind: text('kind').$type<HoldKind>().notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  /** For inspections and quality reviews: the planned date, before the grace period is added. */
  plannedOn: date('planned_on'),
  reason: text('reason').notNull(),
  /** Who placed it: the inspectorate (form or API) or an agency. */
  source: text('source').$type<'inspectorate' | 'agency'>().notNull().default('agency'),
  /** The inspectorate's own reference to the inspection or review; a repeated API call updates it. */
  externalRef: text('external_ref'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
  endedAt: at('ended_at'),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('dialogue_holds_organiser_idx').on(t.organiserId),
  uniqueIndex('dialogue_holds_external_ref_uq').on(t.source, t.externalRef),
  check('dialogue_holds_source_chk', sql`${t.source} in ('inspectorate','agency')`),
  check('dialogue_holds_kind_chk', sql`${t.kind} in ('inspection','quality_review','targeted_intervention','manual')`),
  check('dialogue_holds_dates_chk', sql`${t.startsOn} <= ${t.endsOn}`),
]);

/** One quality dialogue: with one organiser, or a group of organisers of one concern. */
export const dialogues = pgTable('dialogues', {
  id: uuid('id').primaryKey().defaultRandom(),
  roundId: uuid('round_id').references(() => rounds.id),
  state: text('state').$type<DialogueState>().notNull().default('planned'),
  officeCode: text('office_code').notNull(),
  leaderSkolverketId: uuid('leader_skolverket_id').references(() => users.id),
  leaderSpsmId: uuid('leader_spsm_id').references(() => users.id),
  schoolForms: jsonb('school_forms').$type<SchoolForm[]>().notNull().default([]),
  focusQuestion: text('focus_question'),
  purpose: text('purpose'),
  invitedAt: at('invited_at'),
  answerDeadline: date('answer_deadline'),
  answeredAt: at('answered_at'),
  declineReason: text('decline_reason').$type<DeclineReason>(),
  declineNote: text('decline_note'),
  /** The follow-up meeting about six months after feedback; null until proposed, false once declined. */
  followUpWanted: boolean('follow_up_wanted'),
  closedAt: at('closed_at'),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('dialogues_round_idx').on(t.roundId),
  index('dialogues_created_idx').on(t.createdAt.desc(), t.id),
  index('dialogues_state_idx').on(t.state),
  index('dialogues_leader_sv_idx').on(t.leaderSkolverketId),
  index('dialogues_leader_spsm_idx').on(t.leaderSpsmId),
]);

/** The organisers of a dialogue: one, or several of one concern (a group dialogue). */
export const dialogueOrganisers = pgTable('dialogue_organisers', {
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  organiserId: uuid('organiser_id').notNull().references(() => organisers.id),
  /** The organiser the dialogue is mainly about (the concern's lead organiser in a group). */
  primary: boolean('is_primary').notNull().default(false),
}, (t) => [
  primaryKey({ columns: [t.dialogueId, t.organiserId] }),
  index('dialogue_organisers_organiser_idx').on(t.organiserId),
]);

/** A meeting; a group intro meeting serves several dialogues. UID and SEQUENCE are its calendar identity. */
export const meetings = pgTable('dialogue_meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<MeetingKind>().notNull(),
  startsAt: at('starts_at').notNull(),
  endsAt: at('ends_at').notNull(),
  place: text('place'),
  videoUrl: text('video_url'),
  status: text('status').$type<'planned' | 'held' | 'cancelled'>().notNull().default('planned'),
  icalUid: text('ical_uid').notNull().unique(),
  icalSequence: integer('ical_sequence').notNull().default(0),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('dialogue_meetings_starts_idx').on(t.startsAt),
  check('dialogue_meetings_status_chk', sql`${t.status} in ('planned','held','cancelled')`),
  check('dialogue_meetings_time_chk', sql`${t.startsAt} < ${t.endsAt}`),
]);

export const meetingDialogues = pgTable('dialogue_meeting_dialogues', {
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
}, (t) => [primaryKey({ columns: [t.meetingId, t.dialogueId] }), index('dialogue_meeting_dialogues_dialogue_idx').on(t.dialogueId)]);

export const PARTICIPANT_ROLES = ['leader_skolverket', 'leader_spsm', 'organiser', 'other'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const meetingParticipants = pgTable('dialogue_meeting_participants', {
  id: uuid('id').primaryKey().defaultRandom(),
  meetingId: uuid('meeting_id').notNull().references(() => meetings.id),
  role: text('role').$type<ParticipantRole>().notNull(),
  name: text('name').notNull(),
  email: text('email'),
  /** What the person does at the organiser (e.g. förvaltningschef) or in the agency. */
  title: text('title'),
  userId: uuid('user_id').references(() => users.id),
}, (t) => [index('dialogue_meeting_participants_meeting_idx').on(t.meetingId)]);

/**
 * An agency's own notes on a dialogue. Reachable for the other agency only when `shared`: data one
 * authority can reach may count as handed over to it, so the rule is in every query, not the page.
 */
export const agencyNotes = pgTable('dialogue_agency_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  agency: text('agency').$type<DialogueAgency>().notNull(),
  text: text('text').notNull(),
  shared: boolean('shared').notNull().default(false),
  authorId: uuid('author_id').notNull().references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
}, (t) => [
  index('dialogue_agency_notes_dialogue_idx').on(t.dialogueId),
  check('dialogue_agency_notes_agency_chk', sql`${t.agency} in ('skolverket','spsm')`),
]);

export const NOTES_STATUSES = ['draft', 'sent', 'commented', 'agreed', 'registered'] as const;
export type NotesStatus = (typeof NOTES_STATUSES)[number];

/** Meeting notes (minnesanteckningar): drafted by the pair, agreed with the organiser, then registered. */
export const meetingNotes = pgTable('dialogue_meeting_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  versionNo: integer('version_no').notNull().default(1),
  text: text('text').notNull(),
  status: text('status').$type<NotesStatus>().notNull().default('draft'),
  /** A correction refers to the registered version it corrects. */
  correctsId: uuid('corrects_id'),
  organiserComment: text('organiser_comment'),
  sentAt: at('sent_at'),
  agreedAt: at('agreed_at'),
  agreedBy: text('agreed_by'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: at('updated_at').notNull().defaultNow(),
  /** Raised on every edit: concurrent edits by the two leaders are detected, never overwritten. */
  revision: integer('revision').notNull().default(1),
}, (t) => [
  uniqueIndex('dialogue_meeting_notes_version_uq').on(t.dialogueId, t.versionNo),
  check('dialogue_meeting_notes_status_chk', sql`${t.status} in ('draft','sent','commented','agreed','registered')`),
]);

/** One register entry per agency for a registered version of the notes, with the agency's case number. */
export const registerEntries = pgTable('dialogue_register_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  notesId: uuid('notes_id').notNull().references(() => meetingNotes.id),
  agency: text('agency').$type<DialogueAgency>().notNull(),
  caseNumber: text('case_number').notNull(),
  registeredAt: at('registered_at').notNull().defaultNow(),
  registeredBy: uuid('registered_by').references(() => users.id),
}, (t) => [
  uniqueIndex('dialogue_register_entries_notes_agency_uq').on(t.notesId, t.agency),
  uniqueIndex('dialogue_register_entries_number_uq').on(t.agency, t.caseNumber),
]);

/** Each agency's series of case numbers per year; the format is the agency's own. */
export const caseNumberSeries = pgTable('dialogue_case_number_series', {
  agency: text('agency').$type<DialogueAgency>().notNull(),
  year: integer('year').notNull(),
  next: integer('next').notNull().default(1),
  /** E.g. `{year}:{number}` or `SPSM {year}/{number:5}`. */
  format: text('format').notNull(),
}, (t) => [primaryKey({ columns: [t.agency, t.year] })]);

/** Leaders' time on a dialogue by activity, with travel costs (current prices). */
export const timeRecords = pgTable('dialogue_time_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  leaderId: uuid('leader_id').notNull().references(() => users.id),
  workedOn: date('worked_on').notNull(),
  activity: text('activity').$type<TimeActivity>().notNull(),
  hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull(),
  travelCostSek: bigint('travel_cost_sek', { mode: 'number' }).notNull().default(0),
}, (t) => [
  index('dialogue_time_records_dialogue_idx').on(t.dialogueId),
  index('dialogue_time_records_leader_idx').on(t.leaderId, t.workedOn),
  check('dialogue_time_records_hours_chk', sql`${t.hours} >= 0 and ${t.hours} <= 24`),
]);

/** Hourly personnel cost per agency and year, in that year's prices. */
export const hourlyCosts = pgTable('dialogue_hourly_costs', {
  agency: text('agency').$type<DialogueAgency>().notNull(),
  year: integer('year').notNull(),
  sekPerHour: numeric('sek_per_hour', { precision: 12, scale: 4, mode: 'number' }).notNull(),
}, (t) => [primaryKey({ columns: [t.agency, t.year] })]);

/** The price index for government consumption, as data: fixed prices = current × index[base] / index[year]. */
export const priceIndex = pgTable('dialogue_price_index', {
  year: integer('year').primaryKey(),
  value: numeric('value', { precision: 10, scale: 4, mode: 'number' }).notNull(),
});

/** Every step a case has taken: the case timeline, and the yearly volumes counted from it. */
export const transitions = pgTable('dialogue_transitions', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  event: text('event').notNull(),
  fromState: text('from_state').$type<DialogueState>().notNull(),
  toState: text('to_state').$type<DialogueState>().notNull(),
  at: at('at').notNull().defaultNow(),
  actorId: uuid('actor_id').references(() => users.id),
}, (t) => [
  index('dialogue_transitions_dialogue_idx').on(t.dialogueId, t.at),
  index('dialogue_transitions_event_idx').on(t.event, t.at),
]);

/** A document attached to a case (agenda, presentation, the organiser's own material). */
export const documents = pgTable('dialogue_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  dialogueId: uuid('dialogue_id').notNull().references(() => dialogues.id),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  uploadedAt: at('uploaded_at').notNull().defaultNow(),
  deletedAt: at('deleted_at'),
}, (t) => [index('dialogue_documents_dialogue_idx').on(t.dialogueId)]);
