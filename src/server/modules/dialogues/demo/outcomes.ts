/**
 * The planned outcome of each invitation: took part, declined (with a reason), never answered,
 * withdrawn by the agencies (an inspection was announced), or accepted and then dropped out before
 * the intro meeting. Exact counts per group and size class come from quotas.ts and the shares in
 * targets.ts; who gets which outcome is drawn with weights: small private organisers, those with only
 * förskola and those in metropolitan areas decline more; dormant and ceased organisers never answer
 * or are reported ceased; other targeted interventions are mostly municipal and large organisers.
 */
import type { DeclineReason } from '../../../../shared/dialogues.ts';
import type { Random } from '../../demo/random.ts';
import { cellOf, countCells, participantQuotas } from './quotas.ts';
import { DECLINE_REASON_SHARES, DECLINED_SHARE, WITHDRAWN_SHARE } from './targets.ts';
import type { HistoryOrganiser } from './types.ts';
import { groupBy } from './collections.ts';

export type OutcomeKind = 'participated' | 'declined' | 'no_answer' | 'withdrawn' | 'dropped_out';
export interface PlannedOutcome { kind: OutcomeKind; reason: DeclineReason | null }

/** Weighted sampling without replacement (Efraimidis–Spirakis); items of weight 0 are never taken. */
export function weightedTake<T>(random: Random, items: readonly T[], weight: (item: T) => number, count: number): T[] {
  const keyed = items.map((item) => ({ item, w: weight(item), key: 0 }));
  for (const k of keyed) k.key = k.w > 0 ? Math.log(1 - random.next()) / k.w : -Infinity;
  return keyed.filter((k) => k.w > 0).sort((a, b) => b.key - a.key).slice(0, count).map((k) => k.item);
}

/** Splits a total over shares, largest remainders first (in the shares' order on ties). */
export function apportion<K extends string>(shares: Record<K, number>, total: number): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((s, k) => s + shares[k], 0);
  const raw = keys.map((k) => (shares[k] / sum) * total);
  const out = Object.fromEntries(keys.map((k, i) => [k, Math.floor(raw[i]!)])) as Record<K, number>;
  let left = total - keys.reduce((s, k) => s + out[k], 0);
  for (const i of keys.map((_, i) => i).sort((a, b) => (raw[b]! % 1) - (raw[a]! % 1) || a - b)) {
    if (left-- <= 0) break;
    out[keys[i]!] += 1;
  }
  return out;
}

const participationWeight = (o: HistoryOrganiser): number =>
  o.status !== 'active' ? 0 : (o.preschoolOnly ? 0.6 : 1) * (o.metropolitan ? 0.7 : 1);

const declinerWeight = (o: HistoryOrganiser): number => {
  const base = o.group !== 'private' ? 0.3 : o.sizeClass === 'small' ? 4 : o.sizeClass === 'medium' ? 1.5 : 0.6;
  return base * (o.preschoolOnly ? 1.8 : 1) * (o.metropolitan ? 1.7 : 1);
};

const interventionWeight = (o: HistoryOrganiser): number =>
  (o.group === 'municipal' ? 8 : o.group === 'other_public' ? 3 : 1) * (o.sizeClass === 'large' ? 4 : o.sizeClass === 'medium' ? 2 : 0.3);

export interface OutcomeConstraints {
  mustTakePart?: readonly string[];
  mustDecline?: string | null;
}

export function assignOutcomes(random: Random, invited: readonly HistoryOrganiser[], constraints: OutcomeConstraints = {}): Map<string, PlannedOutcome> {
  const forcedIn = new Set(constraints.mustTakePart ?? []);
  const outcomes = new Map<string, PlannedOutcome>();
  const quotas = participantQuotas(countCells(invited));
  for (const [cell, members] of groupBy(invited, cellOf)) {
    const quota = quotas[cell] ?? 0;
    const first = members.filter((o) => forcedIn.has(o.key));
    const rest = members.filter((o) => !forcedIn.has(o.key) && o.key !== constraints.mustDecline);
    for (const o of [...first, ...weightedTake(random, rest, participationWeight, quota - first.length)]) {
      outcomes.set(o.key, { kind: 'participated', reason: null });
    }
  }

  let remaining = invited.filter((o) => !outcomes.has(o.key));
  const declined = apportion(DECLINE_REASON_SHARES, Math.round(DECLINED_SHARE * invited.length));
  const withdrawn = Math.round(WITHDRAWN_SHARE * invited.length);
  const give = (chosen: readonly HistoryOrganiser[], kind: OutcomeKind, reason: DeclineReason | null) => {
    for (const o of chosen) outcomes.set(o.key, { kind, reason });
    if (kind === 'declined' || kind === 'no_answer') declined[reason!] -= chosen.length;
    const taken = new Set(chosen.map((o) => o.key));
    remaining = remaining.filter((o) => !taken.has(o.key));
  };
  const take = (kind: OutcomeKind, reason: DeclineReason | null, count: number, weight: (o: HistoryOrganiser) => number) => {
    const chosen = weightedTake(random, remaining, weight, count);
    if (chosen.length < count) throw new Error(`Demohistoriken fick för få huvudmän för utfallet ${kind}/${reason}.`);
    give(chosen, kind, reason);
  };

  const decliner = remaining.find((o) => o.key === constraints.mustDecline);
  if (decliner) give([decliner], 'declined', 'lack_of_resources');
  // Ceased organisers are reported ceased or never answer; dormant ones never answer. A reason left
  // over for lack of ceased organisers becomes 'other'.
  give(remaining.filter((o) => o.status === 'ceased').slice(0, declined.organiser_ceased), 'declined', 'organiser_ceased');
  declined.other += declined.organiser_ceased;
  declined.organiser_ceased = 0;
  give(remaining.filter((o) => o.status !== 'active').slice(0, declined.no_answer), 'no_answer', 'no_answer');
  give(remaining.filter((o) => o.status !== 'active'), 'declined', 'lack_of_resources');
  take('declined', 'other_intervention', declined.other_intervention, interventionWeight);
  take('no_answer', 'no_answer', declined.no_answer, declinerWeight);
  take('withdrawn', null, withdrawn, () => 1);
  for (const reason of ['lack_of_resources', 'not_interested', 'not_interested_now', 'other'] as const) {
    take('declined', reason, declined[reason], declinerWeight);
  }
  for (const o of remaining) {
    outcomes.set(o.key, { kind: 'dropped_out', reason: random.pick(['lack_of_resources', 'lack_of_resources', 'not_interested_now', 'other'] as const) });
  }
  return outcomes;
}
