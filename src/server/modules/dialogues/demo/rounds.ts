/**
 * Cycles and rounds. The first cycle starts on 15 August 2022 (every eligible organiser offered a
 * dialogue within three years); from 1 July 2025 the second cycle offers one within two years. Rounds
 * are batches of invitations on fixed dates, about 100 organisers in each of the two rounds of 2022
 * and 150–200 later, each spread over the offices, size classes and public/private (stratified).
 */
import type { Random } from '../../demo/random.ts';
import { dayOf, nextWorkingDay } from './calendar.ts';
import type { DialogueCycle } from './types.ts';
import { groupBy } from './collections.ts';

export const CYCLES: DialogueCycle[] = [
  { key: 'cykel-1', name: 'Första cykeln 2022–2025', startsOn: '2022-08-15', endsOn: '2025-06-30', offerWithinYears: 3 },
  { key: 'cykel-2', name: 'Andra cykeln 2025–2027', startsOn: '2025-07-01', endsOn: '2027-06-30', offerWithinYears: 2 },
];

/** Invitation dates. 2026: two spring rounds finish the first offers, three autumn rounds start the second ones. */
export const ROUND_DATES = [
  '2022-09-05', '2022-09-26',
  '2023-01-16', '2023-03-13', '2023-09-11',
  '2024-01-15', '2024-03-11', '2024-08-26', '2024-09-30',
  '2025-01-13', '2025-03-10', '2025-04-22', '2025-08-18', '2025-09-29',
  '2026-01-19', '2026-03-09', '2026-09-14', '2026-10-12', '2026-11-09',
] as const;
/** Sizes of the autumn 2026 rounds (second offers to those first invited in 2022–2023). */
export const AUTUMN_2026_SIZES = [170, 170, 160] as const;

export interface PlannedRound {
  key: string;
  number: number;
  cycleKey: string;
  name: string;
  invitationDay: number;
  deadlineDay: number;
  year: number;
}

const ANSWER_DAYS = 21;

export function planRounds(): PlannedRound[] {
  return ROUND_DATES.map((date, i) => {
    const day = dayOf(date);
    const month = Number(date.slice(5, 7));
    const cycle = CYCLES.find((c) => c.startsOn <= date && date <= c.endsOn)!;
    return {
      key: `omgang-${String(i + 1).padStart(2, '0')}`, number: i + 1, cycleKey: cycle.key,
      name: `Omgång ${i + 1}, ${month >= 8 ? 'hösten' : 'våren'} ${date.slice(0, 4)}`,
      invitationDay: day, deadlineDay: nextWorkingDay(day + ANSWER_DAYS), year: Number(date.slice(0, 4)),
    };
  });
}

/** `total` split into `parts` nearly equal whole numbers, larger ones last. */
export function splitEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor((total + i) / parts));
}

/**
 * A random order in which every stratum is spread evenly: each item's position is its rank within
 * its stratum (plus a random offset) divided by the stratum's size, so consecutive slices of the order
 * hold every stratum in proportion.
 */
export function stratifiedOrder<T>(random: Random, items: readonly T[], stratum: (item: T) => string): T[] {
  const groups = groupBy(items, stratum);
  const positioned: { item: T; position: number }[] = [];
  for (const key of [...groups.keys()].sort()) {
    const members = random.shuffle(groups.get(key)!);
    const offset = random.next();
    members.forEach((item, rank) => positioned.push({ item, position: (rank + offset) / members.length }));
  }
  return positioned.sort((a, b) => a.position - b.position).map((p) => p.item);
}

/** Cuts an ordered list into consecutive slices of the given sizes. */
export function slices<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  let start = 0;
  return sizes.map((size) => items.slice(start, (start += size)));
}
