/**
 * Schedules the dialogues of one round: the answer (or its absence), the intro meeting (a digital
 * group meeting per office hosted by one pair, or for some large organisers their own), the digital
 * pre-meeting, the on-site dialogue, the digital feedback meeting and, for feedback from the second
 * half of 2025 on, a follow-up about six months later that most organisers want.
 */
import type { OfficeCode } from '../../../../shared/offices.ts';
import type { MeetingKind } from '../../../../shared/dialogues.ts';
import type { Random } from '../../demo/random.ts';
import type { Agenda, Slot } from './agenda.ts';
import { addWorkingDays, dayOf, nextWorkingDay } from './calendar.ts';
import type { PlannedOutcome } from './outcomes.ts';
import type { Geography } from './population.ts';
import type { PlannedRound } from './rounds.ts';
import type { HistoryOrganiser, LeaderTeam } from './types.ts';
import { groupBy } from './collections.ts';

export interface PlannedMeeting extends Slot {
  key: string;
  kind: MeetingKind;
  dialogueKeys: string[];
  teamKey: string;
  /** The day the meeting became known (it is only shown when that is before today). */
  bookedDay: number;
}

export interface PlannedDialogue {
  key: string;
  round: PlannedRound;
  organiser: HistoryOrganiser;
  team: LeaderTeam;
  outcome: PlannedOutcome;
  answerDay: number | null;
  withdrawDay: number | null;
  introDay: number | null;
  preDay: number | null;
  physicalDays: number[];
  feedbackDay: number | null;
  followUpDay: number | null;
  followUpWanted: boolean | null;
}

export interface ScheduleContext {
  random: Random;
  agenda: Agenda;
  geography: Geography;
  pickTeam(officeCode: OfficeCode, day: number): LeaderTeam;
  teamsAt(officeCode: OfficeCode, day: number): LeaderTeam[];
  meetings: PlannedMeeting[];
  /** Withdrawal days planned with the inspectorate's holds, by dialogue key. */
  withdrawDays: ReadonlyMap<string, number>;
  /** Whether a first on-site dialogue may still fall on this day (the yearly calibration caps). */
  physicalAllowed(day: number): boolean;
  countPhysical(day: number): void;
}

const GROUP_SIZE = 10;
const FOLLOW_UP_FROM = dayOf('2025-07-01');
const MINUTES = { intro: 120, ownIntro: 90, pre: 90, physical: 180, feedback: 90, followUp: 60 } as const;

export const dialogueKey = (round: PlannedRound, organiserKey: string): string =>
  `kd-${String(round.number).padStart(2, '0')}-${organiserKey}`;

export function scheduleRound(ctx: ScheduleContext, round: PlannedRound, organisers: readonly HistoryOrganiser[],
  outcomes: ReadonlyMap<string, PlannedOutcome>): PlannedDialogue[] {
  const { random } = ctx;
  const span = round.deadlineDay - round.invitationDay;
  const dialogues = organisers.map((organiser): PlannedDialogue => {
    const key = dialogueKey(round, organiser.key);
    const outcome = outcomes.get(organiser.key)!;
    const answers = outcome.kind !== 'no_answer' && outcome.kind !== 'withdrawn';
    const answerDay = answers ? Math.min(round.deadlineDay, nextWorkingDay(round.invitationDay + 1 + Math.floor(random.next() ** 1.7 * span))) : null;
    let withdrawDay = ctx.withdrawDays.get(key) ?? null;
    if (outcome.kind === 'dropped_out') withdrawDay = addWorkingDays(answerDay! + 1, random.int(1, 8));
    return {
      key, round, organiser, outcome, answerDay, withdrawDay, team: ctx.pickTeam(organiser.officeCode, round.invitationDay),
      introDay: null, preDay: null, physicalDays: [], feedbackDay: null, followUpDay: null, followUpWanted: null,
    };
  });
  const taking = dialogues.filter((d) => d.outcome.kind === 'participated').sort((a, b) => a.answerDay! - b.answerDay!);
  const meeting = (kind: MeetingKind, slot: Slot, team: LeaderTeam, members: PlannedDialogue[], bookedDay: number) => {
    ctx.meetings.push({ ...slot, key: `mote-${String(ctx.meetings.length + 1).padStart(5, '0')}`, kind, teamKey: team.key, dialogueKeys: members.map((d) => d.key), bookedDay });
    return slot.day;
  };

  // Intro meetings: large organisers sometimes have their own; the others meet in groups per office.
  const own = taking.filter((d) => d.organiser.sizeClass === 'large' && random.chance(0.4));
  for (const d of own) d.introDay = meeting('intro', ctx.agenda.bookDigital(d.team.key, addWorkingDays(d.answerDay!, 3), MINUTES.ownIntro), d.team, [d], d.answerDay!);
  const grouped = groupBy(taking.filter((d) => !own.includes(d)), (d) => d.organiser.officeCode);
  for (const [office, members] of grouped) {
    const hosts = ctx.teamsAt(office, round.invitationDay);
    for (let i = 0, g = 0; i < members.length; i += GROUP_SIZE, g++) {
      const group = members.slice(i, i + GROUP_SIZE);
      const host = hosts[(round.number + g) % hosts.length]!;
      const slot = ctx.agenda.bookDigital(host.key, addWorkingDays(round.deadlineDay, random.int(3, 6)), MINUTES.intro);
      meeting('intro', slot, host, group, round.invitationDay);
      for (const d of group) d.introDay = slot.day;
    }
  }

  for (const d of taking) {
    const team = d.team;
    const pre = ctx.agenda.bookDigital(team.key, addWorkingDays(d.introDay!, random.int(4, 10)), MINUTES.pre);
    d.preDay = meeting('pre_meeting', pre, team, [d], d.introDay!);
    const far = ctx.geography.roadKm(team.officeCode, d.organiser.municipalityCode) > 150;
    const start = far ? 630 : random.pick([540, 570, 780]);
    const from = addWorkingDays(d.preDay, random.int(5, 15));
    const physical = ctx.agenda.bookPhysical(team.key, from, MINUTES.physical, start, { allowed: ctx.physicalAllowed })!;
    ctx.countPhysical(physical.day);
    d.physicalDays.push(meeting('physical', physical, team, [d], d.introDay!));
    const feedback = ctx.agenda.bookDigital(team.key, addWorkingDays(physical.day, random.int(10, 20)), MINUTES.feedback);
    d.feedbackDay = meeting('feedback', feedback, team, [d], physical.day);
    if (d.feedbackDay >= FOLLOW_UP_FROM) {
      d.followUpWanted = random.chance(0.85);
      if (d.followUpWanted) {
        const followUp = ctx.agenda.bookDigital(team.key, d.feedbackDay + 182 + random.int(-10, 14), MINUTES.followUp);
        d.followUpDay = meeting('follow_up', followUp, team, [d], d.feedbackDay);
      }
    }
  }
  return dialogues;
}
