/**
 * Which organisers each round invites, with each invitation's planned outcome. 2022–2025: exactly
 * Table 1's organisers per year, in a stratified order (office, group, size class and whether they
 * take part) so that every round is a cross-section. 2026: two spring rounds offer the organisers not
 * yet offered (the first round of offers is complete in spring 2026) and the withdrawn ones once their
 * hold is over; three autumn rounds start the second offers with those first invited in 2022–2023.
 */
import type { Random } from '../../demo/random.ts';
import type { CoveragePlan } from './coverage.ts';
import { dayOf } from './calendar.ts';
import { planWithdrawals, type WithdrawalPlan } from './holds.ts';
import { assignOutcomes, type PlannedOutcome } from './outcomes.ts';
import { AUTUMN_2026_SIZES, slices, splitEvenly, stratifiedOrder, type PlannedRound } from './rounds.ts';
import { TABLE_1, type HistoryYear } from './targets.ts';
import { dialogueKey } from './timeline.ts';
import type { HistoryOrganiser } from './types.ts';

export interface Invitation { organiser: HistoryOrganiser; outcome: PlannedOutcome }

export interface Membership { byRound: Map<number, Invitation[]>; withdrawals: WithdrawalPlan }

export function planMembership(random: Random, rounds: readonly PlannedRound[], coverage: CoveragePlan,
  outcomes: ReadonlyMap<string, PlannedOutcome>): Membership {
  const byRound = new Map<number, HistoryOrganiser[]>(rounds.map((r) => [r.number, []]));
  const order = stratifiedOrder(random, coverage.invited,
    (o) => `${o.officeCode}|${o.group}|${o.sizeClass}|${outcomes.get(o.key)!.kind === 'participated'}`);
  let start = 0;
  for (const year of Object.keys(TABLE_1).map(Number) as HistoryYear[]) {
    const ofYear = rounds.filter((r) => r.year === year);
    const sizes = splitEvenly(TABLE_1[year].invited, ofYear.length);
    slices(order.slice(start), sizes).forEach((members, i) => byRound.set(ofYear[i]!.number, members));
    start += TABLE_1[year].invited;
  }
  const withdrawals = withdrawalsOf(random, rounds, byRound, (key) => outcomes.get(key)!);

  const spring = rounds.filter((r) => r.year === 2026).slice(0, 2);
  const autumn = rounds.filter((r) => r.year === 2026).slice(2);
  const again = new Set<string>();
  const holdEnd = new Map(withdrawals.holds.map((h) => [h.organiserKey, dayOf(h.endsOn)]));
  for (const r of rounds.filter((x) => x.year < 2026)) {
    for (const o of byRound.get(r.number)!) {
      if (outcomes.get(o.key)!.kind !== 'withdrawn' || o.status !== 'active') continue;
      const next = [...spring, ...autumn].find((x) => x.invitationDay > holdEnd.get(o.key)!);
      if (!next) continue;
      byRound.get(next.number)!.push(o);
      again.add(o.key);
    }
  }
  // The first offers fill the two spring rounds to equal sizes.
  const firstOffers = stratifiedOrder(random, coverage.notYetOffered, (o) => `${o.officeCode}|${o.sizeClass}`);
  const springTotal = firstOffers.length + spring.reduce((s, r) => s + byRound.get(r.number)!.length, 0);
  const springSizes = splitEvenly(springTotal, spring.length).map((size, i) => Math.max(0, size - byRound.get(spring[i]!.number)!.length));
  springSizes[springSizes.length - 1]! += firstOffers.length - springSizes.reduce((s, n) => s + n, 0);
  slices(firstOffers, springSizes).forEach((members, i) => byRound.get(spring[i]!.number)!.push(...members));
  const earlier = rounds.filter((r) => r.year <= 2023).flatMap((r) => byRound.get(r.number)!)
    .filter((o) => o.status === 'active' && !again.has(o.key) && outcomes.get(o.key)!.kind !== 'withdrawn');
  let next = 0;
  autumn.forEach((round, i) => {
    const members = byRound.get(round.number)!;
    const room = Math.max(0, AUTUMN_2026_SIZES[i]! - members.length);
    members.push(...earlier.slice(next, next + room));
    next += room;
  });

  const invited2026 = [...spring, ...autumn].flatMap((r) => byRound.get(r.number)!);
  const outcomes2026 = assignOutcomes(random.fork('2026'), invited2026);
  const result = new Map<number, Invitation[]>();
  for (const r of rounds) {
    const source = r.year === 2026 ? outcomes2026 : outcomes;
    result.set(r.number, byRound.get(r.number)!.map((organiser) => ({ organiser, outcome: source.get(organiser.key)! })));
  }
  const later = withdrawalsOf(random, [...spring, ...autumn], byRound, (key) => outcomes2026.get(key)!);
  return {
    byRound: result,
    withdrawals: {
      days: new Map([...withdrawals.days, ...later.days]),
      kinds: new Map([...withdrawals.kinds, ...later.kinds]),
      holds: [...withdrawals.holds, ...later.holds],
    },
  };
}

function withdrawalsOf(random: Random, rounds: readonly PlannedRound[], byRound: ReadonlyMap<number, HistoryOrganiser[]>,
  outcomeOf: (key: string) => PlannedOutcome): WithdrawalPlan {
  return planWithdrawals(random, rounds.flatMap((r) => byRound.get(r.number)!
    .filter((o) => outcomeOf(o.key).kind === 'withdrawn')
    .map((o) => ({ dialogueKey: dialogueKey(r, o.key), organiserKey: o.key, invitationDay: r.invitationDay, deadlineDay: r.deadlineDay }))));
}
