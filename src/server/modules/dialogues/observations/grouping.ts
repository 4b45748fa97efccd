/**
 * What the analysts' dialogue figures share: the year a thing happened (in Sweden), the organiser
 * groups a figure can be split by, and suppression: a cell built on fewer organisers than the minimum
 * is suppressed, and so is whatever would let it be worked out from a whole shown elsewhere.
 */
import type { SummaryGroup, SummaryGrouping } from '../../../../shared/api/dialogue-observations.ts';
import { isPublicKind, type OrganiserKind, type SizeClass } from '../../../../shared/organiser.ts';
import { stockholmDate } from '../calendar/swedish-time.ts';

export const GROUPS: Record<SummaryGrouping, readonly SummaryGroup[]> = {
  none: ['all'],
  sizeClass: ['small', 'medium', 'large'],
  kindGroup: ['public', 'private'],
};

export function groupOf(grouping: SummaryGrouping, organiser: { sizeClass: SizeClass; kind: OrganiserKind }): SummaryGroup {
  if (grouping === 'sizeClass') return organiser.sizeClass;
  if (grouping === 'kindGroup') return isPublicKind(organiser.kind) ? 'public' : 'private';
  return 'all';
}

export const swedishYear = (instant: Date): number => Number(stockholmDate(instant).slice(0, 4));

export interface Counted {
  organisers: number;
  suppressed: boolean;
}

/**
 * Marks the cells below the minimum. When the siblings split a whole that is shown elsewhere, the
 * hidden ones together could be worked out as the whole minus the shown ones: while that remainder
 * is a small positive number, the smallest shown cell is hidden too. (A remainder of 0 names nobody.)
 */
export function suppress<T extends Counted>(siblings: T[], minGroupSize: number, partition: boolean): T[] {
  for (const cell of siblings) cell.suppressed = cell.suppressed || cell.organisers < minGroupSize;
  if (!partition) return siblings;
  const hidden = () => siblings.filter((c) => c.suppressed).reduce((n, c) => n + c.organisers, 0);
  while (hidden() > 0 && hidden() < minGroupSize) {
    const open = siblings.filter((c) => !c.suppressed).sort((a, b) => a.organisers - b.organisers);
    if (!open[0]) break;
    open[0].suppressed = true;
  }
  return siblings;
}

/** A distinct count of forms (or responses) and organisers behind one cell. */
export class Tally {
  readonly items = new Set<string>();
  readonly organisers = new Set<string>();
  add(item: string, organiserId: string): void {
    this.items.add(item);
    this.organisers.add(organiserId);
  }
}
