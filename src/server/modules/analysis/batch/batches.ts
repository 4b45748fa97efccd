/**
 * Use cases of analysis-basis batches: start one for the organisers a filter finds, cancel it, follow
 * its progress; and read an organiser's stored documents (snapshots) within the caller's scope.
 */
import type { BasisBatchDetail, BasisBatchSummary } from '../../../../shared/api/basis-batch.ts';
import { BATCH_FAILURES_SHOWN, BATCHES_SHOWN, type basisBatchFilter } from '../../../../shared/api/basis-batch.ts';
import type { z } from 'zod';
import type { Database } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import type { OrganiserDirectory } from '../../registry/directory.ts';
import { searchOrganisers } from '../../registry/organisers.ts';
import { findOrganiser } from '../../registry/repository.ts';
import {
  batchCounts, cancelBatchRow, findBatch, findSnapshotFile, insertBatch, insertItems, listBatchesWithCounts, listFailures, listSnapshots,
  lockBatch, type BatchCounts, type BatchRow,
} from './repository.ts';

export type BatchFilter = z.output<typeof basisBatchFilter>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function present(batch: BatchRow, counts: BatchCounts): BasisBatchSummary {
  return {
    id: batch.id, status: batch.status, filter: batch.filter as BasisBatchSummary['filter'], total: batch.total, ...counts,
    createdAt: batch.createdAt.toISOString(), startedAt: iso(batch.startedAt), finishedAt: iso(batch.finishedAt),
  };
}

/** Creates the batch and one item per organiser the filter finds (in the list's name order), audited. */
export async function startBatch({ db, directory, actor, filter }: {
  db: Database; directory: OrganiserDirectory; actor: Actor; filter: BatchFilter;
}): Promise<BasisBatchSummary> {
  const found = await searchOrganisers({ directory, actor, query: { ...filter, sort: 'name', limit: Number.MAX_SAFE_INTEGER, offset: 0 } });
  if (found.total === 0) {
    throw new DomainError('validation', 'Filtret träffar ingen huvudman. Ändra filtret och försök igen.', 'basis batch: empty filter', [
      { path: 'filter', message: 'Filtret träffar ingen huvudman.' },
    ]);
  }
  const ids = found.items.map((o) => o.id);
  const batch = await db.transaction(async (tx) => {
    const created = await insertBatch(tx, { filter, total: ids.length, requestedBy: actor.userId });
    await insertItems(tx, created.id, ids);
    await audit(tx, actor, { event: 'basis_batch.started', entityType: 'basis_batch', entityId: created.id, details: { filter, total: ids.length } });
    return created;
  });
  return present(batch, { built: 0, reused: 0, failed: 0, pending: ids.length });
}

export async function cancelBatch({ db, actor, id }: { db: Database; actor: Actor; id: string }): Promise<BasisBatchSummary> {
  const batch = await db.transaction(async (tx) => {
    const current = await lockBatch(tx, id);
    if (!current) throw notFound('Körningen');
    if (current.status === 'done' || current.status === 'cancelled') {
      const state = current.status === 'done' ? 'redan klar' : 'redan avbruten';
      throw new DomainError('conflict', `Körningen är ${state} och kan inte avbrytas.`, `basis batch ${id} is ${current.status}`);
    }
    const cancelled = await cancelBatchRow(tx, id);
    await audit(tx, actor, { event: 'basis_batch.cancelled', entityType: 'basis_batch', entityId: id, details: { total: current.total } });
    return cancelled;
  });
  return present(batch, await db.read((q) => batchCounts(q, id)));
}

export async function getBatch({ db, id }: { db: Database; id: string }): Promise<BasisBatchDetail> {
  return db.read(async (q) => {
    const batch = await findBatch(q, id);
    if (!batch) throw notFound('Körningen');
    const [counts, failures] = await Promise.all([batchCounts(q, id), listFailures(q, id, BATCH_FAILURES_SHOWN)]);
    return { ...present(batch, counts), failures: failures.map((f) => ({ ...f, message: f.message ?? '' })) };
  });
}

export async function listBatches({ db }: { db: Database }): Promise<{ items: BasisBatchSummary[] }> {
  const rows = await db.read((q) => listBatchesWithCounts(q, BATCHES_SHOWN));
  return { items: rows.map((r) => present(r, r)) };
}

const SNAPSHOTS_SHOWN = 50;

/** The stored documents of one organiser, newest first; another organiser's representative gets 404. */
export async function listOrganiserSnapshots({ db, actor, organiserId }: { db: Database; actor: Actor; organiserId: string }) {
  return db.read(async (q) => {
    if (!(await findOrganiser(q, organiserId, organiserScope(actor)))) throw notFound('Huvudmannen');
    const rows = await listSnapshots(q, organiserId, SNAPSHOTS_SHOWN);
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
  });
}

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** One stored document for download, within the caller's organiser scope. */
export async function getSnapshotFile({ db, actor, id }: { db: Database; actor: Actor; id: string }) {
  const row = await db.read((q) => findSnapshotFile(q, id, organiserScope(actor)));
  if (!row) throw notFound('Dokumentet');
  const day = row.createdAt.toISOString().slice(0, 10);
  return { content: row.content, contentType: CONTENT_TYPE[row.format], fileName: `analysunderlag-${row.orgNumber}-${day}.${row.format}` };
}
