/**
 * The published figures computed back from a demo history (STK 2026:5 sections 3.3 and 6.2.4), for
 * its calibration test and for the follow-up module. Shares are fractions of 1. "Invited 2022–2025"
 * are the invitations sent in those years; an organiser took part when its dialogue has an on-site
 * meeting held (by the history's today). Costs follow the model in types.ts.
 */
import { DECLINE_REASONS, TIME_ACTIVITIES, type DeclineReason, type TimeActivity } from '../../../../shared/dialogues.ts';
import { SIZE_CLASSES, type SizeClass } from '../../../../shared/organiser.ts';
import { groupBy } from './collections.ts';
import { personnelMicro, toFixedKronor } from './costs.ts';
import type { DialogueHistory, HistoryDialogue, OrganiserGroup } from './types.ts';

const END_OF_2025 = '2025-12-31';
const MICRO = 1_000_000n;

export interface YearCost { year: number; total: number; personnel: number; travel: number; perPhysicalDialogue: number; travelShare: number }

export interface NotReachedMunicipality { municipalityCode: string; privateOrganisers: number; privateInvited: number; privateDeclined: number }

export interface HistoryFacts {
  invitedByYear: Record<number, number>;
  physicalByYear: Record<number, number>;
  organiserCount: number;
  organisersInvitedBy2025: number;
  /** Dialogues whose feedback meeting was held by the end of 2025. */
  completedBy2025: number;
  /** Of invitations 2022–2025: declined or never answered. */
  declinedShare: number;
  /** Of those declined (never answered included). */
  declineReasonShares: Record<DeclineReason, number>;
  noAnswerShare: number;
  withdrawnShare: number;
  introAcceptedShare: number;
  participation: { all: number; byGroup: Record<OrganiserGroup, number>; bySize: Record<SizeClass, number> };
  cost: YearCost[];
  timeShares: Record<number, Record<TimeActivity, number>>;
  /** Municipal organisers under a targeted intervention at the end of 2025 and never invited. */
  targetedInterventions: number;
  /** The municipal organiser not offered a dialogue and no organiser there accepted one, by the end of 2025. */
  municipalitiesNotReached: NotReachedMunicipality[];
}

const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.reduce((n, x) => n + (test(x) ? 1 : 0), 0);
const has = (d: HistoryDialogue, event: string): boolean => d.transitions.some((t) => t.event === event);
const tally = (keys: readonly string[]): Record<number, number> => {
  const out: Record<number, number> = {};
  for (const k of keys) out[Number(k.slice(0, 4))] = (out[Number(k.slice(0, 4))] ?? 0) + 1;
  return out;
};

export function historyFacts(history: DialogueHistory): HistoryFacts {
  const organisers = new Map(history.organisers.map((o) => [o.key, o]));
  const cohort = history.dialogues.filter((d) => d.invitedAt.slice(0, 10) <= END_OF_2025);
  const physicalHeld = history.meetings.filter((m) => m.kind === 'physical' && m.status === 'held');
  const tookPart = new Set(physicalHeld.flatMap((m) => m.dialogueKeys));
  const declined = cohort.filter((d) => has(d, 'decline') || has(d, 'record_no_answer'));
  const share = (items: readonly HistoryDialogue[]) => (items.length === 0 ? 0 : count(items, (d) => tookPart.has(d.key)) / items.length);
  const group = groupBy(cohort, (d) => organisers.get(d.organiserKey)!.group);
  const size = groupBy(cohort, (d) => organisers.get(d.organiserKey)!.sizeClass);
  const invitedBy2025 = new Set(cohort.map((d) => d.organiserKey));
  const physicalByYear = tally(physicalHeld.map((m) => m.date));

  return {
    invitedByYear: tally(history.dialogues.map((d) => d.invitedAt)),
    physicalByYear,
    organiserCount: history.organisers.length,
    organisersInvitedBy2025: invitedBy2025.size,
    completedBy2025: count(history.meetings, (m) => m.kind === 'feedback' && m.status === 'held' && m.date <= END_OF_2025),
    declinedShare: declined.length / cohort.length,
    declineReasonShares: Object.fromEntries(DECLINE_REASONS.map((r) => [r, count(declined, (d) => d.declineReason === r) / declined.length])) as Record<DeclineReason, number>,
    noAnswerShare: count(cohort, (d) => has(d, 'record_no_answer')) / cohort.length,
    withdrawnShare: count(cohort, (d) => has(d, 'withdraw') && !has(d, 'accept')) / cohort.length,
    introAcceptedShare: count(cohort, (d) => has(d, 'accept')) / cohort.length,
    participation: {
      all: share(cohort),
      byGroup: { municipal: share(group.get('municipal') ?? []), other_public: share(group.get('other_public') ?? []), private: share(group.get('private') ?? []) },
      bySize: Object.fromEntries(SIZE_CLASSES.map((s) => [s, share(size.get(s) ?? [])])) as Record<SizeClass, number>,
    },
    cost: yearCosts(history, physicalByYear),
    timeShares: timeShares(history),
    targetedInterventions: count(history.holds, (h) => h.kind === 'targeted_intervention' && h.startsOn <= END_OF_2025 && h.endsOn >= END_OF_2025
      && organisers.get(h.organiserKey)?.group === 'municipal' && !invitedBy2025.has(h.organiserKey)),
    municipalitiesNotReached: notReached(history, cohort, invitedBy2025),
  };
}

function yearCosts(history: DialogueHistory, physicalByYear: Record<number, number>): YearCost[] {
  const agency = new Map(history.staff.map((s) => [s.key, s.agency]));
  const rate = new Map(history.hourlyCosts.map((c) => [`${c.agency}:${c.year}`, c.sekPerHour]));
  const byYear = groupBy(history.timeRecords, (r) => Number(r.workedOn.slice(0, 4)));
  return [...byYear.keys()].sort().filter((year) => physicalByYear[year]).map((year) => {
    let personnel = 0n;
    let travel = 0n;
    for (const r of byYear.get(year)!) {
      personnel += personnelMicro(r.hours, rate.get(`${agency.get(r.staffKey)}:${year}`) ?? 0);
      travel += BigInt(r.travelCostSek) * MICRO;
    }
    const total = toFixedKronor(personnel + travel, history.priceIndex, year);
    const travelFixed = toFixedKronor(travel, history.priceIndex, year);
    return {
      year, total, personnel: toFixedKronor(personnel, history.priceIndex, year), travel: travelFixed,
      perPhysicalDialogue: Math.round(total / physicalByYear[year]!), travelShare: travelFixed / total,
    };
  });
}

function timeShares(history: DialogueHistory): Record<number, Record<TimeActivity, number>> {
  const out: Record<number, Record<TimeActivity, number>> = {};
  for (const [year, records] of groupBy(history.timeRecords, (r) => Number(r.workedOn.slice(0, 4)))) {
    const total = records.reduce((s, r) => s + r.hours, 0);
    out[year] = Object.fromEntries(TIME_ACTIVITIES.map((a) => [a, records.reduce((s, r) => s + (r.activity === a ? r.hours : 0), 0) / total])) as Record<TimeActivity, number>;
  }
  return out;
}

function notReached(history: DialogueHistory, cohort: readonly HistoryDialogue[], invited: ReadonlySet<string>): NotReachedMunicipality[] {
  const accepted = new Set(cohort.filter((d) => has(d, 'accept')).map((d) => d.organiserKey));
  const declined = new Set(cohort.filter((d) => has(d, 'decline') || has(d, 'record_no_answer')).map((d) => d.organiserKey));
  const out: NotReachedMunicipality[] = [];
  for (const [code, here] of groupBy(history.organisers, (o) => o.municipalityCode)) {
    const municipal = here.find((o) => o.kind === 'kommun');
    if (!municipal || invited.has(municipal.key) || here.some((o) => accepted.has(o.key))) continue;
    const privates = here.filter((o) => o.group === 'private');
    out.push({
      municipalityCode: code, privateOrganisers: privates.length,
      privateInvited: count(privates, (o) => invited.has(o.key)), privateDeclined: count(privates, (o) => declined.has(o.key)),
    });
  }
  return out.sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode));
}
