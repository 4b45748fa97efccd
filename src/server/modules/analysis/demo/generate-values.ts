/**
 * Five years of demo values for every organiser: the catalogue's conditions measures and indicators
 * per school form and year, with the number of children or pupils behind each value and the
 * statistics database's markers (`.` missing, `..` confidential below 10). Pure and deterministic:
 * the same seed, organisers and catalogue give the same values in any order of the organisers. Each
 * organiser × form × measure draws from its own random stream, so adding a measure to the catalogue
 * leaves the other values unchanged (adding organisers can shift their municipality's profile).
 * National and group figures are not generated; the server computes them from these rows.
 */
import type { CatalogueContent } from '../../../../shared/api/catalogue.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { createRandom, type Random } from '../../demo/random.ts';
import { backgroundSeries, municipalityProfiles, organiserBackground, type MunicipalityProfile } from './background.ts';
import { BACKGROUND_KEYS, DEMO_REFERENCE_YEAR, type BackgroundKey, type FormYear } from './form-context.ts';
import { drawValue, initialState, type MeasureModel } from './measure-model.ts';
import { conditionModel, indicatorModel } from './models.ts';
import { formTimelines } from './timeline.ts';
import type { DemoConditionValue, DemoIndicatorValue, ValueOrganiser, ValueStatus } from './value-types.ts';

export type { DemoConditionValue, DemoIndicatorValue, ValueOrganiser, ValueOrganiserForm, ValueStatus } from './value-types.ts';
export { DEMO_TRUE_EFFECTS, type TrueEffect } from './models.ts';
export { BACKGROUND_KEYS, DEMO_BACKGROUND_REFERENCE, DEMO_REFERENCE_YEAR, type BackgroundKey } from './form-context.ts';

/** Autumn year of each school year, as the statistics database counts time (2024 = 2024/25). */
export const DEMO_VALUE_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024];
/** Values below this many children or pupils are confidential (`..`), as in the statistics database. */
export const CONFIDENTIAL_BELOW_N = 10;
/** Share of values that are simply missing (`.`): a report not made or not received. */
const MISSING_SHARE = 0.01;
const NATIONAL_PROFILE: MunicipalityProfile = { education: 2.2, newlyArrived: 4, foreign: 25 };

interface Cell { value: number | null; n: number; status: ValueStatus }

const isBackground = (key: string): key is BackgroundKey => (BACKGROUND_KEYS as readonly string[]).includes(key);

/**
 * One measure's values over the years. n = 0 means there is nothing to report (the form, grade or
 * group is absent, or the source does not cover the organiser): missing. Below 10: confidential.
 * Random numbers are drawn for every year whatever the outcome, so the years stay independent.
 */
function cells(model: MeasureModel, random: Random, quality: number, contexts: FormYear[],
  counts: (c: FormYear) => { rowN: number; noiseN: number }, confidential: boolean): Cell[] {
  const state = initialState(model, random, quality);
  return contexts.map((c) => {
    const { rowN, noiseN } = counts(c);
    const value = drawValue(model, state, random, c, noiseN);
    const missing = random.chance(MISSING_SHARE);
    if (c.pupils === 0 || rowN === 0 || (model.available && !model.available(c))) return { value: null, n: 0, status: '.' };
    if (confidential && rowN < CONFIDENTIAL_BELOW_N) return { value: null, n: rowN, status: '..' };
    if (missing) return { value: null, n: rowN, status: '.' };
    return { value, n: rowN, status: null };
  });
}

/** The reported background is the value itself: the result models were computed from exactly it. */
const reportedBackground = (key: BackgroundKey): MeasureModel => ({
  base: (c) => c.background[key], organiserSd: 0, yearSd: 0, personSd: 0, n: (c) => c.pupils, range: [0, 100], decimals: 2,
});

function byForm<T extends { schoolForms: SchoolForm[] }>(items: T[]): Map<SchoolForm, T[]> {
  const map = new Map<SchoolForm, T[]>();
  for (const item of items) for (const form of item.schoolForms) (map.get(form) ?? map.set(form, []).get(form)!).push(item);
  return map;
}

export function generateDemoValues(options: {
  seed: number; organisers: ValueOrganiser[]; catalogue: CatalogueContent; years?: readonly number[];
}): { conditions: DemoConditionValue[]; indicators: DemoIndicatorValue[] } {
  const years = [...new Set(options.years ?? DEMO_VALUE_YEARS)].sort((a, b) => a - b);
  const root = createRandom(options.seed);
  const profiles = municipalityProfiles(root.fork('municipalities'), options.organisers);
  const indicatorsByForm = byForm(options.catalogue.indicators);
  const conditionsByForm = byForm(options.catalogue.conditions);
  const conditions: DemoConditionValue[] = [];
  const indicators: DemoIndicatorValue[] = [];
  if (years.length === 0) return { conditions, indicators };

  for (const organiser of options.organisers) {
    const random = root.fork(`organiser|${organiser.key}`);
    const background = organiserBackground(random.fork('background'), organiser,
      profiles.get(organiser.municipalityCode) ?? NATIONAL_PROFILE);
    const resource = random.fork('resource').normal();
    const timelines = formTimelines(random.fork('timeline'), organiser, years);
    const pupilsByForm = years.map((_, i) => Object.fromEntries(timelines.map((t) => [t.schoolForm, t.pupils[i] ?? 0])));

    for (const t of timelines) {
      const formRandom = random.fork(`form|${t.schoolForm}`);
      const reported = backgroundSeries(formRandom.fork('background'), background, t.schoolForm, t.pupils,
        years.map((y) => y - DEMO_REFERENCE_YEAR));
      const quality = formRandom.fork('quality').normal();
      const contexts: FormYear[] = years.map((year, i) => ({
        kind: organiser.kind, isMunicipal: organiser.kind === 'kommun', schoolForm: t.schoolForm, year,
        pupils: t.pupils[i] ?? 0, pupilsByForm: pupilsByForm[i] ?? {}, units: t.units[i] ?? 0,
        background: reported[i]!, resource, hasFinalGrade: t.hasFinalGrade, hasEarlyGrade: t.hasEarlyGrade,
      }));
      const base = { organiserKey: organiser.key, schoolForm: t.schoolForm };

      for (const measure of conditionsByForm.get(t.schoolForm) ?? []) {
        const model = isBackground(measure.key) ? reportedBackground(measure.key) : conditionModel(measure.key, measure.unit);
        // Background measures describe the pupils, so few pupils make them confidential; costs and staffing do not.
        const made = cells(model, formRandom.fork(measure.key), quality, contexts,
          (c) => ({ rowN: c.pupils, noiseN: model.n(c) }), measure.category === 'background');
        made.forEach((cell, i) => conditions.push({ ...base, conditionKey: measure.key, year: years[i]!, ...cell }));
      }
      for (const indicator of indicatorsByForm.get(t.schoolForm) ?? []) {
        const model = indicatorModel(indicator.key, indicator.unit);
        const made = cells(model, formRandom.fork(indicator.key), quality, contexts, (c) => {
          const n = Math.round(model.n(c));
          return { rowN: n, noiseN: n };
        }, true);
        made.forEach((cell, i) => indicators.push({ ...base, indicatorKey: indicator.key, year: years[i]!, ...cell }));
      }
    }
  }
  return { conditions, indicators };
}
