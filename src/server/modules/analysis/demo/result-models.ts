/**
 * Result indicators whose level depends on the pupils' background, with the effects the demo treats
 * as true. Sizes follow the pattern of Skolverket's SALSA model: parents' education dominates (about
 * 65 merit points per index point), recent arrival weighs heavily (about one merit point per percentage point), boys somewhat, and
 * foreign background little once the other two are known. Levels are set near the national figures.
 */
import { cohort, respondents, type FormYear } from './form-context.ts';
import type { MeasureModel } from './measure-model.ts';

const PERCENT = [0, 100] as const;
const finalCohort = (c: FormYear): number => (c.hasFinalGrade ? cohort(c) : 0);
const earlyCohort = (c: FormYear): number => (c.hasEarlyGrade ? cohort(c) : 0);
/** Pupils who started a national programme; graduates are about four in five of them. */
const graduates = (c: FormYear): number => 0.8 * cohort(c);
/** The smaller of the two parental-education groups whose difference is measured. */
const smallerGroup = (c: FormYear): number => 0.35 * finalCohort(c);

/** A result's level is a number, so that the exported intercept is exactly what the values were made with. */
export type ResultModel = MeasureModel & { base: number };

const share = (m: Omit<ResultModel, 'personSd' | 'range' | 'decimals'>): ResultModel =>
  ({ personSd: 'binomial', range: PERCENT, decimals: 1, ...m });

export const RESULT_MODELS: Record<string, ResultModel> = {
  'ind.gr.betyg-alla-amnen': share({
    base: 75.5, trendPerYear: 0.2, resource: 0.6, quality: 0.7, organiserSd: 3.5, yearSd: 1.5, n: finalCohort,
    effects: { 'cond.foraldrars-utbildning': 28, 'cond.andel-nyinvandrade': -0.7, 'cond.andel-pojkar': -0.15, 'cond.andel-utlandsk-bakgrund': -0.1 },
  }),
  'ind.gr.meritvarde': {
    base: 230, trendPerYear: 0.6, resource: 1.5, quality: 0.7, organiserSd: 6, yearSd: 2.5, personSd: 65, n: finalCohort,
    effects: { 'cond.foraldrars-utbildning': 65, 'cond.andel-nyinvandrade': -1, 'cond.andel-pojkar': -0.35, 'cond.andel-utlandsk-bakgrund': -0.15 },
    range: [150, 300], decimals: 1,
  },
  'ind.gr.behorighet-yrkesprogram': share({
    base: 85.5, trendPerYear: 0.1, resource: 0.5, quality: 0.7, organiserSd: 3, yearSd: 1.2, n: finalCohort,
    effects: { 'cond.foraldrars-utbildning': 20, 'cond.andel-nyinvandrade': -0.6, 'cond.andel-pojkar': -0.1, 'cond.andel-utlandsk-bakgrund': -0.1 },
  }),
  'ind.gr.meritvarde-foraldrar-skillnad': {
    base: 45, quality: -0.3, organiserSd: 6, yearSd: 3, personSd: 92, n: smallerGroup,
    effects: { 'cond.foraldrars-utbildning': 10, 'cond.andel-nyinvandrade': 0.6 },
    range: [0, 120], decimals: 1,
  },
  'ind.gr.behorighet-nyinvandrade': share({
    base: 35, trendPerYear: 1, quality: 0.5, organiserSd: 8, yearSd: 4,
    effects: { 'cond.foraldrars-utbildning': 12 },
    // Recent arrivals are over-represented in the last grades.
    n: (c) => (finalCohort(c) * 1.3 * c.background['cond.andel-nyinvandrade']) / 100,
  }),
  'ind.gr.lasforstaelse-ak3': share({
    base: 80, trendPerYear: -0.4, resource: 0.4, quality: 0.6, organiserSd: 4, yearSd: 2, n: earlyCohort,
    effects: { 'cond.foraldrars-utbildning': 15, 'cond.andel-nyinvandrade': -0.4, 'cond.andel-pojkar': -0.12, 'cond.andel-utlandsk-bakgrund': -0.08 },
  }),
  'ind.enkat.trygghet': share({
    base: 84, formShift: { gymnasieskola: 6, specialskola: 2, sameskola: 4 }, trendPerYear: -0.3, quality: 0.5,
    organiserSd: 3, yearSd: 1.5, n: respondents,
    effects: { 'cond.foraldrars-utbildning': 5, 'cond.andel-pojkar': 0.05 },
  }),
  'ind.enkat.studiero': share({
    base: 68, formShift: { gymnasieskola: 10 }, trendPerYear: -0.5, quality: 0.5, organiserSd: 5, yearSd: 2, n: respondents,
    effects: { 'cond.foraldrars-utbildning': 8, 'cond.andel-pojkar': -0.2 },
  }),
  'ind.enkat.elevinflytande': {
    base: 6.3, formShift: { gymnasieskola: -0.4 }, quality: 0.4, organiserSd: 0.35, yearSd: 0.15, personSd: 2, n: respondents,
    effects: { 'cond.foraldrars-utbildning': 0.4, 'cond.andel-pojkar': -0.01 },
    range: [0, 10], decimals: 1,
  },
  'ind.gy.examen-3ar': share({
    base: 68, trendPerYear: 0.3, resource: 0.8, quality: 0.7, organiserSd: 4, yearSd: 2, n: cohort,
    effects: { 'cond.foraldrars-utbildning': 30, 'cond.andel-nyinvandrade': -0.5, 'cond.andel-pojkar': -0.15, 'cond.andel-utlandsk-bakgrund': -0.05 },
  }),
  'ind.gy.examen-4ar': share({
    base: 74, trendPerYear: 0.3, resource: 0.8, quality: 0.7, organiserSd: 4, yearSd: 2, n: cohort,
    effects: { 'cond.foraldrars-utbildning': 27, 'cond.andel-nyinvandrade': -0.45, 'cond.andel-pojkar': -0.12, 'cond.andel-utlandsk-bakgrund': -0.05 },
  }),
  'ind.gy.betygspoang': {
    base: 14.3, trendPerYear: 0.05, resource: 0.05, quality: 0.6, organiserSd: 0.4, yearSd: 0.2, personSd: 2.5, n: graduates,
    effects: { 'cond.foraldrars-utbildning': 2, 'cond.andel-nyinvandrade': -0.02, 'cond.andel-pojkar': -0.03 },
    range: [10, 20], decimals: 1,
  },
  'ind.gy.hogskolebehorighet': share({
    base: 70, trendPerYear: 0.2, quality: 0.6, organiserSd: 5, yearSd: 2, n: graduates,
    effects: { 'cond.foraldrars-utbildning': 25, 'cond.andel-nyinvandrade': -0.6, 'cond.andel-pojkar': -0.25 },
  }),
  'ind.gy.introduktionsprogram-overgang': share({
    base: 22, quality: 0.4, organiserSd: 6, yearSd: 3,
    effects: { 'cond.foraldrars-utbildning': 5, 'cond.andel-nyinvandrade': -0.3 },
    // Municipalities run most introduction programmes; few independent schools offer them.
    n: (c) => c.pupils * (c.isMunicipal ? 0.07 : 0.015),
  }),
  'ind.gy.examen-foraldrar-skillnad': {
    base: 16, quality: -0.3, organiserSd: 4, yearSd: 2, personSd: 63, n: (c) => 0.35 * cohort(c),
    effects: { 'cond.foraldrars-utbildning': -4, 'cond.andel-nyinvandrade': 0.3 },
    range: PERCENT, decimals: 1,
  },
  'ind.gy.etablering': share({
    base: 72, trendPerYear: 0.2, quality: 0.3, organiserSd: 4, yearSd: 2, n: graduates,
    effects: { 'cond.foraldrars-utbildning': 8, 'cond.andel-nyinvandrade': -0.5, 'cond.andel-utlandsk-bakgrund': -0.05 },
  }),
  'ind.fsk.inskrivna-barn': share({
    base: 86, trendPerYear: 0.3, organiserSd: 3, yearSd: 1,
    effects: { 'cond.foraldrars-utbildning': 10 },
    // Children aged 1–5 registered in the municipality, of whom about 86 % are enrolled.
    n: (c) => c.pupils / 0.86,
    // Reported per municipality only; it cannot be broken down to an independent organiser.
    available: (c) => c.isMunicipal,
  }),
  'ind.fth.inskrivna': share({
    base: 83, organiserSd: 5, yearSd: 2, n: (c) => c.pupils,
    effects: { 'cond.foraldrars-utbildning': 12 },
  }),
};
