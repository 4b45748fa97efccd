/**
 * Integer allocation helpers. The calibration targets are shares of a total, so the generator draws
 * shapes at random and then scales them to exact budgets; that keeps every seed within a fraction of
 * a percentage point of the published figures while the individual records still differ.
 */
import type { Random } from './random.ts';

/**
 * k values from a quantile function with one draw per equal-probability stratum, largest first.
 * Stratification removes most of the sampling noise that plain draws would add to the totals.
 */
export function stratifiedSample(random: Random, k: number, quantile: (u: number) => number): number[] {
  const values: number[] = [];
  for (let i = 0; i < k; i++) values.push(quantile((i + random.next()) / k));
  return values.sort((a, b) => b - a);
}

/**
 * Scales values so that their rounded sum equals budget, keeping each within [min, max]. Values held
 * at a bound leave the rest to absorb the difference. Monotone, so a sorted input stays sorted.
 */
export function fitToBudget(values: readonly number[], budget: number, min: number, max: number): number[] {
  const clamp = (v: number): number => Math.min(max, Math.max(min, v));
  let scaled = values.map(clamp);
  for (let round = 0; round < 50; round++) {
    const sum = scaled.reduce((s, v) => s + v, 0);
    if (Math.abs(budget - sum) < 0.5) break;
    const growing = budget > sum;
    const movable = (v: number): boolean => (growing ? v < max : v > min);
    const movableSum = scaled.reduce((s, v) => s + (movable(v) ? v : 0), 0);
    if (movableSum === 0) break;
    const factor = (budget - (sum - movableSum)) / movableSum;
    scaled = scaled.map((v) => (movable(v) ? clamp(v * factor) : v));
  }
  const rounded = scaled.map((v) => Math.round(v));
  let residual = Math.round(budget) - rounded.reduce((s, v) => s + v, 0);
  // Hand out the rounding remainder one by one: additions to the first (largest) values, removals
  // from the last (smallest), so that a sorted input stays sorted.
  for (let i = 0; residual !== 0 && i < rounded.length * 4; i++) {
    const step = residual > 0 ? 1 : -1;
    const j = step > 0 ? i % rounded.length : rounded.length - 1 - (i % rounded.length);
    const v = rounded[j] as number;
    if (v + step < min || v + step > max) continue;
    rounded[j] = v + step;
    residual -= step;
  }
  return rounded;
}

/**
 * Splits total into parts proportional to weights, each part at least minEach (largest-remainder
 * rounding, so the parts add up to total exactly). Needs total ≥ minEach × weights.length.
 */
export function splitInteger(total: number, weights: readonly number[], minEach = 1): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const spare = total - minEach * n;
  if (spare < 0) throw new Error(`cannot split ${total} into ${n} parts of at least ${minEach}`);
  const weightSum = weights.reduce((s, w) => s + w, 0) || 1;
  const exact = weights.map((w) => (spare * w) / weightSum);
  const parts = exact.map((x) => Math.floor(x));
  let left = spare - parts.reduce((s, v) => s + v, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts.map((p) => p + minEach);
}

/** Positive weights around 1 with a log-normal spread, for uneven but plausible splits. */
export const unevenWeights = (random: Random, n: number, spread = 0.4): number[] =>
  Array.from({ length: n }, () => Math.exp(spread * random.normal()));

/**
 * Exact counts per category from shares, for a population of n (largest remainder), so that quotas
 * scale with a smaller list of municipalities without drifting.
 */
export function quotas(n: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((s, v) => s + v, 0) || 1;
  const exact = shares.map((s) => (n * s) / sum);
  const counts = exact.map((x) => Math.floor(x));
  let left = n - counts.reduce((s, v) => s + v, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    left--;
  }
  return counts;
}
