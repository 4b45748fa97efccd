/**
 * Linear regression behind "expected value given the organiser's conditions" (in the spirit of
 * Skolverket's SALSA model): an indicator regressed on background factors across all organisers,
 * with a prediction interval for one new organiser. Pure and synchronous; no database.
 *
 * Predictors are centred and scaled (with the weights) before solving. That makes the cross-product
 * matrix a correlation matrix, so one condition-number threshold means the same thing whether a
 * predictor is a share (0–1) or a cost in kronor, and a large offset (e.g. 95 000 kr per child)
 * does not cost precision. The fit is the same as plain (W)LS on the raw predictors.
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import jStat from 'jstat';
import type { DIRECTIONS } from '../../../shared/api/catalogue.ts';

export interface RegressionInput { rows: { x: number[]; y: number; weight?: number }[]; predictorNames: string[] }
export interface PredictionWithInterval { value: number; lower: number; upper: number }
export interface RegressionModel {
  predictorNames: string[];
  /** [intercept, b1, b2, ...] in the predictors' own units. */
  coefficients: number[];
  /** Rows used in the fit, after dropping non-finite ones. */
  n: number;
  p: number;
  /** Weighted R² when weights were given. */
  rSquared: number;
  /** With weights: the residual standard deviation of an observation of mean weight. */
  residualStdError: number;
  /**
   * The expected value at x with a prediction interval for one new observation (default 95 %).
   * With a weighted fit, the new observation is assumed to have the mean weight of the fitted rows
   * unless its own `weight` (same units as the input weights, e.g. its pupil count) is given.
   */
  predict(x: number[], level?: number, weight?: number): PredictionWithInterval;
}
export type FitResult = { ok: true; model: RegressionModel } | { ok: false; reason: 'too_few_rows' | 'singular' | 'no_variation' };
export type Direction = (typeof DIRECTIONS)[number];
export type Verdict = 'better' | 'worse' | 'as_expected' | 'outside';

/**
 * Largest accepted condition number of the predictors' correlation matrix. Beyond it the normal
 * equations lose more than ~10 of double precision's ~16 digits; exact collinearity lands near 1e15.
 */
const MAX_CONDITION = 1e10;
/** A spread this small relative to the mean is rounding noise, not variation. */
const NEGLIGIBLE_SPREAD = 1e-12;

interface Cleaned { xs: number[][]; ys: number[]; ws: number[]; meanWeight: number }

/** Drops rows with a non-finite value or a weight that is not positive; weights get mean 1. */
function cleanRows(rows: RegressionInput['rows'], p: number): Cleaned {
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const row of rows) {
    if (row.x.length !== p) throw new RangeError(`Regression row has ${row.x.length} predictors, expected ${p}.`);
    // A row without a weight counts once, as in an unweighted fit.
    const w = row.weight ?? 1;
    if (!Number.isFinite(row.y) || !Number.isFinite(w) || w <= 0 || !row.x.every(Number.isFinite)) continue;
    xs.push(row.x);
    ys.push(row.y);
    ws.push(w);
  }
  let total = 0;
  for (const w of ws) total += w;
  const meanWeight = ws.length > 0 ? total / ws.length : 1;
  return { xs, ys, ws: ws.map((w) => w / meanWeight), meanWeight };
}

/** Weighted mean and standard deviation (two-pass, weights sum to the row count). */
function moments(values: (i: number) => number, ws: number[]): { mean: number; sd: number } {
  const n = ws.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ws[i]! * values(i);
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ws[i]! * (values(i) - mean) ** 2;
  return { mean, sd: Math.sqrt(squares / n) };
}

const negligible = ({ mean, sd }: { mean: number; sd: number }) => sd === 0 || sd <= NEGLIGIBLE_SPREAD * Math.abs(mean);

export function fitRegression(input: RegressionInput, options: { minRowsPerPredictor?: number; minRows?: number } = {}): FitResult {
  const p = input.predictorNames.length;
  // p + 2 keeps at least one residual degree of freedom whatever the options say.
  const required = Math.max(options.minRows ?? 30, (options.minRowsPerPredictor ?? 10) * p, p + 2);
  const { xs, ys, ws, meanWeight } = cleanRows(input.rows, p);
  const n = ys.length;
  if (n < required) return { ok: false, reason: 'too_few_rows' };

  const y = moments((i) => ys[i]!, ws);
  if (negligible(y)) return { ok: false, reason: 'no_variation' };
  const centres: number[] = [];
  const scales: number[] = [];
  for (let j = 0; j < p; j++) {
    const m = moments((i) => xs[i]![j]!, ws);
    if (negligible(m)) return { ok: false, reason: 'singular' };
    centres.push(m.mean);
    scales.push(m.sd);
  }

  // Rows scaled by sqrt(w) turn WLS into OLS. The centred columns are orthogonal to the intercept,
  // so the intercept block of (XᵀWX)⁻¹ is just 1/Σw = 1/n and only the p×p block needs inverting.
  const z = new Matrix(n, p);
  const yz = new Matrix(n, 1);
  for (let i = 0; i < n; i++) {
    const root = Math.sqrt(ws[i]!);
    for (let j = 0; j < p; j++) z.set(i, j, (root * (xs[i]![j]! - centres[j]!)) / scales[j]!);
    yz.set(i, 0, root * (ys[i]! - y.mean));
  }
  let beta: number[] = [];
  let inverse: number[][] = [];
  if (p > 0) {
    const zt = z.transpose();
    const svd = new SingularValueDecomposition(zt.mmul(z));
    if (!(svd.condition <= MAX_CONDITION)) return { ok: false, reason: 'singular' };
    const inv = svd.inverse();
    beta = inv.mmul(zt.mmul(yz)).getColumn(0);
    inverse = inv.to2DArray();
  }

  let rss = 0;
  for (let i = 0; i < n; i++) {
    let residual = yz.get(i, 0);
    for (let j = 0; j < p; j++) residual -= beta[j]! * z.get(i, j);
    rss += residual * residual;
  }
  const tss = n * y.sd * y.sd;
  const df = n - p - 1;
  const s = Math.sqrt(rss / df);
  const slopes = beta.map((b, j) => b / scales[j]!);
  const intercept = y.mean - slopes.reduce((sum, b, j) => sum + b * centres[j]!, 0);
  const quantiles = new Map<number, number>();

  const predict = (x: number[], level = 0.95, weight?: number): PredictionWithInterval => {
    if (x.length !== p || !x.every(Number.isFinite)) throw new RangeError(`Prediction needs ${p} finite predictor values.`);
    if (!(level > 0 && level < 1)) throw new RangeError('The interval level must lie strictly between 0 and 1.');
    if (weight !== undefined && !(Number.isFinite(weight) && weight > 0)) throw new RangeError('A new observation’s weight must be positive.');
    const zx = x.map((v, j) => (v - centres[j]!) / scales[j]!);
    let value = y.mean;
    let leverage = 1 / n;
    for (let j = 0; j < p; j++) {
      value += beta[j]! * zx[j]!;
      let row = 0;
      for (let k = 0; k < p; k++) row += inverse[j]![k]! * zx[k]!;
      leverage += zx[j]! * row;
    }
    let t = quantiles.get(level);
    if (t === undefined) {
      t = jStat.studentt.inv(1 - (1 - level) / 2, df);
      quantiles.set(level, t);
    }
    // Var(new y) = σ²/w₀ with weights scaled to mean 1, so an unweighted fit or a mean-weight
    // organiser gets the textbook ŷ ± t·s·sqrt(1 + x₀ᵀ(XᵀX)⁻¹x₀).
    const ownVariance = weight === undefined ? 1 : meanWeight / weight;
    const half = t * s * Math.sqrt(ownVariance + leverage);
    return { value, lower: value - half, upper: value + half };
  };

  return {
    ok: true,
    model: {
      predictorNames: [...input.predictorNames],
      coefficients: [intercept, ...slopes],
      n, p,
      rSquared: 1 - rss / tss,
      residualStdError: s,
      predict,
    },
  };
}

/**
 * Better or worse than expected only when the actual value lies outside the prediction interval;
 * for an indicator without a better direction, only that it lies outside.
 */
export function compareToExpected(actual: number, prediction: PredictionWithInterval, direction: Direction): Verdict {
  if (!Number.isFinite(actual)) throw new RangeError('The actual value must be a finite number.');
  const side = actual > prediction.upper ? 'above' : actual < prediction.lower ? 'below' : null;
  if (side === null) return 'as_expected';
  if (direction === 'neutral') return 'outside';
  return (side === 'above') === (direction === 'higher_is_better') ? 'better' : 'worse';
}
