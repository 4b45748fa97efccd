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

/** How organisers are grouped for comparison: everyone, same kind and size class, same municipality group. */
export type GroupDimension = 'all' | 'kindAndSize' | 'municipalityGroup';

export function groupKeyOf(dimension: GroupDimension, a: GroupingAttributes): string | null {
  if (dimension === 'all') return 'all';
  if (dimension === 'kindAndSize') return `${a.kind}|${a.sizeClass}`;
  return a.municipalityGroup;
}

// One pass over a slice gives every group's mean; kept per grouping snapshot, which the cube replaces
// whenever organisers' kinds, sizes or groups are re-read.
const groupMemo = new WeakMap<Map<string, GroupingAttributes>, Map<string, Map<string, { sum: number; weight: number; organisers: number }>>>();

function groupSums(cube: CubeData, slice: string, dimension: GroupDimension) {
  let perSnapshot = groupMemo.get(cube.attributes);
  if (!perSnapshot) groupMemo.set(cube.attributes, (perSnapshot = new Map()));
  const memoKey = `${dimension}|${slice}`;
  const cached = perSnapshot.get(memoKey);
  if (cached) return cached;
  const sums = new Map<string, { sum: number; weight: number; organisers: number }>();
  for (const row of cube.slices.get(slice) ?? []) {
    if (row.value === null || row.n <= 0) continue;
    const attributes = cube.attributes.get(row.organiserId);
    const key = attributes ? groupKeyOf(dimension, attributes) : null;
    if (key === null) continue;
    const entry = sums.get(key) ?? { sum: 0, weight: 0, organisers: 0 };
    entry.sum += row.value * row.n;
    entry.weight += row.n;
    entry.organisers++;
    sums.set(key, entry);
  }
  perSnapshot.set(memoKey, sums);
  return sums;
}

/** The mean of the organiser's group, each organiser weighted by the children behind its value. */
export function groupMean(cube: CubeData, schoolForm: SchoolForm, measureKey: string, year: number, minOrganisers: number,
  dimension: GroupDimension, self: GroupingAttributes): GroupFigure {
  const key = groupKeyOf(dimension, self);
  const entry = key === null ? undefined : groupSums(cube, sliceKey(schoolForm, measureKey, year), dimension).get(key);
  const organisers = entry?.organisers ?? 0;
  if (!entry || organisers < minOrganisers) return { value: null, organisers, suppressed: true };
  return { value: entry.weight > 0 ? entry.sum / entry.weight : null, organisers, suppressed: false };
}

/** The latest year in which the organiser has a shown value, else the latest year of the data. */
export function latestYear(trend: YearValue[], fallback: number): number {
  for (let i = trend.length - 1; i >= 0; i--) if (trend[i]!.value !== null) return trend[i]!.year;
  return fallback;
}
