/**
 * How an organiser's forms grew over the years: the given children and pupils are the last year's,
 * earlier years are drawn back along a small growth rate; a share of small independent organisers
 * started during the period, so they lack their forms in the first years (reported as missing).
 */
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import type { Random } from '../../demo/random.ts';
import type { ValueOrganiser } from './value-types.ts';

export interface FormTimeline {
  schoolForm: SchoolForm;
  /** Children or pupils per year, in the order of the years given. */
  pupils: number[];
  units: number[];
  /** A grundskola with only F–6 has no year 9; one with only 7–9 has no year 3. */
  hasFinalGrade: boolean;
  hasEarlyGrade: boolean;
}

/** Typical children or pupils per unit, to estimate units when the caller does not give them. */
const UNIT_SIZE: Record<SchoolForm, number> = {
  forskola: 60, forskoleklass: 40, grundskola: 250, anpassad_grundskola: 25, specialskola: 100,
  sameskola: 25, gymnasieskola: 400, anpassad_gymnasieskola: 30, komvux: 1500, fritidshem: 100,
};
/** Share of small independent organisers that started during the five years. */
const LATE_START = 0.12;

/** Forms given more than once (e.g. one entry per unit) are added together. */
function mergeForms(organiser: ValueOrganiser) {
  const merged = new Map<SchoolForm, { childrenPupils: number; units: number | undefined }>();
  for (const f of organiser.schoolForms) {
    const prior = merged.get(f.schoolForm);
    const units = f.units === undefined && prior?.units === undefined ? undefined : (prior?.units ?? 0) + (f.units ?? 0);
    merged.set(f.schoolForm, { childrenPupils: (prior?.childrenPupils ?? 0) + f.childrenPupils, units });
  }
  return merged;
}

export function formTimelines(random: Random, organiser: ValueOrganiser, years: readonly number[]): FormTimeline[] {
  const lastYear = Math.max(...years);
  const forms = mergeForms(organiser);
  const total = [...forms.values()].reduce((s, f) => s + f.childrenPupils, 0);
  const municipal = organiser.kind === 'kommun';
  const growth = municipal ? 0.012 * random.normal() : 0.02 + 0.05 * random.normal();
  const startYear = !municipal && total < 200 && random.chance(LATE_START)
    ? years[random.int(1, years.length - 1)] ?? lastYear
    : Number.NEGATIVE_INFINITY;
  const timelines: FormTimeline[] = [];
  for (const [schoolForm, given] of [...forms].sort(([a], [b]) => a.localeCompare(b))) {
    const formGrowth = growth + 0.015 * random.normal();
    const lastUnits = given.units ?? Math.max(1, Math.round(given.childrenPupils / UNIT_SIZE[schoolForm]));
    const pupils = years.map((year) => {
      if (year < startYear || given.childrenPupils <= 0) return 0;
      if (year === lastYear) return given.childrenPupils;
      return Math.max(1, Math.round(given.childrenPupils * Math.exp(formGrowth * (year - lastYear) + 0.02 * random.normal())));
    });
    const units = pupils.map((p) => (p === 0 ? 0 : Math.max(1, Math.round((lastUnits * p) / given.childrenPupils))));
    const small = !municipal && schoolForm === 'grundskola' && given.childrenPupils < 300;
    const grades = small ? random.next() : 1;
    timelines.push({ schoolForm, pupils, units, hasFinalGrade: grades >= 0.3, hasEarlyGrade: grades < 0.3 || grades >= 0.38 });
  }
  return timelines;
}
