/** Use cases on organisers: read with scope, edit with optimistic versioning, history. */
import type { OrganiserDetail, OrganiserListQuery } from '../../../shared/api/registry.ts';
import type { OrganiserStatus } from '../../../shared/organiser.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../platform/http/access.ts';
import { notFound, versionConflict } from '../../platform/errors.ts';
import { audit, type AuditActor } from '../audit/audit.ts';
import { organiserHistory } from '../audit/repository.ts';
import {
  findConcern, findOrCreateConcern, findOrganiser, listUnits, lockOrganiser, schoolFormTotals, updateOrganiserIfVersion,
  type NewOrganiserRow,
} from './repository.ts';
import type { OrganiserDirectory } from './directory.ts';
import { presentUnit } from './units.ts';

export function searchOrganisers({ directory, actor, query }: { directory: OrganiserDirectory; actor: Actor; query: OrganiserListQuery }) {
  return directory.search(query, organiserScope(actor));
}

export async function getOrganiser({ db, actor, id }: { db: Database; actor: Actor; id: string }) {
  return db.read(async (q) => {
    const organiser = await findOrganiser(q, id, organiserScope(actor));
    if (!organiser) throw notFound('Huvudmannen');
    const [units, concern] = await Promise.all([
      listUnits(q, { organiserId: id, limit: 10_000, offset: 0 }, organiserScope(actor)),
      organiser.concernId ? findConcern(q, organiser.concernId) : undefined,
    ]);
    const totals = new Map<string, number>();
    for (const unit of units.items) {
      if (unit.status !== 'active') continue;
      for (const f of unit.schoolForms) totals.set(f.schoolForm, (totals.get(f.schoolForm) ?? 0) + f.childrenPupils);
    }
    const unitItems = units.items.map(presentUnit);
    return {
      ...organiser,
      concern: concern ?? null,
      units: unitItems,
      schoolFormTotals: [...totals].map(([schoolForm, childrenPupils]) => ({ schoolForm, childrenPupils })),
    } as unknown as OrganiserDetail;
  });
}

/** The organiser's summary with its children per school form, without the unit list (for the analysis basis). */
export async function getOrganiserProfile({ db, actor, id }: { db: Database; actor: Actor; id: string }) {
  return db.read(async (q) => {
    const organiser = await findOrganiser(q, id, organiserScope(actor));
    if (!organiser) throw notFound('Huvudmannen');
    return { ...organiser, schoolFormTotals: await schoolFormTotals(q, id) };
  });
}

export interface OrganiserChanges {
  name?: string | undefined;
  status?: OrganiserStatus | undefined;
  concernName?: string | null | undefined;
}

export async function updateOrganiser({ db, actor, id, version, changes }: {
  db: Database; actor: Actor; id: string; version: number; changes: OrganiserChanges;
}) {
  await db.transaction(async (tx) => {
    const current = await lockOrganiser(tx, id, organiserScope(actor));
    if (!current) throw notFound('Huvudmannen');
    if (current.version !== version) throw versionConflict('Huvudmannen');
    const set: Partial<NewOrganiserRow> = {};
    const diff: Record<string, { from: unknown; to: unknown }> = {};
    if (changes.name !== undefined && changes.name !== current.name) {
      set.name = changes.name;
      diff.name = { from: current.name, to: changes.name };
    }
    if (changes.status !== undefined && changes.status !== current.status) {
      set.status = changes.status;
      diff.status = { from: current.status, to: changes.status };
    }
    if (changes.concernName !== undefined) {
      const concernId = changes.concernName === null ? null : await findOrCreateConcern(tx, changes.concernName);
      if (concernId !== current.concernId) {
        set.concernId = concernId;
        diff.concern = { from: current.concernId, to: changes.concernName };
      }
    }
    if (Object.keys(set).length === 0) return;
    const updated = await updateOrganiserIfVersion(tx, id, version, set);
    if (!updated) throw versionConflict('Huvudmannen');
    await audit(tx, actor, { event: 'organiser.updated', entityType: 'organiser', entityId: id, organiserId: id, details: { changes: diff } });
  });
  return getOrganiser({ db, actor, id });
}

export async function getOrganiserHistory({ db, actor, id }: { db: Database; actor: Actor; id: string }) {
  return db.read(async (q) => {
    if (!(await findOrganiser(q, id, organiserScope(actor)))) throw notFound('Huvudmannen');
    const rows = await organiserHistory(q, id, 500);
    return { items: rows.map((r) => ({ ...r, details: (r.details ?? {}) as Record<string, unknown> })) };
  });
}

/**
 * Records, inside the caller's transaction, that an organiser has ceased (e.g. learnt when it
 * answers an invitation); a no-op when it already has. The change lands in its history like any other.
 */
export async function markOrganiserCeased(tx: Tx, actor: AuditActor, id: string, because: string): Promise<void> {
  const current = await lockOrganiser(tx, id, { kind: 'all' });
  if (!current || current.status === 'ceased') return;
  const updated = await updateOrganiserIfVersion(tx, id, current.version, { status: 'ceased' });
  if (!updated) throw versionConflict('Huvudmannen');
  await audit(tx, actor, {
    event: 'organiser.updated', entityType: 'organiser', entityId: id, organiserId: id,
    details: { changes: { status: { from: current.status, to: 'ceased' } }, because },
  });
}
