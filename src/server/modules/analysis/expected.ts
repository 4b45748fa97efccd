/**
 * The expected value of an indicator given the organiser's conditions, in the spirit of Skolverket's
 * SALSA model: a weighted regression across all organisers of the indicator on the background
 * conditions measured for the school form, with a 95 % prediction interval. Shown only when the
 * model could be fitted and the organiser's own conditions are known.
 */
import type { CatalogueContent, Indicator } from '../../../shared/api/catalogue.ts';
import { FLAG_BELOW_N } from '../../../shared/api/analysis.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { seriesKey, sliceKey, type CubeData } from './cube.ts';
import { compareToExpected, fitRegression, type FitResult } from './regression.ts';

export interface Expected {
  value: number;
  lower: number;
  upper: number;
  verdict: 'better' | 'worse' | 'as_expected' | 'outside' | null;
  predictors: string[];
  organisersInModel: number;
  rSquared: number;
}

const backgroundKeys = (catalogue: CatalogueContent, schoolForm: SchoolForm) =>
  catalogue.conditions.filter((c) => c.category === 'background' && c.schoolForms.includes(schoolForm)).map((c) => c.key);

function valueOf(cube: CubeData, organiserId: string, schoolForm: SchoolForm, key: string, year: number): number | null {
  return cube.series.get(seriesKey(organiserId, schoolForm, key))?.find((r) => r.year === year)?.value ?? null;
}

function model(cube: CubeData, schoolForm: SchoolForm, indicatorKey: string, year: number, predictors: string[]): FitResult {
  const memoKey = `model|${schoolForm}|${indicatorKey}|${year}|${predictors.join(',')}`;
  const cached = cube.memo.get(memoKey) as FitResult | undefined;
  if (cached) return cached;
  const rows: { x: number[]; y: number; weight: number }[] = [];
  for (const row of cube.slices.get(sliceKey(schoolForm, indicatorKey, year)) ?? []) {
    if (row.value === null || row.n < FLAG_BELOW_N) continue;
    const x = predictors.map((p) => valueOf(cube, row.organiserId, schoolForm, p, year));
    if (x.some((v) => v === null)) continue;
    rows.push({ x: x as number[], y: row.value, weight: row.n });
  }
  const fitted = fitRegression({ rows, predictorNames: predictors });
  cube.memo.set(memoKey, fitted);
  return fitted;
}

export function expectedValue(cube: CubeData, catalogue: CatalogueContent, organiserId: string, schoolForm: SchoolForm,
  indicator: Indicator, year: number, actual: { value: number | null; n: number | null }): { expected: Expected | null; reason: string | null } {
  const predictors = backgroundKeys(catalogue, schoolForm);
  if (predictors.length === 0) return { expected: null, reason: 'Det finns inga bakgrundsmått för skolformen att jämföra med.' };
  const fitted = model(cube, schoolForm, indicator.key, year, predictors);
  if (!fitted.ok) {
    return { expected: null, reason: fitted.reason === 'too_few_rows' ? 'För få huvudmän med uppgifter för att beräkna ett förväntat värde.' : 'Modellen för förväntat värde kunde inte beräknas för indikatorn.' };
  }
  const x = predictors.map((p) => valueOf(cube, organiserId, schoolForm, p, year));
  if (x.some((v) => v === null)) return { expected: null, reason: 'Huvudmannens bakgrundsuppgifter saknas för året.' };
  // A small organiser's value varies more: its own number of pupils widens the interval.
  const prediction = fitted.model.predict(x as number[], 0.95, actual.n && actual.n > 0 ? actual.n : undefined);
  // A share cannot leave 0–100 %, whatever the interval's arithmetic says.
  if (indicator.unit === 'percent') {
    prediction.lower = Math.max(0, prediction.lower);
    prediction.upper = Math.min(100, prediction.upper);
  }
  return {
    expected: {
      ...prediction,
      verdict: actual.value === null ? null : compareToExpected(actual.value, prediction, indicator.direction),
      predictors,
      organisersInModel: fitted.model.n,
      rSquared: fitted.model.rSquared,
    },
    reason: null,
  };
}
