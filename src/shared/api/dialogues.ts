/** Dialogue cases as the API answers them, and the writes. */
import { z } from 'zod';
import { DECLINE_REASONS, DIALOGUE_STATES, MEETING_KINDS } from '../dialogues.ts';
import { OFFICE_CODES } from '../offices.ts';
import { SCHOOL_FORMS } from '../school-forms.ts';

export const DIALOGUE_EVENT_NAMES = [
  'invite', 'accept', 'decline', 'record_no_answer', 'withdraw',
  'hold_intro', 'hold_pre_meeting', 'hold_physical', 'hold_feedback', 'hold_follow_up', 'close',
] as const;

const person = z.object({ id: z.uuid(), name: z.string() });
const isoDate = z.iso.date('Ange datumet som ÅÅÅÅ-MM-DD.');

export const dialogueListQuery = z.strictObject({
  state: z.enum(DIALOGUE_STATES).optional(),
  /** `me`: the signed-in leader's own cases. */
  leader: z.union([z.literal('me'), z.uuid()]).optional(),
  roundId: z.uuid().optional(),
  organiserId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const dialogueSummary = z.object({
  id: z.uuid(),
  state: z.enum(DIALOGUE_STATES),
  organiserName: z.string().nullable(),
  officeCode: z.string(),
  invitedAt: z.string().nullable(),
  answerDeadline: z.string().nullable(),
  version: z.number().int(),
});
export const dialogueList = z.object({ total: z.number().int(), items: z.array(dialogueSummary) });

export const meeting = z.object({
  id: z.uuid(),
  kind: z.enum(MEETING_KINDS),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  videoUrl: z.string().nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  version: z.number().int(),
  participants: z.array(z.object({
    name: z.string(), email: z.string().nullable(), title: z.string().nullable(),
    role: z.enum(['leader_skolverket', 'leader_spsm', 'organiser', 'other']),
  })),
});

export const dialogueDetail = dialogueSummary.extend({
  roundId: z.uuid().nullable(),
  organisers: z.array(z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string(), primary: z.boolean() })),
  leaderSkolverket: person.nullable(),
  leaderSpsm: person.nullable(),
  schoolForms: z.array(z.enum(SCHOOL_FORMS)),
  focusQuestion: z.string().nullable(),
  purpose: z.string().nullable(),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  declineNote: z.string().nullable(),
  followUpWanted: z.boolean().nullable(),
  /** About six months after the feedback meeting, while the follow-up is wanted and not yet held. */
  followUpProposedOn: z.string().nullable(),
  meetings: z.array(meeting),
  /** The steps the caller may try now; the server checks the guards again when one is taken. */
  possibleEvents: z.array(z.enum(DIALOGUE_EVENT_NAMES)),
  /** Why each of those steps cannot be taken yet (empty when it can). */
  blockers: z.record(z.string(), z.array(z.string())),
});
export type DialogueDetail = z.infer<typeof dialogueDetail>;

export const dialogueCreate = z.strictObject({
  organiserIds: z.array(z.uuid()).min(1, 'Välj minst en huvudman.').max(20),
  roundId: z.uuid().nullable().default(null),
  officeCode: z.enum(OFFICE_CODES),
  leaderSkolverketId: z.uuid().nullable().default(null),
  leaderSpsmId: z.uuid().nullable().default(null),
  schoolForms: z.array(z.enum(SCHOOL_FORMS)).default([]),
  answerDeadline: isoDate.nullable().default(null),
});

export const dialogueUpdate = z.strictObject({
  leaderSkolverketId: z.uuid().nullable().optional(),
  leaderSpsmId: z.uuid().nullable().optional(),
  schoolForms: z.array(z.enum(SCHOOL_FORMS)).optional(),
  focusQuestion: z.string().trim().max(1000, 'Högst 1 000 tecken.').nullable().optional(),
  purpose: z.string().trim().max(1000, 'Högst 1 000 tecken.').nullable().optional(),
  answerDeadline: isoDate.nullable().optional(),
  followUpWanted: z.boolean().optional(),
});

export const dialogueEvent = z.strictObject({
  event: z.enum(DIALOGUE_EVENT_NAMES),
  declineReason: z.enum(DECLINE_REASONS).optional(),
  note: z.string().trim().max(1000, 'Högst 1 000 tecken.').optional(),
});

export const agencyNote = z.object({
  id: z.uuid(),
  agency: z.enum(['skolverket', 'spsm']),
  text: z.string(),
  shared: z.boolean(),
  authorName: z.string(),
  createdAt: z.string(),
});
export const agencyNoteList = z.object({ items: z.array(agencyNote) });
export const agencyNoteCreate = z.strictObject({
  text: z.string().trim().min(1, 'Skriv en anteckning.').max(5000, 'Högst 5 000 tecken.'),
  shared: z.boolean().default(false),
});

export const CASE_TIMELINE_KINDS = ['step', 'meeting_booked', 'notes_sent', 'notes_commented', 'notes_agreed', 'notes_registered', 'document_added'] as const;
export const caseTimelineEntry = z.object({
  at: z.string(),
  kind: z.enum(CASE_TIMELINE_KINDS),
  /** The step's event, the meeting's kind, the notes' version, the register's agency or the document's type. */
  code: z.string(),
  actorName: z.string().nullable(),
  /** The state reached, the meeting's start, the case number or the file name. */
  detail: z.string().nullable(),
});
export type CaseTimelineEntry = z.infer<typeof caseTimelineEntry>;
export const caseTimeline = z.object({ items: z.array(caseTimelineEntry) });
