/**
 * Legal form, profile (which school forms), size and home municipality of the private organisers.
 * Counts come from a fixed table of legal form × profile so that the legal-form shares and the share
 * of single-form organisers hold exactly for every seed; which organiser gets which cell is random.
 */
import type { OrganiserKind } from '../../../shared/organiser.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { quotas } from './allocation.ts';
import type { Random } from './random.ts';

export const PRIVATE_PROFILES = ['preschool', 'school', 'school_only', 'upper', 'upper_adapted', 'chain'] as const;
/**
 * preschool: förskola only; school: förskoleklass + grundskola (+ förskola, anpassad grundskola);
 * school_only: grundskola alone (e.g. years 7–9); upper: gymnasieskola only; upper_adapted: with
 * anpassad gymnasieskola; chain: förskola to gymnasieskola.
 */
export type PrivateProfile = (typeof PRIVATE_PROFILES)[number];
type PrivateKind = Exclude<OrganiserKind, 'kommun' | 'region' | 'stat'>;

/**
 * Organisers per legal form and profile for the full country (2,492 private organisers). With the
 * 290 municipalities, six regions and two state organisers this gives 2,790 organisers: ekonomisk
 * förening 35.0 %, aktiebolag 34.0 %, ideell förening 11.0 %, and 61.4 % with a single school form,
 * four in five of them förskola only.
 */
const TABLE: Record<PrivateKind, Record<PrivateProfile, number>> = {
  ekonomisk_forening: { preschool: 820, school: 140, school_only: 16, upper: 0, upper_adapted: 0, chain: 0 },
  aktiebolag: { preschool: 290, school: 310, school_only: 70, upper: 180, upper_adapted: 35, chain: 64 },
  ideell_forening: { preschool: 135, school: 135, school_only: 25, upper: 12, upper_adapted: 0, chain: 0 },
  stiftelse: { preschool: 30, school: 50, school_only: 10, upper: 20, upper_adapted: 0, chain: 0 },
  trossamfund: { preschool: 25, school: 30, school_only: 5, upper: 0, upper_adapted: 0, chain: 0 },
  ovrig: { preschool: 60, school: 20, school_only: 5, upper: 5, upper_adapted: 0, chain: 0 },
};

/** How strongly a profile tends to large organisers (log scale); preschools are mostly tiny. */
const SIZE_PROPENSITY: Record<PrivateProfile, number> = {
  preschool: 0, school: 1.3, school_only: 0.9, upper: 1.3, upper_adapted: 1.7, chain: 3.2,
};
/** Large private organisers are nearly always companies; partnerships and co-operatives stay small. */
const KIND_PROPENSITY: Record<PrivateKind, number> = {
  aktiebolag: 0.5, ekonomisk_forening: -0.4, ideell_forening: 0, stiftelse: 0, trossamfund: -0.4, ovrig: -0.8,
};
/** Preschool groups: a few förskola-only organisers that run dozens of preschools. */
const PRESCHOOL_GROUPS_290 = 6;

export interface PrivatePlan {
  kind: PrivateKind;
  profile: PrivateProfile;
  /** Higher means bigger; used to rank organisers into size classes. */
  propensity: number;
  schoolForms: SchoolForm[];
}

function formsFor(random: Random, profile: PrivateProfile): SchoolForm[] {
  switch (profile) {
    case 'preschool':
      return ['forskola'];
    case 'school_only':
      return random.chance(0.5) ? ['grundskola', 'fritidshem'] : ['grundskola'];
    case 'school': {
      const forms: SchoolForm[] = ['forskoleklass', 'grundskola', 'fritidshem'];
      if (random.chance(0.35)) forms.unshift('forskola');
      if (random.chance(0.15)) forms.push('anpassad_grundskola');
      return forms;
    }
    case 'upper':
      return ['gymnasieskola'];
    case 'upper_adapted':
      return ['gymnasieskola', 'anpassad_gymnasieskola'];
    case 'chain': {
      const forms: SchoolForm[] = ['forskola', 'forskoleklass', 'grundskola', 'fritidshem', 'gymnasieskola'];
      if (random.chance(0.5)) forms.push('anpassad_grundskola');
      if (random.chance(0.4)) forms.push('anpassad_gymnasieskola');
      return forms;
    }
  }
}

/** The private organisers for a country of `municipalityCount` municipalities (290 is the real one). */
export function planPrivateOrganisers(random: Random, municipalityCount: number): PrivatePlan[] {
  const cells = Object.entries(TABLE).flatMap(([kind, row]) =>
    Object.entries(row).map(([profile, count]) => ({ kind: kind as PrivateKind, profile: profile as PrivateProfile, count })));
  const full = cells.reduce((s, c) => s + c.count, 0);
  const target = Math.round((full * municipalityCount) / 290);
  const counts = quotas(target, cells.map((c) => c.count));
  const plans: PrivatePlan[] = [];
  cells.forEach((cell, i) => {
    for (let k = 0; k < (counts[i] ?? 0); k++) {
      plans.push({
        kind: cell.kind,
        profile: cell.profile,
        propensity: SIZE_PROPENSITY[cell.profile] + KIND_PROPENSITY[cell.kind] + 0.9 * random.normal(),
        schoolForms: formsFor(random, cell.profile),
      });
    }
  });
  const preschools = random.shuffle(plans.filter((p) => p.profile === 'preschool' && p.kind === 'aktiebolag'));
  for (const group of preschools.slice(0, Math.round((PRESCHOOL_GROUPS_290 * municipalityCount) / 290))) group.propensity += 2.5;
  return random.shuffle(plans);
}
