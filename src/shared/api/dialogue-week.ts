/**
 * The leader's week (GET /api/my-week) and the organiser's timeline of every state contact
 * (GET /api/organisers/:id/timeline) as the API answers them, with the ISO-week arithmetic that both
 * the server and the week page use (weeks run Monday to Sunday, as Swedish calendars count them).
 */
import { z } from 'zod';
import { DECLINE_REASONS, DIALOGUE_STATES, HOLD_KINDS, MEETING_KINDS } from '../dialogues.ts';

// ---------------------------------------------------------------------------------------------------
// ISO weeks ('2026-W48'): week 1 is the week with the year's first Thursday.

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

const utcOf = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const dateOfUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** Monday = 1 … Sunday = 7. */
const isoWeekday = (ms: number): number => ((new Date(ms).getUTCDay() + 6) % 7) + 1;

/** The Monday of ISO week 1 of a year. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - (isoWeekday(jan4) - 1) * DAY_MS;
}

/** 52 or 53. */
export function weeksInYear(year: number): number {
  return Math.round((firstMonday(year + 1) - firstMonday(year)) / (7 * DAY_MS));
}

/** '2026-W48' → its year and number; null for anything else (week 53 only in years that have one). */
export function parseIsoWeek(week: string): { year: number; week: number } | null {
  const match = WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < 1970 || year > 9998 || number < 1 || number > weeksInYear(year)) return null;
  return { year, week: number };
}

/** The ISO week of a calendar date 'YYYY-MM-DD'. */
export function isoWeekOf(date: string): string {
  const ms = utcOf(date);
  // The Thursday of the same week decides the year.
  const thursday = ms + (4 - isoWeekday(ms)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const number = Math.floor((thursday - firstMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(number).padStart(2, '0')}`;
}

/** The seven dates of a week, Monday first; a RangeError for a week that does not exist. */
export function datesOfWeek(week: string): string[] {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new RangeError(`not an ISO week: ${week}`);
  const monday = firstMonday(parsed.year) + (parsed.week - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => dateOfUtc(monday + i * DAY_MS));
}

/** The week `by` weeks later (earlier when negative). */
export function shiftWeek(week: string, by: number): string {
  const monday = datesOfWeek(week)[0]!;
  return isoWeekOf(dateOfUtc(utcOf(monday) + by * 7 * DAY_MS));
}

/** The number of the week, for "vecka 48". */
export const weekNumber = (week: string): number => parseIsoWeek(week)?.week ?? 0;

// ---------------------------------------------------------------------------------------------------
// GET /api/my-week

export const weekQuery = z.strictObject({
  /** Default: the current week in Sweden. */
  week: z.string()
    .refine((value) => parseIsoWeek(value) !== null, 'Ange veckan som år och veckonummer, t.ex. 2026-W48.')
    .optional(),
});

const person = z.object({ id: z.uuid(), name: z.string() });
const dialogueRef = z.object({
  id: z.uuid(),
  state: z.enum(DIALOGUE_STATES),
  /** The organisers of the dialogue, the primary one first (several for a group dialogue). */
  organisers: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const weekMeeting = z.object({
  id: z.uuid(),
  kind: z.enum(MEETING_KINDS),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['planned', 'held']),
  place: z.string().nullable(),
  videoUrl: z.string().nullable(),
  /** The viewer's dialogues the meeting serves (several for a group intro meeting). */
  dialogues: z.array(dialogueRef),
  /** The pair that holds it (of the first dialogue). */
  pair: z.object({ skolverket: person.nullable(), spsm: person.nullable() }),
  /** For a leader: the other leader of the pair; null for a coordinator. */
  otherLeader: person.nullable(),
});
export type WeekMeeting = z.infer<typeof weekMeeting>;

export const WEEK_NEEDS = ['focus_question', 'analysis_basis', 'observation_form'] as const;
export type WeekNeed = (typeof WEEK_NEEDS)[number];

export const WEEK_TASKS = ['draft_notes', 'book_follow_up'] as const;
export type WeekTask = (typeof WEEK_TASKS)[number];

export const leaderWeek = z.object({
  week: z.string(),
  previousWeek: z.string(),
  nextWeek: z.string(),
  /** Today in Sweden; the lists below the calendar are as of today, whichever week is shown. */
  today: z.string(),
  /** Whose cases: the leader's own, or the cases of the coordinator's office (null: every office). */
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('leader') }),
    z.object({ kind: z.literal('office'), officeCode: z.string().nullable() }),
  ]),
  days: z.array(z.object({
    date: z.string(),
    /** 1 = Monday … 7 = Sunday. */
    weekday: z.number().int().min(1).max(7),
    /** A Swedish public holiday or de facto day off, by name. */
    holiday: z.string().nullable(),
    meetings: z.array(weekMeeting),
  })),
  notesAwaitingApproval: z.array(z.object({
    dialogue: dialogueRef,
    notesId: z.uuid(),
    versionNo: z.number().int(),
    status: z.enum(['sent', 'commented']),
    sentAt: z.string().nullable(),
    daysSinceSent: z.number().int().nullable(),
  })),
  overdueAnswers: z.array(z.object({
    dialogue: dialogueRef,
    invitedAt: z.string().nullable(),
    answerDeadline: z.string(),
    daysOverdue: z.number().int(),
  })),
  prepare: z.object({
    /** Planned meetings of the next 14 days and what each still needs. */
    meetings: z.array(z.object({ meeting: weekMeeting, needs: z.array(z.enum(WEEK_NEEDS)) })),
    /** Work that belongs to no booked meeting. */
    tasks: z.array(z.object({
      kind: z.enum(WEEK_TASKS),
      dialogue: dialogueRef,
      /** draft_notes: the day the on-site dialogue was held; book_follow_up: about six months after the feedback meeting. */
      date: z.string(),
    })),
  }),
});
export type LeaderWeek = z.infer<typeof leaderWeek>;

// ---------------------------------------------------------------------------------------------------
// GET /api/organisers/:id/timeline

export const TIMELINE_KINDS = [
  'dialogue_invited', 'dialogue_accepted', 'dialogue_declined', 'dialogue_no_answer', 'dialogue_withdrawn', 'dialogue_closed',
  'meeting', 'notes_sent', 'notes_agreed', 'notes_registered',
  'inspection', 'quality_review',
  'self_assessment_started', 'self_assessment_shared',
  'email', 'analysis_basis',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const timelineEntry = z.object({
  /** Stable within the timeline: the source and the row. */
  id: z.string(),
  at: z.string(),
  /** A calendar date without a time of day (a planned inspection), given as 'YYYY-MM-DD' in `at`. */
  dateOnly: z.boolean(),
  kind: z.enum(TIMELINE_KINDS),
  dialogueId: z.uuid().nullable(),
  meeting: z.object({ kind: z.enum(MEETING_KINDS), status: z.enum(['planned', 'held', 'cancelled']), endsAt: z.string() }).nullable(),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  /** The notes' case number in each agency's register. */
  caseNumbers: z.array(z.object({ agency: z.enum(['skolverket', 'spsm']), caseNumber: z.string() })),
  holdKind: z.enum(HOLD_KINDS).nullable(),
  email: z.object({ kind: z.string(), subject: z.string(), status: z.enum(['queued', 'sent', 'failed']) }).nullable(),
  selfAssessment: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  basis: z.object({ formats: z.array(z.enum(['xlsx', 'pdf'])), catalogueLabel: z.string(), vintageLabel: z.string().nullable() }).nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const organiserTimeline = z.object({
  items: z.array(timelineEntry),
  offset: z.number().int(),
  limit: z.number().int(),
  /** More, older entries follow. */
  hasMore: z.boolean(),
});
export type OrganiserTimeline = z.infer<typeof organiserTimeline>;
