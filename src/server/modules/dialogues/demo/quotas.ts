/**
 * How many of the invited organisers of each group and size class take part in the on-site
 * dialogue, so that the published participation shares come out: municipal 92 %, private 72 %, and
 * by size small 67 %, medium 81 %, large 92 %. Municipal and other public organisers get their share
 * first; the private ones of each size class make up the size class's share.
 */
import { SIZE_CLASSES, type SizeClass } from '../../../../shared/organiser.ts';
import { PARTICIPATION } from './targets.ts';
import type { HistoryOrganiser, OrganiserGroup } from './types.ts';

export type Cell = `${OrganiserGroup}-${SizeClass}`;
export const cellOf = (o: Pick<HistoryOrganiser, 'group' | 'sizeClass'>): Cell => `${o.group}-${o.sizeClass}`;

export type CellCounts = Partial<Record<Cell, number>>;

export function countCells(organisers: readonly HistoryOrganiser[]): CellCounts {
  const counts: CellCounts = {};
  for (const o of organisers) counts[cellOf(o)] = (counts[cellOf(o)] ?? 0) + 1;
  return counts;
}

const clamp = (value: number, max: number): number => Math.max(0, Math.min(max, value));

/** Participants per cell for invited organisers with these counts. */
export function participantQuotas(counts: CellCounts): CellCounts {
  const n = (cell: Cell): number => counts[cell] ?? 0;
  const quotas: CellCounts = {};
  const municipalTotal = Math.round(PARTICIPATION.municipal * SIZE_CLASSES.reduce((s, size) => s + n(`municipal-${size}`), 0));
  quotas['municipal-small'] = Math.round(PARTICIPATION.size.small * n('municipal-small'));
  quotas['municipal-medium'] = Math.round(PARTICIPATION.municipalMedium * n('municipal-medium'));
  quotas['municipal-large'] = clamp(municipalTotal - quotas['municipal-small'] - quotas['municipal-medium'], n('municipal-large'));
  for (const size of SIZE_CLASSES) {
    quotas[`other_public-${size}`] = Math.round(PARTICIPATION.otherPublic * n(`other_public-${size}`));
    const sizeTotal = Math.round(PARTICIPATION.size[size] * (n(`municipal-${size}`) + n(`other_public-${size}`) + n(`private-${size}`)));
    quotas[`private-${size}`] = clamp(sizeTotal - (quotas[`municipal-${size}`] ?? 0) - (quotas[`other_public-${size}`] ?? 0), n(`private-${size}`));
  }
  return quotas;
}

export function privateRate(counts: CellCounts, quotas: CellCounts): number {
  let invited = 0;
  let taking = 0;
  for (const size of SIZE_CLASSES) {
    invited += counts[`private-${size}`] ?? 0;
    taking += quotas[`private-${size}`] ?? 0;
  }
  return invited === 0 ? 0 : taking / invited;
}
