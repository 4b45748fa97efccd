/**
 * Scales the raw work to the report's time use and volume: per year, the hours of the agencies'
 * personnel cost at a planned real hourly cost (targets.ts), split into the published shares of
 * preparation, travel, administration and other work; meeting hours stay as held. Administration is
 * 60 % tied to dialogues and 40 % general; general administration and other work (training days,
 * planning, networks) are spread over each leader's months with work, on up to three of that month's
 * dialogues. Travel hours get a fixed extra per trip (waiting, local transport) and travel costs are
 * scaled to their share of the year's cost. 2026 (not in the report) uses
 * 2025's scale. All hours are whole quarter hours.
 */
import type { TimeActivity } from '../../../../shared/dialogues.ts';
import { dateOf, yearOf } from './calendar.ts';
import {
  HISTORY_YEARS, PRICE_BASE_YEAR, PRICE_INDEX, REAL_HOURLY_COST, TABLE_1, TIME_SHARES, TRAVEL_COST_SHARE, type HistoryYear,
} from './targets.ts';
import type { TimeRecord } from './types.ts';
import type { RawRecord } from './work.ts';
import { groupBy } from './collections.ts';

const LINKED_ADMINISTRATION = 0.6;
const MAX_DIALOGUES_PER_MONTH = 3;

/** Multiplicative factors per activity; travel instead gets a fixed extra per trip (waiting, local transport). */
interface Scale { factors: Record<TimeActivity, number>; travelPerTrip: number; travelCost: number; generalPerMonth: { administration: number; other: number } }

export const quarter = (hours: number): number => Math.max(0.25, Math.round(hours * 4) / 4);

const isHistoryYear = (year: number): year is HistoryYear => (HISTORY_YEARS as readonly number[]).includes(year);

function yearScale(year: HistoryYear, raw: readonly RawRecord[], leaderMonths: number): Scale {
  const sum = (activity: TimeActivity) => raw.filter((r) => r.activity === activity).reduce((s, r) => s + r.hours, 0);
  const { totalCost } = TABLE_1[year];
  const shares = TIME_SHARES[year];
  const hours = (totalCost * (1 - TRAVEL_COST_SHARE[year])) / REAL_HOURLY_COST[year];
  const meetings = raw.filter((r) => r.activity === 'dialogue').reduce((s, r) => s + quarter(r.hours), 0);
  const rest = hours * (1 - shares.preparation - shares.travel) - meetings;
  if (rest <= 0) throw new Error(`Tidsmodellen ${year}: mötestiden ryms inte i årets timmar.`);
  const administration = (rest * shares.administration) / (shares.administration + shares.other);
  const travelTarget = (TRAVEL_COST_SHARE[year] * totalCost * PRICE_INDEX[year]!) / PRICE_INDEX[PRICE_BASE_YEAR]!;
  const trips = raw.filter((r) => r.travel > 0).length;
  const travelGap = shares.travel * hours - sum('travel');
  return {
    travelPerTrip: travelGap > 0 ? travelGap / trips : 0,
    factors: {
      preparation: (shares.preparation * hours) / sum('preparation'),
      travel: travelGap > 0 ? 1 : (shares.travel * hours) / sum('travel'),
      administration: (LINKED_ADMINISTRATION * administration) / sum('administration'),
      dialogue: 1,
      other: 1,
    },
    travelCost: travelTarget / raw.reduce((s, r) => s + r.travel, 0),
    generalPerMonth: { administration: ((1 - LINKED_ADMINISTRATION) * administration) / leaderMonths, other: (rest - administration) / leaderMonths },
  };
}

export function scaleWork(raw: readonly RawRecord[]): TimeRecord[] {
  const byYear = groupBy(raw, (r) => yearOf(r.day));
  const out: TimeRecord[] = [];
  let latest: Scale | null = null;
  for (const year of [...byYear.keys()].sort()) {
    const records = byYear.get(year)!;
    const months = leaderMonths(records);
    let scale: Scale;
    if (isHistoryYear(year)) scale = yearScale(year, records, months.size);
    else if (latest) scale = { ...latest, travelCost: (latest.travelCost * (PRICE_INDEX[year] ?? 100)) / PRICE_INDEX[PRICE_BASE_YEAR]! };
    else throw new Error(`Inget år att skala ${year} efter.`);
    latest = scale;
    for (const r of records) {
      out.push({
        staffKey: r.staffKey, dialogueKey: r.dialogueKey, workedOn: dateOf(r.day), activity: r.activity,
        hours: quarter(r.hours * scale.factors[r.activity] + (r.travel > 0 ? scale.travelPerTrip : 0)),
        travelCostSek: Math.round(r.travel * scale.travelCost),
      });
    }
    for (const month of months.values()) {
      for (const activity of ['administration', 'other'] as const) {
        const quarters = Math.round(scale.generalPerMonth[activity] * 4);
        const dialogues = month.dialogues.slice(0, MAX_DIALOGUES_PER_MONTH);
        dialogues.forEach((dialogueKey, i) => {
          const share = Math.floor(quarters / dialogues.length) + (i < quarters % dialogues.length ? 1 : 0);
          if (share > 0) out.push({ staffKey: month.staffKey, dialogueKey, workedOn: dateOf(month.lastDay), activity, hours: share / 4, travelCostSek: 0 });
        });
      }
    }
  }
  return out;
}

/** Each leader's months with work: the dialogues worked on (most hours first) and the last day worked. */
function leaderMonths(records: readonly RawRecord[]) {
  const months = new Map<string, { staffKey: string; lastDay: number; hours: Map<string, number>; dialogues: string[] }>();
  for (const r of records) {
    const key = `${r.staffKey}:${dateOf(r.day).slice(0, 7)}`;
    let m = months.get(key);
    if (!m) months.set(key, (m = { staffKey: r.staffKey, lastDay: r.day, hours: new Map(), dialogues: [] }));
    m.lastDay = Math.max(m.lastDay, r.day);
    m.hours.set(r.dialogueKey, (m.hours.get(r.dialogueKey) ?? 0) + r.hours);
  }
  for (const m of months.values()) m.dialogues = [...m.hours.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return months;
}
