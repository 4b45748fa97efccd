/**
 * Which model generates each catalogue measure, and the true background effects the demo values
 * were made with. A catalogue edited after the demo was written can name measures the demo does not
 * know; those get a plain model by unit, so every measure in the catalogue still has values.
 */
import type { CatalogueContent } from '../../../../shared/api/catalogue.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { CONDITION_MODELS } from './condition-models.ts';
import type { Background } from './form-context.ts';
import type { MeasureModel } from './measure-model.ts';
import { OTHER_MODELS } from './other-models.ts';
import { RESULT_MODELS } from './result-models.ts';

type Unit = CatalogueContent['indicators'][number]['unit'];

const FALLBACK: Record<Unit, MeasureModel> = {
  percent: { base: 70, organiserSd: 8, yearSd: 2, personSd: 'binomial', n: (c) => c.pupils, range: [0, 100], decimals: 1 },
  points: { base: 50, organiserSd: 5, yearSd: 2, personSd: 20, n: (c) => c.pupils, range: [0, 1000], decimals: 1 },
  index: { base: 5, organiserSd: 0.8, yearSd: 0.2, personSd: 2, n: (c) => c.pupils, range: [0, 10], decimals: 1 },
  ratio: { base: 10, organiserSd: 1.5, yearSd: 0.5, personSd: 10, n: (c) => c.pupils, range: [0.5, 100], decimals: 1 },
  count: { base: 20, organiserSd: 4, yearSd: 1, personSd: 20, n: (c) => c.pupils, range: [0, 100_000], decimals: 0 },
  sek: {
    base: 100_000, relative: true, trendPerYear: 0.03, organiserSd: 0.08, yearSd: 0.02, personSd: 0,
    n: (c) => c.pupils, range: [0, 10_000_000], decimals: -2,
  },
};

export function indicatorModel(key: string, unit: Unit): MeasureModel {
  return RESULT_MODELS[key] ?? OTHER_MODELS[key] ?? FALLBACK[unit];
}

export function conditionModel(key: string, unit: Unit): MeasureModel {
  return CONDITION_MODELS[key] ?? FALLBACK[unit];
}

export interface TrueEffect {
  /** Change in the indicator per unit of each background measure: per index point or percentage point. */
  coefficients: Partial<Background>;
  /**
   * The mean at DEMO_BACKGROUND_REFERENCE in DEMO_REFERENCE_YEAR for an average organiser, in the
   * form the indicator is named for; `formShift` is added in other forms.
   */
  intercept: number;
  formShift: Partial<Record<SchoolForm, number>>;
  trendPerYear: number;
}

/**
 * The known effects of the background on each result indicator, per indicator key. The rest of a
 * value (organiser effect, yearly shock, sampling noise) is independent of the background, so a
 * regression on the reported background measures should recover these coefficients — up to the
 * clamping of values at their range, which is rare for organisers with enough pupils.
 */
export const DEMO_TRUE_EFFECTS: Readonly<Record<string, TrueEffect>> = Object.fromEntries(
  Object.entries(RESULT_MODELS).map(([key, m]) => [key, {
    coefficients: { ...m.effects },
    intercept: m.base,
    formShift: { ...m.formShift },
    trendPerYear: m.trendPerYear ?? 0,
  }]),
);
