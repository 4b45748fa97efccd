/**
 * The organiser directory: an in-memory read model of every organiser's summary, so that the list and
 * search API answers without a query per request (PGlite runs on the main thread; 2,800 rows filter
 * in well under a millisecond). It reloads when the registry's revision moves (see Refresher).
 */
import type { OrganiserListQuery } from '../../../shared/api/registry.ts';
import type { Database } from '../../platform/db/database.ts';
import { Refresher } from '../../platform/db/refresher.ts';
import type { OrganiserScope } from '../../platform/http/access.ts';
import { loadOrganiserSummaries, readRegistryRevision, type OrganiserSummaryRow } from './repository.ts';

type Sort = OrganiserListQuery['sort'];

interface Entry {
  row: OrganiserSummaryRow;
  /** Lower-cased name and municipality for search. */
  text: string;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
const lower = (s: string) => s.toLocaleLowerCase('sv');

function sortOrders(entries: Entry[]): Record<Sort, number[]> {
  const indices = entries.map((_, i) => i);
  const byName = [...indices].sort((a, b) => collator.compare(entries[a]!.row.name, entries[b]!.row.name) || entries[a]!.row.orgNumber.localeCompare(entries[b]!.row.orgNumber));
  const rank = new Map(byName.map((index, position) => [index, position]));
  const then = (a: number, b: number) => rank.get(a)! - rank.get(b)!;
  const byChildren = [...indices].sort((a, b) => entries[a]!.row.childrenPupils - entries[b]!.row.childrenPupils || then(a, b));
  const byMunicipality = [...indices].sort((a, b) => collator.compare(entries[a]!.row.municipalityName, entries[b]!.row.municipalityName) || then(a, b));
  return {
    name: byName,
    '-name': [...byName].reverse(),
    children: byChildren,
    '-children': [...indices].sort((a, b) => entries[b]!.row.childrenPupils - entries[a]!.row.childrenPupils || then(a, b)),
    municipality: byMunicipality,
    '-municipality': [...indices].sort((a, b) => -collator.compare(entries[a]!.row.municipalityName, entries[b]!.row.municipalityName) || then(a, b)),
    org_number: [...indices].sort((a, b) => entries[a]!.row.orgNumber.localeCompare(entries[b]!.row.orgNumber)),
  };
}

function matcher(query: OrganiserListQuery, scope: OrganiserScope): (e: Entry) => boolean {
  const text = query.q ? lower(query.q) : null;
  const digits = query.q?.replace(/[\s-]/g, '') ?? '';
  const numeric = /^\d+$/.test(digits);
  const kinds = query.kind ? new Set<string>(query.kind) : null;
  const sizes = query.sizeClass ? new Set<string>(query.sizeClass) : null;
  const statuses = query.status ? new Set<string>(query.status) : null;
  const forms = query.schoolForm ?? null;
  return ({ row, text: haystack }) =>
    (scope.kind === 'all' || row.id === scope.organiserId)
    && (!text || haystack.includes(text) || (numeric && row.orgNumber.startsWith(digits)))
    && (!kinds || kinds.has(row.kind))
    && (!sizes || sizes.has(row.sizeClass))
    && (!statuses || statuses.has(row.status))
    && (!forms || forms.some((f) => row.schoolForms.includes(f)))
    && (!query.county || row.countyCode === query.county)
    && (!query.office || row.officeCode === query.office);
}

interface Snapshot {
  entries: Entry[];
  orders: Record<Sort, number[]>;
}

export class OrganiserDirectory {
  readonly #snapshot: Refresher<Snapshot>;

  constructor(db: Database, { maxAgeMs = 200 }: { maxAgeMs?: number } = {}) {
    this.#snapshot = new Refresher(db, {
      maxAgeMs,
      readRevision: readRegistryRevision,
      load: async (q) => {
        const entries = (await loadOrganiserSummaries(q)).map((row) => ({ row, text: `${lower(row.name)}\u0000${lower(row.municipalityName)}` }));
        return { entries, orders: sortOrders(entries) };
      },
    });
  }

  async search(query: OrganiserListQuery, scope: OrganiserScope): Promise<{ total: number; items: OrganiserSummaryRow[] }> {
    const { entries, orders } = await this.#snapshot.current();
    const matches = matcher(query, scope);
    const items: OrganiserSummaryRow[] = [];
    let total = 0;
    for (const index of orders[query.sort]) {
      const entry = entries[index]!;
      if (!matches(entry)) continue;
      if (total >= query.offset && items.length < query.limit) items.push(entry.row);
      total++;
    }
    return { total, items };
  }
}
