/**
 * The value cube: every measure value in memory, indexed for the analysis basis — one organiser's
 * series, and everyone's values of one measure in one year (national and group figures, the
 * regression). Values change only with imports; the cube reloads when their revision (raised by
 * database triggers) differs, checking at most every `maxAgeMs` and at once after a local commit.
 */
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Database } from '../../platform/db/database.ts';
import { loadGroupingAttributes, loadMeasureValues, readValuesRevision, type MeasureValueRow } from './repository.ts';

export interface GroupingAttributes {
  kind: string;
  sizeClass: string;
  municipalityGroup: string | null;
}

export interface CubeData {
  revision: number;
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

function index(rows: MeasureValueRow[], attributes: Map<string, GroupingAttributes>, revision: number): CubeData {
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
  return { revision, series, slices, years: [...years].sort((a, b) => a - b), attributes, memo: new Map() };
}

export class ValueCube {
  readonly #db: Database;
  readonly #maxAgeMs: number;
  #data: CubeData | null = null;
  #checkedAt = 0;
  #refreshing: Promise<void> | null = null;

  constructor(db: Database, { maxAgeMs = 1000 }: { maxAgeMs?: number } = {}) {
    this.#db = db;
    this.#maxAgeMs = maxAgeMs;
    db.onCommit(() => {
      this.#checkedAt = 0;
    });
  }

  async current(): Promise<CubeData> {
    if (!this.#data || performance.now() - this.#checkedAt >= this.#maxAgeMs) {
      this.#refreshing ??= this.#refresh().finally(() => {
        this.#refreshing = null;
      });
      await this.#refreshing;
    }
    return this.#data!;
  }

  async #refresh(): Promise<void> {
    const checkedAt = performance.now();
    const revision = await this.#db.read(readValuesRevision);
    // Organisers' size class and group change with the registry, so attributes are re-read each check.
    const attributeRows = await this.#db.read(loadGroupingAttributes);
    const attributes = new Map(attributeRows.map((a) => [a.id, { kind: a.kind, sizeClass: a.sizeClass, municipalityGroup: a.municipalityGroup }]));
    if (!this.#data || this.#data.revision !== revision) {
      this.#data = index(await this.#db.read(loadMeasureValues), attributes, revision);
    } else {
      // Memoised results depend on the values only (not on the groups), so they stay.
      this.#data = { ...this.#data, attributes };
    }
    this.#checkedAt = checkedAt;
  }
}
