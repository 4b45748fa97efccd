/**
 * Holds: periods in which an organiser must not be invited. The 37 targeted interventions (ongoing
 * since before the start); inspections and quality reviews by Skolinspektionen, each with six months'
 * grace after the planned date, which explain some later invitations and the withdrawn ones; a few
 * holds in force now; and manual holds for organisers that asked to be asked again next school year.
 */
import type { Random } from '../../demo/random.ts';
import { addMonths, dateOf, dayOf, instantAt, nextWorkingDay } from './calendar.ts';
import { HOLD_REASONS } from './content.ts';
import type { HistoryHold, HistoryOrganiser } from './types.ts';

export type HoldDraft = Omit<HistoryHold, 'key'>;
type InspectorateKind = 'inspection' | 'quality_review';

const GRACE_MONTHS = 6;

function inspectorateHold(random: Random, organiserKey: string, startDay: number, plannedDay: number): HoldDraft & { kind: InspectorateKind } {
  const kind: InspectorateKind = random.chance(0.6) ? 'inspection' : 'quality_review';
  const plannedOn = dateOf(nextWorkingDay(plannedDay));
  return {
    organiserKey, kind, startsOn: dateOf(startDay), endsOn: addMonths(plannedOn, GRACE_MONTHS), plannedOn,
    reason: HOLD_REASONS[kind], createdAt: instantAt(nextWorkingDay(startDay), 9 * 60),
  };
}

export function targetedHolds(random: Random, targeted: readonly HistoryOrganiser[]): HoldDraft[] {
  return targeted.map((o) => {
    const start = nextWorkingDay(dayOf('2021-02-01') + random.int(0, 500));
    return {
      organiserKey: o.key, kind: 'targeted_intervention', startsOn: dateOf(start),
      endsOn: dateOf(dayOf('2026-12-31') + random.int(0, 365)), plannedOn: null, reason: HOLD_REASONS.targeted,
      createdAt: instantAt(start, 9 * 60),
    };
  });
}

export interface WithdrawalPlan { days: Map<string, number>; kinds: Map<string, InspectorateKind>; holds: HoldDraft[] }

/** An inspection announced soon after the invitation: the invitation is withdrawn the same day. */
export function planWithdrawals(random: Random, invitations: readonly { dialogueKey: string; organiserKey: string; invitationDay: number; deadlineDay: number }[]): WithdrawalPlan {
  const plan: WithdrawalPlan = { days: new Map(), kinds: new Map(), holds: [] };
  for (const inv of invitations) {
    const day = Math.min(inv.deadlineDay, nextWorkingDay(inv.invitationDay + random.int(2, 16)));
    const hold = inspectorateHold(random, inv.organiserKey, day, day + random.int(20, 90));
    plan.days.set(inv.dialogueKey, day);
    plan.kinds.set(inv.dialogueKey, hold.kind);
    plan.holds.push(hold);
  }
  return plan;
}

/** Holds that ended shortly before an organiser's (first) invitation: the reason it came late. */
export function explainingHolds(random: Random, invitations: readonly { organiserKey: string; invitationDay: number }[]): HoldDraft[] {
  return invitations.map((inv) => {
    const plannedDay = dayOf(addMonths(dateOf(inv.invitationDay - random.int(5, 45)), -GRACE_MONTHS));
    return inspectorateHold(random, inv.organiserKey, plannedDay - random.int(30, 120), plannedDay);
  });
}

/** Inspections planned for next spring, registered this autumn: organisers to leave out of the next rounds. */
export function currentHolds(random: Random, organiserKeys: readonly string[]): HoldDraft[] {
  return organiserKeys.map((key) => {
    const start = dayOf('2026-08-17') + random.int(0, 90);
    return inspectorateHold(random, key, start, dayOf('2027-01-11') + random.int(0, 120));
  });
}

export function manualHolds(declines: readonly { organiserKey: string; day: number }[]): HoldDraft[] {
  return declines.map((d) => ({
    organiserKey: d.organiserKey, kind: 'manual', startsOn: dateOf(d.day), endsOn: '2027-06-30', plannedOn: null,
    reason: HOLD_REASONS.manual, createdAt: instantAt(d.day, 14 * 60),
  }));
}
