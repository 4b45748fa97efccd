/**
 * Economy, staff and organisation conditions. Costs and staffing follow the organiser's resource
 * level (so that better-resourced organisers cost more per pupil, have fewer pupils per teacher and
 * more certified teachers), differ mildly by kind and are higher per pupil where the form is small.
 * The background conditions are not here: they come from background.ts, because the result models
 * depend on exactly those values.
 */
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { FORM_PROFILES, staff, type FormYear } from './form-context.ts';
import type { MeasureModel } from './measure-model.ts';

/** Yearly cost per child or pupil (SEK) for a municipal organiser of average size, around 2022. */
const COST_PER_PUPIL: Record<SchoolForm, number> = {
  forskola: 160_000, forskoleklass: 65_000, grundskola: 120_000, anpassad_grundskola: 600_000,
  specialskola: 1_100_000, sameskola: 200_000, gymnasieskola: 130_000, anpassad_gymnasieskola: 480_000,
  komvux: 60_000, fritidshem: 45_000,
};
/** Share of teachers with a licence and a subject qualification, for a municipal organiser. */
const CERTIFIED: Record<SchoolForm, number> = {
  forskola: 40, forskoleklass: 74, grundskola: 74, anpassad_grundskola: 62, specialskola: 72, sameskola: 75,
  gymnasieskola: 82, anpassad_gymnasieskola: 70, komvux: 78, fritidshem: 38,
};

/** Fixed costs weigh more per pupil where a form is small. */
const smallness = (c: FormYear): number => 1 + 0.08 * Math.max(0, Math.log10(2000 / Math.max(c.pupils, 1)));

const cost: MeasureModel = {
  base: (c) => COST_PER_PUPIL[c.schoolForm] * smallness(c) * (c.isMunicipal ? 1 : 0.95),
  relative: true, trendPerYear: 0.03, resource: 0.06, organiserSd: 0.07, yearSd: 0.02, personSd: 0,
  n: (c) => c.pupils, range: [1000, 10_000_000], decimals: -2,
};

export const CONDITION_MODELS: Record<string, MeasureModel> = {
  'cond.kostnad-per-barn': cost,
  'cond.kostnad-per-elev': cost,
  'cond.kostnad-per-heltidsstuderande': cost,
  'cond.barn-per-forskollarare': {
    base: 12.5, independentShift: 3, trendPerYear: -0.1, resource: -1.2, organiserSd: 2, yearSd: 0.5,
    personSd: 20, n: (c) => c.pupils, range: [3, 60], decimals: 1,
  },
  'cond.elever-per-larare': {
    base: (c) => FORM_PROFILES[c.schoolForm].perStaff * (c.isMunicipal ? 1 : 1.06),
    relative: true, resource: -0.05, organiserSd: 0.08, yearSd: 0.02, personSd: 0.6,
    n: (c) => c.pupils, range: [1, 60], decimals: 1,
  },
  'cond.andel-legitimerade-larare': {
    base: (c) => CERTIFIED[c.schoolForm], independentShift: -8, trendPerYear: 0.3, resource: 3, organiserSd: 5, yearSd: 1.5,
    personSd: 'binomial', n: staff, range: [0, 100], decimals: 1,
  },
  'cond.andel-forskollararexamen': {
    base: 42, independentShift: -10, trendPerYear: 0.3, resource: 3, organiserSd: 6, yearSd: 1.5,
    personSd: 'binomial', n: staff, range: [0, 100], decimals: 1,
  },
  'cond.antal-barn-elever': {
    base: (c) => c.pupils, organiserSd: 0, yearSd: 0, personSd: 0, n: (c) => c.pupils, range: [0, 10_000_000], decimals: 0,
  },
  'cond.antal-enheter': {
    base: (c) => c.units, organiserSd: 0, yearSd: 0, personSd: 0, n: (c) => c.pupils, range: [0, 100_000], decimals: 0,
  },
};
