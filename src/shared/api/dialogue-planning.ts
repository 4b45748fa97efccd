/**
 * Cycles, rounds, eligibility, collisions and holds as the API answers them, and the writes. The
 * inspectorate's API (POST /api/holds with its own reference) is part of this: a repeated call with
 * the same reference updates the hold instead of adding a second one.
 */
import { z } from 'zod';
import { DIALOGUE_STATES, HOLD_KINDS, MEETING_KINDS } from '../dialogues.ts';
import { LIMITS } from '../limits.ts';
import { OFFICE_CODES } from '../offices.ts';
import { ORGANISER_KINDS, SIZE_CLASSES } from '../organiser.ts';

/** An inspection or quality review keeps the organiser from invitations until this long after the planned date. */
export const HOLD_GRACE_MONTHS = 6;
/** The kinds Skolinspektionen registers; the agencies add the others. */
export const INSPECTORATE_HOLD_KINDS = ['inspection', 'quality_review'] as const;
export const HOLD_SOURCES = ['inspectorate', 'agency'] as const;
export const ROUND_STATUSES = ['planned', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_STATUS_LABELS: Record<RoundStatus, { sv: string; en: string }> = {
  planned: { sv: 'Planerad', en: 'Planned' },
  open: { sv: 'Öppen', en: 'Open' },
  closed: { sv: 'Stängd', en: 'Closed' },
};

const isoDate = z.iso.date('Ange datumet som ÅÅÅÅ-MM-DD.');
const name = z.string().trim().min(1, 'Ange ett namn.').max(LIMITS.nameMax, `Högst ${LIMITS.nameMax} tecken.`);
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values))]).transform((v) => (Array.isArray(v) ? v : [v])).optional();

/* Cycles */

export const cycle = z.object({
  id: z.uuid(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  offerWithinYears: z.number().int(),
  rounds: z.number().int(),
  version: z.number().int(),
});
export type Cycle = z.infer<typeof cycle>;
export const cycleList = z.object({ items: z.array(cycle) });

export const cycleCreate = z.strictObject({
  name,
  startsOn: isoDate,
  endsOn: isoDate,
  offerWithinYears: z.number({ error: 'Ange antal år som ett heltal.' }).int('Ange antal år som ett heltal.')
    .min(1, 'Minst 1 år.').max(6, 'Högst 6 år.'),
});
export type CycleCreate = z.infer<typeof cycleCreate>;

/* Rounds */

export const roundSummary = z.object({
  id: z.uuid(),
  cycleId: z.uuid(),
  name: z.string(),
  invitationDate: z.string(),
  answerDeadline: z.string(),
  status: z.enum(ROUND_STATUSES),
  dialogues: z.number().int(),
  version: z.number().int(),
});
export type RoundSummary = z.infer<typeof roundSummary>;
export const roundList = z.object({ cycle, items: z.array(roundSummary) });
export type RoundList = z.infer<typeof roundList>;

export const roundCreate = z.strictObject({ name, invitationDate: isoDate, answerDeadline: isoDate });
export type RoundCreate = z.infer<typeof roundCreate>;

const person = z.object({ id: z.uuid(), name: z.string() });

export const roundCase = z.object({
  id: z.uuid(),
  state: z.enum(DIALOGUE_STATES),
  organisers: z.array(z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string() })),
  officeCode: z.string(),
  leaderSkolverket: person.nullable(),
  leaderSpsm: person.nullable(),
  invitedAt: z.string().nullable(),
  answerDeadline: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** Invited, still without an answer, and the deadline has passed. */
  overdue: z.boolean(),
});
export type RoundCase = z.infer<typeof roundCase>;

export const roundOverview = z.object({
  total: z.number().int(),
  byState: z.record(z.string(), z.number().int()),
  /** Answered (accepted or declined), whatever happened after. */
  answered: z.number().int(),
  /** Invited and within the deadline. */
  awaitingAnswer: z.number().int(),
  /** Invited, no answer and the deadline has passed: "Registrera uteblivna svar" sets them to no answer. */
  overdue: z.number().int(),
  collisions: z.number().int(),
});
export type RoundOverview = z.infer<typeof roundOverview>;

export const roundDetail = roundSummary.extend({
  cycleName: z.string(),
  overview: roundOverview,
  cases: z.array(roundCase),
});
export type RoundDetail = z.infer<typeof roundDetail>;

export const roundAddOrganisers = z.strictObject({
  organiserIds: z.array(z.uuid()).min(1, 'Välj minst en huvudman.').max(LIMITS.pageSizeMax, `Högst ${LIMITS.pageSizeMax} huvudmän åt gången.`),
  leaderSkolverketId: z.uuid('Välj en dialogutförare från Skolverket.'),
  leaderSpsmId: z.uuid('Välj en dialogutförare från SPSM.'),
});
export type RoundAddOrganisers = z.infer<typeof roundAddOrganisers>;

export const noAnswerResult = z.object({ recorded: z.number().int(), round: roundDetail });

export const dialogueLeader = z.object({ id: z.uuid(), name: z.string(), agency: z.enum(['skolverket', 'spsm']), officeCode: z.string().nullable() });
export const dialogueLeaderList = z.object({ items: z.array(dialogueLeader) });
export type DialogueLeader = z.infer<typeof dialogueLeader>;

/* Eligibility */

export const EXCLUSION_CODES = ['ceased', 'dormant', 'hold', 'offered', 'planned'] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

const holdPeriod = z.object({
  id: z.uuid(),
  kind: z.enum(HOLD_KINDS),
  startsOn: z.string(),
  endsOn: z.string(),
  plannedOn: z.string().nullable(),
  source: z.enum(HOLD_SOURCES),
  reason: z.string(),
});

export const exclusion = z.object({
  code: z.enum(EXCLUSION_CODES),
  /** In Swedish, e.g. "Planerad tillsyn (Skolinspektionen) 1 mars 2099–1 september 2099". */
  text: z.string(),
  hold: holdPeriod.optional(),
  /** The day the organiser was offered a dialogue, or the planned round's invitation date. */
  date: z.string().optional(),
  roundName: z.string().optional(),
});
export type Exclusion = z.infer<typeof exclusion>;

export const ELIGIBILITY_SHOW = ['all', 'eligible', 'excluded'] as const;

export const eligibilityQuery = z.strictObject({
  /** The round whose invitation date the holds are checked on (it must belong to the cycle). */
  roundId: z.uuid().optional(),
  /** Without a round: the day holds are checked on (default today, kept within the cycle). */
  asOf: isoDate.optional(),
  show: z.enum(ELIGIBILITY_SHOW).default('all'),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  office: z.enum(OFFICE_CODES).optional(),
  county: z.string().regex(/^\d{2}$/, 'Ange länskoden med två siffror.').optional(),
  kind: many(ORGANISER_KINDS),
  sizeClass: many(SIZE_CLASSES),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  offset: z.coerce.number().int().min(0).default(0),
});
export type EligibilityQuery = z.infer<typeof eligibilityQuery>;

export const eligibilityItem = z.object({
  organiser: z.object({
    id: z.uuid(),
    name: z.string(),
    orgNumber: z.string(),
    kind: z.enum(ORGANISER_KINDS),
    sizeClass: z.enum(SIZE_CLASSES),
    municipalityName: z.string(),
    countyCode: z.string(),
    officeCode: z.string(),
  }),
  eligible: z.boolean(),
  reasons: z.array(exclusion),
});
export type EligibilityItem = z.infer<typeof eligibilityItem>;

export const eligibilityList = z.object({
  cycleId: z.uuid(),
  /** The day holds were checked on. */
  asOf: z.string(),
  /** Among the organisers the filters select (before `show` and paging). */
  counts: z.object({
    organisers: z.number().int(),
    eligible: z.number().int(),
    excluded: z.number().int(),
    byReason: z.record(z.string(), z.number().int()),
  }),
  total: z.number().int(),
  items: z.array(eligibilityItem),
});
export type EligibilityList = z.infer<typeof eligibilityList>;

/* Collisions */

export const collision = z.object({
  dialogueId: z.uuid(),
  state: z.enum(DIALOGUE_STATES),
  roundId: z.uuid(),
  roundName: z.string(),
  organiser: z.object({ id: z.uuid(), name: z.string() }),
  /** What the hold falls on: the round's invitation date (a case not yet invited) or a planned meeting. */
  at: z.enum(['invitation', 'meeting']),
  date: z.string(),
  meetingKind: z.enum(MEETING_KINDS).nullable(),
  hold: holdPeriod,
  text: z.string(),
});
export type Collision = z.infer<typeof collision>;
export const collisionList = z.object({ items: z.array(collision) });
export type CollisionList = z.infer<typeof collisionList>;

/* Holds */

export const hold = z.object({
  id: z.uuid(),
  organiser: z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string() }),
  kind: z.enum(HOLD_KINDS),
  startsOn: z.string(),
  endsOn: z.string(),
  plannedOn: z.string().nullable(),
  reason: z.string(),
  source: z.enum(HOLD_SOURCES),
  externalRef: z.string().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Hold = z.infer<typeof hold>;

export const holdListQuery = z.strictObject({
  organiserId: z.uuid().optional(),
  orgNumber: z.string().trim().max(20).optional(),
  kind: many(HOLD_KINDS),
  source: z.enum(HOLD_SOURCES).optional(),
  externalRef: z.string().trim().max(100).optional(),
  /** current: not ended and not yet over; all: also ended and past holds. */
  status: z.enum(['current', 'all']).default('current'),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  offset: z.coerce.number().int().min(0).default(0),
});
export type HoldListQuery = z.infer<typeof holdListQuery>;
export const holdList = z.object({ total: z.number().int(), items: z.array(hold) });
export type HoldList = z.infer<typeof holdList>;

const reason = z.string().trim().min(1, 'Ange ett skäl.').max(500, 'Högst 500 tecken.');

/**
 * A hold: the organiser by id or organisation number. Inspections and quality reviews name the
 * planned date (the end follows from the grace period); other holds name their end and a reason.
 */
export const holdCreate = z.strictObject({
  organiserId: z.uuid().optional(),
  orgNumber: z.string().trim().max(20, 'Högst 20 tecken.').optional(),
  kind: z.enum(HOLD_KINDS),
  plannedOn: isoDate.optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  reason: reason.optional(),
  externalRef: z.string().trim().min(1, 'Referensen får inte vara tom.').max(100, 'Högst 100 tecken.').optional(),
});
export type HoldCreate = z.infer<typeof holdCreate>;

export const holdUpdate = z.strictObject({
  kind: z.enum(HOLD_KINDS).optional(),
  plannedOn: isoDate.optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  reason: reason.optional(),
});
export type HoldUpdate = z.infer<typeof holdUpdate>;
