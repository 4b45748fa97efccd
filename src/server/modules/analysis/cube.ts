/**
 * The value cube: every measure value in memory, indexed for the analysis basis — one organiser's
 * series, and everyone's values of one measure in one year (national and group figures, the
 * regression). Values change only with imports and reload when their revision moves; the grouping
 * attributes reload when the registry's does (see Refresher).
 */
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Database } from '../../platform/db/database.ts';
import { Refresher } from '../../platform/db/refresher.ts';
import { readRegistryRevision } from '../registry/repository.ts';
import { loadGroupingAttributes, loadMeasureValues, readValuesRevision, type MeasureValueRow } from './repository.ts';

export interface GroupingAttributes {
  kind: string;
  sizeClass: string;
  municipalityGroup: string | null;
}

export interface CubeData {
  /** `${organiserId}|${schoolForm}|${measureKey}` → rows by year. */
  series: Map<string, MeasureValueRow[]>;
  /** `${schoolForm}|${measureKey}|${year}` → every organiser's row. */
  slices: Map<string, MeasureValueRow[]>;
  years: number[];
  attributes: Map<string, GroupingAttributes>;
  /** Results computed from the values alone (e.g. fitted models), dropped when the values reload. */
  memo: Map<string, unknown>;
}

export const seriesKey = (organiserId: string, schoolForm: SchoolForm, measureKey: string) => `${organiserId}|${schoolForm}|${measureKey}`;
export const sliceKey = (schoolForm: SchoolForm, measureKey: string, year: number) => `${schoolForm}|${measureKey}|${year}`;

function index(rows: MeasureValueRow[]): Indexed {
  const series = new Map<string, MeasureValueRow[]>();
  const slices = new Map<string, MeasureValueRow[]>();
  const years = new Set<number>();
  for (const row of rows) {
    years.add(row.year);
    const s = seriesKey(row.organiserId, row.schoolForm, row.measureKey);
    const l = sliceKey(row.schoolForm, row.measureKey, row.year);
    (series.get(s) ?? series.set(s, []).get(s)!).push(row);
    (slices.get(l) ?? slices.set(l, []).get(l)!).push(row);
  }
  for (const list of series.values()) list.sort((a, b) => a.year - b.year);
  return { series, slices, years: [...years].sort((a, b) => a - b), memo: new Map() };
}

type Indexed = Omit<CubeData, 'attributes'>;

export class ValueCube {
  readonly #values: Refresher<Indexed>;
  readonly #attributes: Refresher<Map<string, GroupingAttributes>>;

  constructor(db: Database, { maxAgeMs = 1000 }: { maxAgeMs?: number } = {}) {
    this.#values = new Refresher(db, { maxAgeMs, readRevision: readValuesRevision, load: async (q) => index(await loadMeasureValues(q)) });
    // Kinds, size classes and municipality groups change with the registry, not with the values.
    this.#attributes = new Refresher(db, {
      maxAgeMs,
      readRevision: readRegistryRevision,
      load: async (q) => new Map((await loadGroupingAttributes(q)).map((a) => [a.id, { kind: a.kind, sizeClass: a.sizeClass, municipalityGroup: a.municipalityGroup }])),
    });
  }

  async current(): Promise<CubeData> {
    const [values, attributes] = await Promise.all([this.#values.current(), this.#attributes.current()]);
    return { ...values, attributes };
  }
}
