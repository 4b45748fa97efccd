/**
 * The public organisers that are not municipalities: a few regions running naturbruk upper secondary
 * schools, the National Agency for Special Needs Education and Schools (SPSM), which runs the
 * specialskola, and the Sami School Board, which runs the sameskola. Their units sit in fixed
 * municipalities rather than being spread by size.
 */
import { splitInteger, unevenWeights } from './allocation.ts';
import type { OrganiserKind } from '../../../shared/organiser.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Random } from './random.ts';
import type { DemoMunicipality } from './types.ts';

export interface FixedUnit {
  name: string;
  municipalityCode: string;
  /** Children and pupils per school form in this unit. */
  forms: Partial<Record<SchoolForm, number>>;
}

export interface FixedOrganiser {
  key: string;
  name: string;
  kind: OrganiserKind;
  municipalityCode: string;
  units: FixedUnit[];
}

const REGIONS = [
  { key: 'region-14', county: '14', name: 'Västra Götalandsregionen', seat: '1487', pupils: 2300, units: 5, adapted: true },
  { key: 'region-12', county: '12', name: 'Region Skåne', seat: '1290', pupils: 1200, units: 3, adapted: true },
  { key: 'region-06', county: '06', name: 'Region Jönköpings län', seat: '0680', pupils: 650, units: 2, adapted: false },
  { key: 'region-13', county: '13', name: 'Region Halland', seat: '1380', pupils: 420, units: 1, adapted: false },
  { key: 'region-05', county: '05', name: 'Region Östergötland', seat: '0580', pupils: 300, units: 1, adapted: false },
  { key: 'region-08', county: '08', name: 'Region Kalmar län', seat: '0880', pupils: 380, units: 1, adapted: false },
] as const;

/** SPSM's specialskolor: [municipality, pupils in specialskola, in fritidshem]. */
const SPSM_SCHOOLS: readonly [string, number, number][] = [
  ['1880', 120, 35], ['1880', 60, 20], ['2280', 55, 15], ['1281', 70, 20], ['1487', 65, 20],
  ['0191', 50, 10], ['1480', 45, 15], ['0180', 40, 10],
];
/** Sameskolor: [municipality, place, sameskola, förskoleklass, fritidshem]. */
const SAMI_SCHOOLS: readonly [string, string, number, number, number][] = [
  ['2584', 'Kiruna', 40, 6, 18], ['2584', 'Karesuando', 18, 2, 8], ['2523', 'Gällivare', 28, 4, 12],
  ['2510', 'Jokkmokk', 30, 4, 10], ['2421', 'Tärnaby', 12, 0, 0],
];

export const SPSM_KEY = 'stat-spsm';
export const SAMI_BOARD_KEY = 'stat-sameskolstyrelsen';

const vary = (random: Random, n: number): number => Math.max(1, Math.round(n * (0.9 + 0.2 * random.next())));

export function planStateAndRegions(
  random: Random,
  municipalities: readonly DemoMunicipality[],
  stemName: () => string,
): FixedOrganiser[] {
  const codes = new Set(municipalities.map((m) => m.code));
  const shortNames = new Map(municipalities.map((m) => [m.code, m.shortName]));
  const first = municipalities[0]?.code ?? '';
  const at = (code: string): string => (codes.has(code) ? code : first);
  const out: FixedOrganiser[] = [];

  for (const region of REGIONS) {
    const inCounty = municipalities.filter((m) => m.countyCode === region.county);
    if (!codes.has(region.seat) || inCounty.length === 0) continue;
    const total = vary(random, region.pupils);
    const split = splitInteger(total, unevenWeights(random, region.units, 0.3));
    const units: FixedUnit[] = split.map((pupils, i) => {
      const adapted = region.adapted && i === 0 ? Math.max(4, Math.round(pupils * 0.03)) : 0;
      const municipality = i === 0 ? region.seat : random.pick(inCounty).code;
      return {
        name: `Naturbruksgymnasiet i ${shortNames.get(municipality) ?? region.name}`,
        municipalityCode: municipality,
        forms: adapted > 0 ? { gymnasieskola: pupils - adapted, anpassad_gymnasieskola: adapted } : { gymnasieskola: pupils },
      };
    });
    out.push({ key: region.key, name: region.name, kind: 'region', municipalityCode: region.seat, units });
  }

  if (municipalities.length === 0) return out;
  out.push({
    key: SPSM_KEY,
    name: 'Specialpedagogiska skolmyndigheten',
    kind: 'stat',
    municipalityCode: at('2280'),
    units: SPSM_SCHOOLS.map(([code, special, afterSchool]) => ({
      name: stemName(),
      municipalityCode: at(code),
      forms: { specialskola: vary(random, special), fritidshem: vary(random, afterSchool) },
    })),
  });
  out.push({
    key: SAMI_BOARD_KEY,
    name: 'Sameskolstyrelsen',
    kind: 'stat',
    municipalityCode: at('2510'),
    units: SAMI_SCHOOLS.map(([code, place, sami, preschoolClass, afterSchool]) => {
      const forms: Partial<Record<SchoolForm, number>> = { sameskola: vary(random, sami) };
      if (preschoolClass > 0) forms.forskoleklass = vary(random, preschoolClass);
      if (afterSchool > 0) forms.fritidshem = vary(random, afterSchool);
      return { name: `Sameskolan i ${place}`, municipalityCode: at(code), forms };
    }),
  });
  return out;
}
