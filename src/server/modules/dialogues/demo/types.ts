/**
 * Shapes of the demo dialogue history (autumn 2022 to the demo's today in 2026): plain data keyed by
 * the demo dataset's organiser keys, no database types, so that the loader, the follow-up module and
 * the tests share them. Dates are Swedish calendar dates 'YYYY-MM-DD'; instants are ISO 8601 with the
 * Swedish offset ('2024-03-12T09:00:00+01:00').
 *
 * ## Cost model (Table 1 of STK 2026:5, fixed 2025 prices, excluding overhead)
 *
 * - Every recorded hour belongs to a leader and a dialogue (`TimeRecord`). Work that is not about one
 *   dialogue (training days, planning, network meetings, general administration) is spread over the
 *   dialogues the leader worked on in the same month, because the time records require a dialogue.
 * - Personnel cost of a year, current prices = Σ hours × `HourlyCost.sekPerHour` of the leader's
 *   agency and the year (4 decimals). The hourly cost is the agencies' whole personnel cost of the
 *   dialogue work per recorded leader hour: it carries the unit heads' and coordinators' time, which
 *   is not recorded per dialogue. SPSM's hourly cost is 98 % of Skolverket's.
 * - Travel cost of a year, current prices = Σ `TimeRecord.travelCostSek` (whole kronor, on the travel
 *   records of the on-site dialogues).
 * - Total in fixed 2025 prices = (personnel + travel) × index[2025] / index[year] with the price
 *   index for government consumption as data (`PriceIndexEntry`, 2025 = 100), rounded to whole kronor
 *   once, at the end. Cost per physical dialogue = that total / on-site meetings held in the year,
 *   rounded as published.
 * - Calibration: hours and travel come from the meetings, the report's time-use shares and a planned
 *   real hourly cost (targets.ts); travel costs are scaled to their share of the year's cost; then the
 *   hourly costs are solved so that the total equals Table 1 and rounded down to 4 decimals. The
 *   kronor that rounding leaves (at most a few) go onto the year's largest travel record; when no whole
 *   krona lands the total on the target, a quarter hour is first added to the year's longest
 *   Skolverket administration record. The totals then match to the krona (see `historyFacts`).
 */
import type {
  DeclineReason, DialogueAgency, DialogueState, HoldKind, MeetingKind, TimeActivity,
} from '../../../../shared/dialogues.ts';
import type { OfficeCode } from '../../../../shared/offices.ts';
import type { OrganiserKind, OrganiserStatus, SizeClass } from '../../../../shared/organiser.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import type { DemoDataset, DemoMunicipality } from '../../demo/types.ts';

export interface DialogueHistoryOptions {
  dataset: DemoDataset;
  /** The municipalities the dataset was generated for; their centroids give each one its office. */
  municipalities: DemoMunicipality[];
  seed: number;
  /** The demo's today, 'YYYY-MM-DD' in 2026 (default '2026-11-23'): later events are plans, not facts. */
  today?: string;
}

export type OrganiserGroup = 'municipal' | 'other_public' | 'private';

/** What the history knows of an organiser (as of the dataset), for the published figures. */
export interface HistoryOrganiser {
  key: string;
  kind: OrganiserKind;
  group: OrganiserGroup;
  status: OrganiserStatus;
  municipalityCode: string;
  /** The office whose area the municipality lies in (nearest office, as the registry assigns it). */
  officeCode: OfficeCode;
  childrenPupils: number;
  sizeClass: SizeClass;
  /** School forms with children or pupils (fritidshem included), in SCHOOL_FORMS order. */
  schoolForms: SchoolForm[];
  preschoolOnly: boolean;
  /** In Stockholm, Göteborg or Malmö or a municipality within commuting distance of them. */
  metropolitan: boolean;
}

export interface StaffMember {
  key: string;
  name: string;
  email: string;
  agency: DialogueAgency;
  officeCode: OfficeCode;
  role: 'leader' | 'coordinator';
  /** The demo persona this person is ('ledare-skolverket', 'ledare-spsm', 'samordnare'), else null. */
  personaId: string | null;
  activeFrom: string;
  /** Leaders work in fixed pairs (one per agency); coordinators have no team. */
  teamKey: string | null;
}

export interface LeaderTeam {
  key: string;
  officeCode: OfficeCode;
  skolverketKey: string;
  spsmKey: string;
  activeFrom: string;
}

export interface DialogueCycle {
  key: string;
  name: string;
  startsOn: string;
  endsOn: string;
  offerWithinYears: number;
}

export interface DialogueRound {
  key: string;
  number: number;
  cycleKey: string;
  name: string;
  invitationDate: string;
  /** Three weeks after the invitation, moved to the next working day. */
  answerDeadline: string;
  /** 'open' while any of its dialogues is still under way on `today`. */
  status: 'open' | 'closed';
  organiserCount: number;
}

/** The state machine's events (see ../state-machine.ts). */
export type HistoryEvent =
  | 'invite' | 'accept' | 'decline' | 'record_no_answer' | 'withdraw'
  | 'hold_intro' | 'hold_pre_meeting' | 'hold_physical' | 'hold_feedback' | 'hold_follow_up' | 'close';

export interface DialogueTransition {
  at: string;
  event: HistoryEvent;
  from: DialogueState;
  to: DialogueState;
}

export type NotesStatus = 'draft' | 'sent' | 'commented' | 'agreed' | 'registered';

/** The meeting notes as of today: each timestamp is null until it has happened. */
export interface DialogueNotes {
  status: NotesStatus;
  text: string;
  draftedAt: string;
  sentAt: string | null;
  commentedAt: string | null;
  organiserComment: string | null;
  agreedAt: string | null;
  agreedBy: string | null;
  registeredAt: string | null;
  /** One case number in each agency's register once registered. */
  caseNumbers: Record<DialogueAgency, string> | null;
}

export interface HistoryDialogue {
  key: string;
  roundKey: string;
  cycleKey: string;
  organiserKey: string;
  officeCode: OfficeCode;
  teamKey: string;
  leaders: Record<DialogueAgency, string>;
  schoolForms: SchoolForm[];
  invitedAt: string;
  answerDeadline: string;
  answeredAt: string | null;
  /** For declined and no_answer ('no_answer'); also the reason an accepted organiser dropped out. */
  declineReason: DeclineReason | null;
  declineNote: string | null;
  withdrawReason: string | null;
  /** Agreed at the pre-meeting; null until then. */
  focusQuestion: string | null;
  purpose: string | null;
  /** Proposed at the feedback meeting from the second half of 2025: null until proposed. */
  followUpWanted: boolean | null;
  closedAt: string | null;
  /** As of today. */
  state: DialogueState;
  /** Every state change up to today, in order; the first leaves 'planned'. */
  transitions: DialogueTransition[];
  notes: DialogueNotes | null;
}

export interface MeetingParticipant {
  role: 'leader_skolverket' | 'leader_spsm' | 'organiser';
  name: string;
  email: string | null;
  /** The person's role at the organiser ('Skolchef', 'Rektor', …) or 'Dialogutförare'. */
  title: string;
  staffKey: string | null;
  organiserKey: string | null;
}

export interface HistoryMeeting {
  key: string;
  kind: MeetingKind;
  /** Several for a group intro meeting, else one. */
  dialogueKeys: string[];
  /** The pair that holds the meeting (for a group intro, the hosting pair). */
  teamKey: string;
  date: string;
  startsAt: string;
  endsAt: string;
  /** On-site meetings have a place, digital ones a video link. */
  place: string | null;
  videoUrl: string | null;
  status: 'planned' | 'held';
  participants: MeetingParticipant[];
}

export interface HistoryHold {
  key: string;
  organiserKey: string;
  kind: HoldKind;
  startsOn: string;
  /** Includes the grace period (six months after an inspection or quality review). */
  endsOn: string;
  /** The inspection's or review's planned date, before the grace period; null for other kinds. */
  plannedOn: string | null;
  reason: string;
  createdAt: string;
}

export interface TimeRecord {
  staffKey: string;
  dialogueKey: string;
  workedOn: string;
  activity: TimeActivity;
  /** Multiples of a quarter hour. */
  hours: number;
  /** Whole kronor, current prices; only on travel records. */
  travelCostSek: number;
}

export interface HourlyCost {
  agency: DialogueAgency;
  year: number;
  /** Current prices, 4 decimals. */
  sekPerHour: number;
}

export interface PriceIndexEntry {
  year: number;
  /** Price index for government consumption, 2025 = 100 (demo values). */
  value: number;
}

/** Where each agency's case number series stands after the history; `format` as in the schema. */
export interface CaseNumberSeries {
  agency: DialogueAgency;
  year: number;
  next: number;
  format: string;
}

export interface DialogueHistory {
  seed: number;
  today: string;
  organisers: HistoryOrganiser[];
  staff: StaffMember[];
  teams: LeaderTeam[];
  cycles: DialogueCycle[];
  rounds: DialogueRound[];
  dialogues: HistoryDialogue[];
  meetings: HistoryMeeting[];
  holds: HistoryHold[];
  timeRecords: TimeRecord[];
  hourlyCosts: HourlyCost[];
  priceIndex: PriceIndexEntry[];
  caseNumberSeries: CaseNumberSeries[];
}
