/**
 * Sizes and school forms of the municipal organisers. The reference data has no population, so the
 * ranking is approximate: the sixty largest and the twenty-eight smallest municipalities are listed in
 * rough population order and the rest are ranked at random; a rank-size curve then gives a
 * population-like number of children and pupils, with 0180 Stockholm just under 125,000.
 */
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { fitToBudget, quotas } from './allocation.ts';
import type { Random } from './random.ts';
import type { DemoMunicipality } from './types.ts';

const LARGEST_FIRST = [
  '0180', '1480', '1280', '0380', '0580', '1880', '1980', '1283', '0581', '0680', '2480', '1281', '0126',
  '1490', '2180', '0484', '0182', '1380', '0181', '2281', '0127', '0780', '0136', '1290', '1384', '2580',
  '1780', '0123', '0184', '0160', '2482', '0163', '1481', '1383', '0188', '2380', '1488', '2080', '2081',
  '1485', '2284', '0114', '0138', '0186', '0120', '1293', '0880', '0191', '1080', '0583', '0117', '1441',
  '1282', '1482', '1402', '1287', '1489', '2581', '2181', '1292',
];
const SMALLEST_LAST = [
  '1863', '2326', '2021', '2462', '2305', '2505', '2521', '2101', '1445', '1860', '2303', '1447', '2510',
  '1864', '1438', '1904', '2518', '2417', '1760', '0512', '1762', '2513', '2418', '2463', '2506', '2425',
  '2422', '2403',
];

/** Population in thousands at a rank among 290 (log-linear between anchors). */
const POPULATION_ANCHORS: readonly [number, number][] = [
  [1, 990], [2, 605], [3, 365], [4, 248], [5, 170], [10, 144], [15, 110], [20, 100], [25, 85], [30, 75],
  [40, 60], [50, 48], [60, 42], [80, 32], [100, 26], [130, 19], [160, 14.5], [200, 10.5], [230, 8.3],
  [250, 5.9], [270, 4.6], [280, 4.0], [290, 2.4],
];

export const STOCKHOLM_CODE = '0180';
/** All municipal organisers together, for the full list of 290; a shorter list gets its share. */
const MUNICIPAL_TOTAL_290 = 1_760_000;
const STOCKHOLM_MIN = 124_000;
const STOCKHOLM_MAX = 124_950;

/** Forms every municipality runs, then the optional ones in the order they are added. */
const CORE_FORMS: readonly SchoolForm[] = ['forskola', 'forskoleklass', 'grundskola', 'komvux', 'fritidshem'];
const OPTIONAL_FORMS: readonly SchoolForm[] = ['anpassad_grundskola', 'gymnasieskola', 'anpassad_gymnasieskola'];
/** Shares of municipalities running 7, 6, 5 and 4 school forms (fritidshem not counted). */
const FORM_COUNT_SHARES = [0.714, 0.152, 0.089, 0.045];

export interface MunicipalPlan {
  municipality: DemoMunicipality;
  childrenPupils: number;
  schoolForms: SchoolForm[];
}

function populationAtRank(rank: number): number {
  for (let i = 1; i < POPULATION_ANCHORS.length; i++) {
    const [r1, p1] = POPULATION_ANCHORS[i] as [number, number];
    const [r0, p0] = POPULATION_ANCHORS[i - 1] as [number, number];
    if (rank <= r1) return p0 * (p1 / p0) ** ((rank - r0) / (r1 - r0));
  }
  return POPULATION_ANCHORS[POPULATION_ANCHORS.length - 1]![1];
}

/** Big cities have a larger private share, so fewer children per inhabitant go to the municipality. */
const municipalShareOfPopulation = (thousands: number): number =>
  thousands <= 20 ? 0.175 : 0.175 - 0.012 * Math.log(thousands / 20);

function rankMunicipalities(random: Random, municipalities: readonly DemoMunicipality[]): DemoMunicipality[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const top = LARGEST_FIRST.flatMap((c) => byCode.get(c) ?? []);
  const bottom = SMALLEST_LAST.flatMap((c) => byCode.get(c) ?? []);
  const pinned = new Set([...top, ...bottom].map((m) => m.code));
  const middle = random.shuffle(municipalities.filter((m) => !pinned.has(m.code)));
  return [...top, ...middle, ...bottom];
}

export function planMunicipalities(random: Random, municipalities: readonly DemoMunicipality[]): MunicipalPlan[] {
  const ranked = rankMunicipalities(random, municipalities);
  const n = ranked.length;
  const rankScale = 290 / Math.max(n, 1);
  const raw = ranked.map((m, i) => {
    const thousands = populationAtRank(Math.min(290, 1 + i * rankScale));
    const jitter = Math.exp(0.08 * Math.max(-2, Math.min(2, random.normal())));
    return thousands * 1000 * municipalShareOfPopulation(thousands) * jitter;
  });
  const stockholmIndex = ranked.findIndex((m) => m.code === STOCKHOLM_CODE);
  const stockholm = stockholmIndex >= 0 ? random.int(STOCKHOLM_MIN, STOCKHOLM_MAX) : 0;
  const others = raw.filter((_, i) => i !== stockholmIndex);
  const budget = Math.round((MUNICIPAL_TOTAL_290 * n) / 290) - stockholm;
  const fitted = fitToBudget(others, budget, 150, STOCKHOLM_MIN - 1);
  const sizes = ranked.map((_, i) => (i === stockholmIndex ? stockholm : (fitted[i < stockholmIndex || stockholmIndex < 0 ? i : i - 1] as number)));

  // Bigger municipalities run more school forms; the noise lets a few small ones run all seven.
  const score = sizes.map((s, i) => ({ i, score: Math.log(s) + 0.6 * random.normal() })).sort((a, b) => b.score - a.score);
  const [seven = 0, six = 0, five = 0] = quotas(n, FORM_COUNT_SHARES);
  const optionalCount = new Map<number, number>();
  score.forEach(({ i }, position) => {
    optionalCount.set(i, position < seven ? 3 : position < seven + six ? 2 : position < seven + six + five ? 1 : 0);
  });
  return ranked.map((municipality, i) => ({
    municipality,
    childrenPupils: sizes[i] as number,
    schoolForms: [...CORE_FORMS, ...OPTIONAL_FORMS.slice(0, optionalCount.get(i) ?? 0)],
  }));
}
