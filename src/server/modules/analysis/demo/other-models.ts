/**
 * Indicators that do not follow the pupils' background: staffing and group sizes (which follow the
 * organiser's resources and differ by kind of organiser), the special forms' results (too few
 * organisers for a background model) and komvux. Lower-is-better ratios fall as resources rise.
 */
import { cohort, staff, type FormYear } from './form-context.ts';
import type { MeasureModel } from './measure-model.ts';

const PERCENT = [0, 100] as const;
const pupils = (c: FormYear): number => c.pupils;

const share = (m: Omit<MeasureModel, 'personSd' | 'range' | 'decimals'>): MeasureModel =>
  ({ personSd: 'binomial', range: PERCENT, decimals: 1, ...m });

/** Anpassad grundskola pupils as a share of all the organiser's compulsory pupils: counted, not sampled. */
function adaptedShare(c: FormYear): number {
  const adapted = c.pupilsByForm.anpassad_grundskola ?? 0;
  const all = adapted + (c.pupilsByForm.grundskola ?? 0);
  return all === 0 ? 0 : (100 * adapted) / all;
}

export const OTHER_MODELS: Record<string, MeasureModel> = {
  'ind.fsk.forskollarare-legitimation': share({
    base: 40, independentShift: -10, trendPerYear: 0.6, resource: 3, organiserSd: 7, yearSd: 2, n: staff,
  }),
  'ind.fsk.barn-per-arsarbetare': {
    base: 5.1, independentShift: 0.2, trendPerYear: -0.03, resource: -0.25, organiserSd: 0.4, yearSd: 0.15,
    personSd: 3, n: pupils, range: [2, 12], decimals: 1,
  },
  'ind.fsk.barngruppsstorlek': {
    base: 15.2, independentShift: -0.5, trendPerYear: -0.1, resource: -0.6, organiserSd: 1.5, yearSd: 0.5,
    personSd: 12, n: pupils, range: [4, 30], decimals: 1,
  },
  'ind.fkl.legitimerade-larare': share({
    base: 74, independentShift: -8, trendPerYear: 0.3, resource: 3, organiserSd: 7, yearSd: 3, n: staff,
  }),
  'ind.fkl.elever-per-larare': {
    base: 15.5, independentShift: -1, resource: -0.8, organiserSd: 1.8, yearSd: 0.6,
    personSd: 12, n: pupils, range: [4, 35], decimals: 1,
  },
  'ind.fth.personal-examen': share({
    base: 38, independentShift: -8, trendPerYear: 0.3, resource: 3, organiserSd: 8, yearSd: 3, n: staff,
  }),
  'ind.fth.elever-per-arsarbetare': {
    base: 12.5, independentShift: -0.5, trendPerYear: 0.1, resource: -0.7, organiserSd: 1.8, yearSd: 0.6,
    personSd: 15, n: pupils, range: [3, 40], decimals: 1,
  },
  'ind.fth.elevgruppsstorlek': {
    base: 38, independentShift: -4, resource: -1.5, organiserSd: 6, yearSd: 2,
    personSd: 40, n: pupils, range: [5, 100], decimals: 1,
  },
  'ind.personal.specialpedagogisk-examen': share({
    base: 35, formShift: { specialskola: 15, anpassad_gymnasieskola: -5 }, resource: 3, organiserSd: 10, yearSd: 3, n: staff,
  }),
  'ind.gran.andel-elever': {
    base: adaptedShare, organiserSd: 0, yearSd: 0, personSd: 0, n: pupils, range: PERCENT, decimals: 1,
  },
  'ind.sp.betyg-alla-amnen': share({ base: 45, organiserSd: 5, yearSd: 5, n: cohort }),
  'ind.sp.behorighet': share({ base: 40, organiserSd: 5, yearSd: 5, n: cohort }),
  'ind.sam.betyg-ak6': share({ base: 82, organiserSd: 5, yearSd: 4, n: cohort }),
  'ind.gyan.gymnasiebevis': share({ base: 78, quality: 0.5, organiserSd: 8, yearSd: 3, n: cohort }),
  'ind.gyan.sysselsattning': share({ base: 55, quality: 0.3, organiserSd: 10, yearSd: 3, n: cohort }),
  // Komvux counts: sfi starters, course participants (several per student) and vocational leavers.
  'ind.vux.sfi-progression': share({ base: 45, quality: 0.5, organiserSd: 8, yearSd: 3, n: (c) => 0.25 * c.pupils }),
  'ind.vux.avbrott': share({ base: 13, quality: -0.5, resource: -1, organiserSd: 3, yearSd: 1, n: (c) => 3 * c.pupils }),
  'ind.vux.kurs-godkand': share({ base: 72, quality: 0.5, resource: 1, organiserSd: 5, yearSd: 2, n: (c) => 2 * c.pupils }),
  'ind.vux.etablering': share({ base: 66, quality: 0.3, organiserSd: 6, yearSd: 2, n: (c) => 0.15 * c.pupils }),
};
