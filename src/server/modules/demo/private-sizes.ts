/**
 * Children and pupils of each private organiser, chosen so that the whole country matches the
 * evaluation (STK 2026:5, 3.2): 52 % of organisers have under 50 children and pupils and together 2 %
 * of them; about 11 % have at least 1,000 and together nearly 90 %; municipal organisers hold nearly
 * 80 %. The municipal and other public sizes are fixed first; the private organisers fill the rest.
 */
import { fitToBudget, stratifiedSample } from './allocation.ts';
import type { Random } from './random.ts';

export const TARGETS = {
  smallOrganiserShare: 0.52,
  smallChildrenShare: 0.02,
  largeOrganiserShare: 0.11,
  largeChildrenShare: 0.89,
  municipalChildrenShare: 0.78,
} as const;

/** Bounds keep clear of the class limits (50 and 1,000) so that ≤/< readings agree. */
const SMALL = { min: 5, max: 49 } as const;
const MID = { min: 55, max: 990 } as const;
/** The largest private organisers (one legal entity each) have a few tens of thousands. */
const LARGE = { min: 1010, max: 60_000 } as const;

export interface SizingInput {
  /** Propensity of each private organiser (higher = bigger), in plan order. */
  propensities: readonly number[];
  municipalSizes: readonly number[];
  /** Regions and state organisers. */
  otherPublicSizes: readonly number[];
  /** All organisers, public and private. */
  organiserCount: number;
}

export function sizePrivateOrganisers(random: Random, input: SizingInput): number[] {
  const { propensities, municipalSizes, otherPublicSizes, organiserCount } = input;
  const publicSizes = [...municipalSizes, ...otherPublicSizes];
  const municipalTotal = municipalSizes.reduce((s, v) => s + v, 0);
  const total = municipalTotal / TARGETS.municipalChildrenShare;

  const publicLarge = publicSizes.filter((s) => s >= 1000);
  const publicSmallCount = publicSizes.filter((s) => s < 50).length;
  const largeCount = Math.max(0, Math.round(TARGETS.largeOrganiserShare * organiserCount) - publicLarge.length);
  const smallCount = Math.max(0, Math.round(TARGETS.smallOrganiserShare * organiserCount) - publicSmallCount);
  const midCount = Math.max(0, propensities.length - largeCount - smallCount);

  const smallBudget = TARGETS.smallChildrenShare * total;
  const largeBudget = TARGETS.largeChildrenShare * total - publicLarge.reduce((s, v) => s + v, 0);
  const publicTotal = publicSizes.reduce((s, v) => s + v, 0);
  const midBudget = total - publicTotal - smallBudget - largeBudget;

  const large = fitToBudget(
    stratifiedSample(random, largeCount, (u) => LARGE.min / (1 - u) ** (1 / 1.3)), largeBudget, LARGE.min, LARGE.max);
  const mid = fitToBudget(
    stratifiedSample(random, midCount, (u) => MID.min * (MID.max / MID.min) ** (u ** 2)), midBudget, MID.min, MID.max);
  const small = fitToBudget(
    stratifiedSample(random, smallCount, (u) => SMALL.min + (SMALL.max - SMALL.min) * u ** 0.8), smallBudget, SMALL.min, SMALL.max);
  // The smallest organiser in the evaluation had 5 children; keep that floor visible.
  if (small.length > 0) small[small.length - 1] = SMALL.min;

  const sizesByRank = [...large, ...mid, ...small];
  const order = propensities.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  const sizes = new Array<number>(propensities.length).fill(SMALL.min);
  order.forEach(({ i }, rank) => { sizes[i] = sizesByRank[rank] ?? SMALL.min; });
  return sizes;
}
