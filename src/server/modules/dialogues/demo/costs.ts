/**
 * Solves the hourly costs so that each year's cost in fixed 2025 prices equals Table 1 to the krona
 * (the model is described in types.ts). Money is counted in integers: hours in hundredths, hourly
 * costs in ten-thousandths of a krona, so personnel cost is exact in millionths of a krona.
 */
import type { DialogueAgency } from '../../../../shared/dialogues.ts';
import { HISTORY_YEARS, PRICE_BASE_YEAR, PRICE_INDEX, SPSM_HOURLY_COST_FACTOR, TABLE_1 } from './targets.ts';
import type { HourlyCost, PriceIndexEntry, TimeRecord } from './types.ts';

const INDEX_SCALE = 10_000;
const RATE_SCALE = 10_000;
const MICRO = 1_000_000n;
/** 2026's hourly cost (not in the report): 2025's raised by the price index forecast. */
const NEXT_YEAR = 2026;

export const priceIndexTable = (): PriceIndexEntry[] =>
  Object.entries(PRICE_INDEX).map(([year, value]) => ({ year: Number(year), value }));

/** Whole kronor in fixed base-year prices from a current-price amount in millionths of a krona. */
export function toFixedKronor(currentMicro: bigint, index: readonly PriceIndexEntry[], year: number): number {
  const scaled = (y: number) => {
    const entry = index.find((e) => e.year === y);
    if (!entry) throw new Error(`Prisindex saknas för ${y}.`);
    return BigInt(Math.round(entry.value * INDEX_SCALE));
  };
  const numerator = currentMicro * scaled(PRICE_BASE_YEAR);
  const denominator = scaled(year) * MICRO;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** Personnel cost in millionths of a krona: hours × hourly cost, both as integers. */
export const personnelMicro = (hours: number, sekPerHour: number): bigint =>
  BigInt(Math.round(hours * 100)) * BigInt(Math.round(sekPerHour * RATE_SCALE));

/**
 * Sets the hourly costs of 2022–2025 (and 2026) and adds the rounding remainder of each year to that
 * year's largest travel record. `agencyOf` maps a record's leader to the agency.
 */
export function calibrateCosts(records: TimeRecord[], agencyOf: (staffKey: string) => DialogueAgency): HourlyCost[] {
  const index = priceIndexTable();
  const costs: HourlyCost[] = [];
  for (const year of HISTORY_YEARS) {
    const inYear = records.filter((r) => r.workedOn.startsWith(String(year)));
    const hundredths: Record<DialogueAgency, bigint> = { skolverket: 0n, spsm: 0n };
    for (const r of inYear) hundredths[agencyOf(r.staffKey)] += BigInt(Math.round(r.hours * 100));
    const travel = inYear.filter((r) => r.travelCostSek > 0);
    if (travel.length === 0) throw new Error(`Inga resor ${year} att lägga avrundningen på.`);
    const largest = travel.reduce((a, r) => (r.travelCostSek > a.travelCostSek ? r : a));
    const travelSek = travel.reduce((s, r) => s + r.travelCostSek, 0);

    const target = TABLE_1[year].totalCost;
    const currentTarget = (target * PRICE_INDEX[year]!) / PRICE_INDEX[PRICE_BASE_YEAR]!;
    // Rounded down to 4 decimals. The window of current-price totals that round to the target is under
    // one krona wide, so a whole-krona remainder may miss it (when an agency's hours times 0.0001 is
    // nearly a whole krona, raising its hourly cost does not help); then a quarter hour at a time is
    // added to the year's longest Skolverket administration record and the costs are solved again.
    const adjustable = inYear.filter((r) => r.activity === 'administration' && agencyOf(r.staffKey) === 'skolverket')
      .reduce((a, r) => (r.hours > a.hours ? r : a));
    let found: { skolverket: number; spsm: number; remainder: number; quarters: number } | null = null;
    for (let quarters = 0; quarters < 16 && !found; quarters++) {
      const svHundredths = hundredths.skolverket + BigInt(25 * quarters);
      const base = (currentTarget - travelSek) / (Number(svHundredths) / 100 + (SPSM_HOURLY_COST_FACTOR * Number(hundredths.spsm)) / 100);
      const skolverket = Math.floor(base * RATE_SCALE);
      const spsm = Math.floor(base * SPSM_HOURLY_COST_FACTOR * RATE_SCALE);
      const personnel = svHundredths * BigInt(skolverket) + hundredths.spsm * BigInt(spsm);
      const remainder = Math.round(currentTarget - travelSek - Number(personnel) / Number(MICRO));
      for (const step of [0, 1, -1]) {
        const fixed = toFixedKronor(personnel + BigInt(travelSek + remainder + step) * MICRO, index, year);
        if (fixed === target && largest.travelCostSek + remainder + step >= 0) {
          found = { skolverket, spsm, remainder: remainder + step, quarters };
          break;
        }
      }
    }
    if (!found) throw new Error(`Kostnaden ${year} gick inte att kalibrera.`);
    adjustable.hours += found.quarters / 4;
    const rates: Record<DialogueAgency, number> = { skolverket: found.skolverket, spsm: found.spsm };
    const remainder = found.remainder;
    largest.travelCostSek += remainder;
    for (const agency of ['skolverket', 'spsm'] as const) costs.push({ agency, year, sekPerHour: rates[agency] / RATE_SCALE });
  }
  const growth = PRICE_INDEX[NEXT_YEAR]! / PRICE_INDEX[PRICE_BASE_YEAR]!;
  for (const agency of ['skolverket', 'spsm'] as const) {
    const last = costs.find((c) => c.agency === agency && c.year === PRICE_BASE_YEAR)!;
    costs.push({ agency, year: NEXT_YEAR, sekPerHour: Math.round(last.sekPerHour * growth * RATE_SCALE) / RATE_SCALE });
  }
  return costs;
}
