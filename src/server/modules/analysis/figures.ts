/**
 * The figures of the analysis basis from the value cube: an organiser's series with small-n flags,
 * and pupil-weighted means of a group of organisers, suppressed when the group is small.
 */
import { FLAG_BELOW_N, SUPPRESS_BELOW_N, type YearValue } from '../../../shared/api/analysis.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { seriesKey, sliceKey, type CubeData, type GroupingAttributes } from './cube.ts';

export function organiserTrend(cube: CubeData, organiserId: string, schoolForm: SchoolForm, measureKey: string): YearValue[] {
  const rows = new Map((cube.series.get(seriesKey(organiserId, schoolForm, measureKey)) ?? []).map((r) => [r.year, r]));
  return cube.years.map((year) => {
    const row = rows.get(year);
    if (!row) return { year, value: null, n: null, status: 'missing' };
    if (row.value === null) return { year, value: null, n: row.n, status: row.status === '..' ? 'confidential' : 'missing' };
    if (row.n < SUPPRESS_BELOW_N) return { year, value: null, n: row.n, status: 'suppressed' };
    return { year, value: row.value, n: row.n, status: row.n < FLAG_BELOW_N ? 'uncertain' : 'ok' };
  });
}

export interface GroupFigure {
  value: number | null;
  organisers: number;
  suppressed: boolean;
}

/** Mean over the organisers in `member`, each weighted by the children behind its value. */
export function groupMean(cube: CubeData, schoolForm: SchoolForm, measureKey: string, year: number, minOrganisers: number,
  member: (attributes: GroupingAttributes) => boolean): GroupFigure {
  let sum = 0;
  let weight = 0;
  let organisers = 0;
  for (const row of cube.slices.get(sliceKey(schoolForm, measureKey, year)) ?? []) {
    if (row.value === null || row.n <= 0) continue;
    const attributes = cube.attributes.get(row.organiserId);
    if (!attributes || !member(attributes)) continue;
    sum += row.value * row.n;
    weight += row.n;
    organisers++;
  }
  if (organisers < minOrganisers) return { value: null, organisers, suppressed: true };
  return { value: weight > 0 ? sum / weight : null, organisers, suppressed: false };
}

/** The latest year in which the organiser has a shown value, else the latest year of the data. */
export function latestYear(trend: YearValue[], fallback: number): number {
  for (let i = trend.length - 1; i >= 0; i--) if (trend[i]!.value !== null) return trend[i]!.year;
  return fallback;
}
