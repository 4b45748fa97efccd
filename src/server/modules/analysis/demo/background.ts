/**
 * Background conditions (parents' education, newly arrived, boys, foreign background): first a
 * profile per municipality, then each organiser's stable level around it, then the values reported
 * per school form and year with a little drift and the sampling noise of a small pupil group.
 */
import { isPublicKind } from '../../../../shared/organiser.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import type { Random } from '../../demo/random.ts';
import { FORM_PROFILES, type Background } from './form-context.ts';
import type { ValueOrganiser } from './value-types.ts';

export interface MunicipalityProfile { education: number; newlyArrived: number; foreign: number }

/**
 * Commuter and university municipalities where parents' education is well above the mean, and
 * industrial or rural ones well below; the rest follow size and chance.
 */
const EDUCATION_SHIFT: Record<string, number> = {
  '0162': 0.42, '0186': 0.32, '0160': 0.28, '0187': 0.28, '0182': 0.22, '0163': 0.18, '0125': 0.18,
  '0180': 0.18, '0380': 0.18, '1281': 0.32, '1262': 0.32, '1233': 0.26, '1230': 0.14, '1384': 0.14,
  '1401': 0.18, '1402': 0.1, '0580': 0.12, '2480': 0.18,
  '0127': -0.14, '0181': -0.12, '1782': -0.22, '1864': -0.22, '1275': -0.18, '1260': -0.18, '1277': -0.18,
  '2583': -0.12, '1282': -0.1, '0860': -0.12, '1060': -0.14, '2104': -0.16, '1982': -0.14, '0428': -0.14, '1962': -0.16,
};
/** Where many pupils have a foreign background beyond what recent arrivals explain. */
const FOREIGN_SHIFT: Record<string, number> = {
  '1280': 25, '0127': 32, '0181': 28, '1480': 10, '0180': 8, '0191': 14, '1282': 12, '0484': 8, '2081': 6,
};

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals;

/** Bigger municipalities are more urban: more educated parents and more pupils with a foreign background. */
export function municipalityProfiles(random: Random, organisers: ValueOrganiser[]): Map<string, MunicipalityProfile> {
  const sizes = new Map<string, number>();
  for (const o of organisers) {
    const pupils = o.schoolForms.reduce((s, f) => s + f.childrenPupils, 0);
    sizes.set(o.municipalityCode, (sizes.get(o.municipalityCode) ?? 0) + pupils);
  }
  const profiles = new Map<string, MunicipalityProfile>();
  for (const [code, size] of sizes) {
    const r = random.fork(code);
    const urban = Math.log10(Math.max(size, 300) / 3000);
    const education = clamp(2.14 + 0.07 * urban + (EDUCATION_SHIFT[code] ?? 0) + 0.06 * r.normal(), 1.7, 2.8);
    const newlyArrived = clamp(3.5 * Math.exp(0.45 * r.normal() - 1.8 * (education - 2.2)), 0.5, 25);
    const foreign = clamp(8 + 2.2 * newlyArrived + 5 * urban + (FOREIGN_SHIFT[code] ?? 0) + 5 * r.normal(), 2, 85);
    profiles.set(code, { education, newlyArrived, foreign });
  }
  return profiles;
}

export interface OrganiserBackground { education: number; newlyArrived: number; foreign: number; boysShift: number }

/**
 * A municipality serves everyone, so its pupils mirror the municipality; an independent organiser
 * draws a selection, more often of educated parents, and the smaller it is the further its intake
 * can be from the local mean.
 */
export function organiserBackground(random: Random, organiser: ValueOrganiser, m: MunicipalityProfile): OrganiserBackground {
  const size = organiser.schoolForms.reduce((s, f) => s + f.childrenPupils, 0);
  if (organiser.kind === 'kommun') {
    return {
      education: clamp(m.education - 0.02 + 0.015 * random.normal(), 1.2, 2.95),
      newlyArrived: m.newlyArrived * Math.exp(0.05 + 0.1 * random.normal()),
      foreign: clamp(m.foreign + 2 * random.normal(), 0, 98),
      boysShift: 0.4 * random.normal(),
    };
  }
  const spread = size < 100 ? 0.25 : size < 1000 ? 0.16 : 0.09;
  const shift = isPublicKind(organiser.kind) ? 0 : 0.1;
  const newlyArrived = clamp(m.newlyArrived * Math.exp(-0.3 + 0.8 * random.normal()), 0, 60);
  return {
    education: clamp(m.education + shift + spread * random.normal(), 1.2, 2.95),
    newlyArrived,
    foreign: clamp(m.foreign + 1.5 * (newlyArrived - m.newlyArrived) + 12 * random.normal(), 0, 98),
    boysShift: (size < 100 ? 4 : 1.5) * random.normal(),
  };
}

/** Parents of young children are a little more educated; upper secondary takes in more recent arrivals. */
const FORM_EDUCATION: Partial<Record<SchoolForm, number>> = { forskola: 0.04, fritidshem: 0.03, gymnasieskola: -0.03 };
const FORM_NEWLY_ARRIVED: Partial<Record<SchoolForm, number>> = { forskola: 0.6, forskoleklass: 0.7, gymnasieskola: 1.5 };
/** Fewer pupils arrived each year after 2020 (relative change per year). */
const NEWLY_ARRIVED_TREND = -0.06;

/** Standard error of a share (in percent) measured on n pupils. */
const shareNoise = (percent: number, n: number): number => {
  const p = clamp(percent / 100, 0.01, 0.99);
  return 100 * Math.sqrt((p * (1 - p)) / Math.max(n, 1));
};

/** The background reported for one school form, one entry per year (0 pupils: the stable level). */
export function backgroundSeries(random: Random, o: OrganiserBackground, schoolForm: SchoolForm,
  pupilsByYear: readonly number[], yearOffsets: readonly number[]): Background[] {
  const education = o.education + (FORM_EDUCATION[schoolForm] ?? 0) + 0.03 * random.normal();
  const newlyArrived = o.newlyArrived * (FORM_NEWLY_ARRIVED[schoolForm] ?? 1);
  const foreign = o.foreign + (schoolForm === 'gymnasieskola' ? 2 : 0);
  const boys = FORM_PROFILES[schoolForm].boys + o.boysShift + random.normal();
  let walk = 0;
  return pupilsByYear.map((pupils, i) => {
    walk += 0.012 * random.normal();
    const offset = yearOffsets[i] ?? 0;
    const n = Math.max(pupils, 1);
    const newly = clamp(newlyArrived * (1 + NEWLY_ARRIVED_TREND) ** offset * Math.exp(0.1 * random.normal()), 0, 100);
    const foreignY = clamp(foreign + 0.4 * offset + 0.6 * random.normal(), 0, 100);
    return {
      'cond.foraldrars-utbildning': round(clamp(education + walk + (0.45 / Math.sqrt(n)) * random.normal(), 1, 3), 2),
      'cond.andel-nyinvandrade': round(clamp(newly + shareNoise(newly, n) * random.normal(), 0, 100), 1),
      'cond.andel-pojkar': round(clamp(boys + shareNoise(boys, n) * random.normal(), 0, 100), 1),
      'cond.andel-utlandsk-bakgrund': round(clamp(foreignY + shareNoise(foreignY, n) * random.normal(), 0, 100), 1),
    };
  });
}
