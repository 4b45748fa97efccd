/**
 * One measure's generating model and its evaluation. A value is
 *   mean(background, year) + organiser effect + organiser-year shock + sampling noise / √n,
 * clamped to the measure's range and rounded like the published figure. The background part is the
 * known truth the expected-value regression should recover; everything else is independent of it.
 */
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import type { Random } from '../../demo/random.ts';
import { BACKGROUND_KEYS, DEMO_BACKGROUND_REFERENCE, DEMO_REFERENCE_YEAR, type Background, type FormYear } from './form-context.ts';

export interface MeasureModel {
  /** Mean at the reference background in the reference year, for a municipal organiser. */
  base: number | ((c: FormYear) => number);
  /** Added in school forms other than the one the measure is named for (e.g. surveys in gymnasieskola). */
  formShift?: Partial<Record<SchoolForm, number>>;
  /** Added for all but municipalities: staffing differs by kind of organiser; results do not. */
  independentShift?: number;
  /** The true effect of one unit (index point or percentage point) of each background measure. */
  effects?: Partial<Background>;
  trendPerYear?: number;
  /** Effect of one standard deviation of the organiser's resource level. */
  resource?: number;
  /** Correlation of the organiser effect with the organiser's shared quality in the form (signed). */
  quality?: number;
  /** Standard deviation of the persistent organiser effect. */
  organiserSd: number;
  /** Standard deviation of the organiser's year-to-year shock. */
  yearSd: number;
  /** Spread of one child's or pupil's contribution; 'binomial' for a share in percent. */
  personSd: number | 'binomial';
  /** When true, trend, resource and the standard deviations are fractions of the mean (costs, ratios). */
  relative?: boolean;
  /** The number of children, pupils or staff behind the value. */
  n: (c: FormYear) => number;
  range: readonly [number, number];
  /** Decimals of the published figure; -2 rounds to hundreds. */
  decimals: number;
  /** False where the source does not report the measure for this organiser: the value is missing. */
  available?: (c: FormYear) => boolean;
}

/** The persistent draws of one organiser × form × measure, made once for all years. */
export interface ModelState { organiserEffect: number }

export function initialState(model: MeasureModel, random: Random, quality: number): ModelState {
  const rho = model.quality ?? 0;
  const own = random.normal();
  return { organiserEffect: model.organiserSd * (rho * quality + Math.sqrt(1 - rho * rho) * own) };
}

export function meanOf(model: MeasureModel, c: FormYear): number {
  let mean = typeof model.base === 'number' ? model.base : model.base(c);
  mean += model.formShift?.[c.schoolForm] ?? 0;
  if (!c.isMunicipal) mean += model.independentShift ?? 0;
  for (const key of BACKGROUND_KEYS) {
    const effect = model.effects?.[key];
    if (effect) mean += effect * (c.background[key] - DEMO_BACKGROUND_REFERENCE[key]);
  }
  return mean;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Draws a value; always consumes the same random numbers, so suppression never shifts later years. */
export function drawValue(model: MeasureModel, state: ModelState, random: Random, c: FormYear, n: number): number {
  const yearShock = model.yearSd * random.normal();
  const sampling = random.normal();
  const t = c.year - DEMO_REFERENCE_YEAR;
  const drift = (model.trendPerYear ?? 0) * t + (model.resource ?? 0) * c.resource + state.organiserEffect + yearShock;
  const base = meanOf(model, c);
  const expected = model.relative ? base * (1 + drift) : base + drift;
  const perPerson = model.personSd === 'binomial'
    ? 100 * Math.sqrt(clamp(expected / 100, 0.01, 0.99) * (1 - clamp(expected / 100, 0.01, 0.99)))
    : model.relative ? model.personSd * expected : model.personSd;
  const value = clamp(expected + (perPerson / Math.sqrt(Math.max(n, 1))) * sampling, model.range[0], model.range[1]);
  // Negative decimals round to tens or hundreds (kronor); dividing by a power of ten keeps that exact.
  if (model.decimals < 0) return Math.round(value / 10 ** -model.decimals) * 10 ** -model.decimals;
  const scale = 10 ** model.decimals;
  return Math.round(value * scale) / scale;
}
