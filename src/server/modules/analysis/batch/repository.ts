/**
 * Queries of basis batches, their items and the stored snapshots.
 *
 * Claims: a runner takes pending items with FOR UPDATE SKIP LOCKED and stamps their `claimed_at` in
 * one short transaction, so that runners of several app instances take different items; a stamp
 * older than the lease is free again (its runner stopped without giving the items back).
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { OrganiserScope } from '../../../platform/http/access.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { organisers } from '../../registry/schema.ts';
import { basisBatches, basisBatchItems, basisSnapshots, type BatchItemStatus } from '../schema.ts';

export type BatchRow = typeof basisBatches.$inferSelect;
export type NewSnapshotRow = typeof basisSnapshots.$inferInsert;

export interface ItemRef {
  batchId: string;
  organiserId: string;
}

export interface BatchCounts {
  built: number;
  reused: number;
  failed: number;
  pending: number;
}

export async function insertBatch(tx: Tx, row: typeof basisBatches.$inferInsert): Promise<BatchRow> {
  const [created] = await tx.insert(basisBatches).values(row).returning();
  return created!;
}

/** The items in the order they will be built: position = index in `organiserIds`. */
export async function insertItems(tx: Tx, batchId: string, organiserIds: readonly string[]): Promise<void> {
  for (let i = 0; i < organiserIds.length; i += 1000) {
    await tx.insert(basisBatchItems).values(organiserIds.slice(i, i + 1000).map((organiserId, j) => ({ batchId, organiserId, position: i + j })));
  }
}

export async function findBatch(db: Queryable, id: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(basisBatches).where(eq(basisBatches.id, id));
  return row;
}

export async function lockBatch(tx: Tx, id: string): Promise<BatchRow | undefined> {
  const [row] = await tx.select().from(basisBatches).where(eq(basisBatches.id, id)).for('update');
  return row;
}

export async function cancelBatchRow(tx: Tx, id: string): Promise<BatchRow> {
  const [row] = await tx.update(basisBatches).set({ status: 'cancelled', finishedAt: sql`now()` }).where(eq(basisBatches.id, id)).returning();
  return row!;
}

const countOf = (status: BatchItemStatus) => sql<number>`count(*) filter (where ${basisBatchItems.status} = ${status})::int`.mapWith(Number);
const counts = { built: countOf('built'), reused: countOf('reused'), failed: countOf('failed'), pending: countOf('pending') };

export async function batchCounts(db: Queryable, batchId: string): Promise<BatchCounts> {
  const [row] = await db.select(counts).from(basisBatchItems).where(eq(basisBatchItems.batchId, batchId));
  return row ?? { built: 0, reused: 0, failed: 0, pending: 0 };
}

/** The latest batches, newest first, each with its counts. */
export async function listBatchesWithCounts(db: Queryable, limit: number): Promise<(BatchRow & BatchCounts)[]> {
  const batches = await db.select().from(basisBatches).orderBy(desc(basisBatches.createdAt)).limit(limit);
  if (batches.length === 0) return [];
  const rows = await db.select({ batchId: basisBatchItems.batchId, ...counts }).from(basisBatchItems)
    .where(inArray(basisBatchItems.batchId, batches.map((b) => b.id))).groupBy(basisBatchItems.batchId);
  const byId = new Map(rows.map(({ batchId, ...c }) => [batchId, c]));
  return batches.map((b) => ({ ...b, ...(byId.get(b.id) ?? { built: 0, reused: 0, failed: 0, pending: 0 }) }));
}

export async function listFailures(db: Queryable, batchId: string, limit: number) {
  return db.select({ organiserId: basisBatchItems.organiserId, organiserName: organisers.name, message: basisBatchItems.error })
    .from(basisBatchItems)
    .innerJoin(organisers, eq(organisers.id, basisBatchItems.organiserId))
    .where(and(eq(basisBatchItems.batchId, batchId), eq(basisBatchItems.status, 'failed')))
    .orderBy(asc(basisBatchItems.position))
    .limit(limit);
}

const claimable = (leaseSeconds: number) => and(
  inArray(basisBatches.status, ['queued', 'running']),
  eq(basisBatchItems.status, 'pending'),
  or(isNull(basisBatchItems.claimedAt), lt(basisBatchItems.claimedAt, sql`now() - make_interval(secs => ${leaseSeconds})`)),
);

/** Whether any item waits to be taken (a cheap look before opening a claiming transaction). */
export async function hasClaimableItems(db: Queryable, leaseSeconds: number): Promise<boolean> {
  const [row] = await db.select({ one: sql`1` }).from(basisBatchItems)
    .innerJoin(basisBatches, eq(basisBatches.id, basisBatchItems.batchId))
    .where(claimable(leaseSeconds)).limit(1);
  return row !== undefined;
}

/**
 * Takes up to `limit` free pending items of running or queued batches, oldest batch first and in
 * position order, stamps them as claimed and marks their batches running.
 */
export async function claimItems(tx: Tx, limit: number, leaseSeconds: number): Promise<ItemRef[]> {
  const rows = await tx.select({ batchId: basisBatchItems.batchId, organiserId: basisBatchItems.organiserId })
    .from(basisBatchItems)
    .innerJoin(basisBatches, eq(basisBatches.id, basisBatchItems.batchId))
    .where(claimable(leaseSeconds))
    .orderBy(asc(basisBatches.createdAt), asc(basisBatchItems.batchId), asc(basisBatchItems.position))
    .limit(limit)
    .for('update', { of: basisBatchItems, skipLocked: true });
  for (const [batchId, items] of groupByBatch(rows)) {
    await tx.update(basisBatchItems).set({ claimedAt: sql`now()` })
      .where(and(eq(basisBatchItems.batchId, batchId), inArray(basisBatchItems.organiserId, items)));
    await tx.update(basisBatches).set({ status: 'running', startedAt: sql`coalesce(${basisBatches.startedAt}, now())` })
      .where(and(eq(basisBatches.id, batchId), eq(basisBatches.status, 'queued')));
  }
  return rows;
}

/** Gives claimed items back (a runner stopping before it built them). */
export async function releaseClaims(tx: Tx, items: readonly ItemRef[]): Promise<void> {
  for (const [batchId, ids] of groupByBatch(items)) {
    await tx.update(basisBatchItems).set({ claimedAt: null })
      .where(and(eq(basisBatchItems.batchId, batchId), inArray(basisBatchItems.organiserId, ids), eq(basisBatchItems.status, 'pending')));
  }
}

/** Gives every claim back: only for an embedded database, where no other process can hold one. */
export async function releaseAllClaims(tx: Tx): Promise<void> {
  await tx.update(basisBatchItems).set({ claimedAt: null }).where(and(eq(basisBatchItems.status, 'pending'), isNotNull(basisBatchItems.claimedAt)));
}

/** Which of these inputs keys already have a stored document. */
export async function existingKeys(db: Queryable, organiserIds: readonly string[], keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ format: basisSnapshots.format, inputsKey: basisSnapshots.inputsKey }).from(basisSnapshots)
    .where(and(inArray(basisSnapshots.organiserId, [...organiserIds]), inArray(basisSnapshots.inputsKey, [...keys])));
  return new Set(rows.map((r) => `${r.format}:${r.inputsKey}`));
}

/** Stores documents; one already stored for the same organiser, format and inputs is left as it is. */
export async function insertSnapshots(tx: Tx, rows: NewSnapshotRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  // Sent as base64 text: PGlite's own bytea encoding builds a string per byte, several ms per document.
  const values = rows.map((r) => ({ ...r, content: sql`decode(${r.content.toString('base64')}, 'base64')` }));
  const inserted = await tx.insert(basisSnapshots).values(values).onConflictDoNothing().returning({ id: basisSnapshots.id });
  return inserted.length;
}

/** Marks items finished; only items still pending (a second runner's late answer changes nothing). */
export async function finishItems(tx: Tx, batchId: string, organiserIds: readonly string[], status: Exclude<BatchItemStatus, 'pending'>, error: string | null = null): Promise<void> {
  if (organiserIds.length === 0) return;
  await tx.update(basisBatchItems).set({ status, error, finishedAt: sql`now()` })
    .where(and(eq(basisBatchItems.batchId, batchId), inArray(basisBatchItems.organiserId, [...organiserIds]), eq(basisBatchItems.status, 'pending')));
}

/** A running batch without pending items is done (with the batch locked: see `finishBatchItems`). */
export async function completeIfDone(tx: Tx, batchId: string): Promise<void> {
  await tx.update(basisBatches).set({ status: 'done', finishedAt: sql`now()` })
    .where(and(eq(basisBatches.id, batchId), eq(basisBatches.status, 'running'),
      sql`not exists (select 1 from ${basisBatchItems} where ${basisBatchItems.batchId} = ${basisBatches.id} and ${basisBatchItems.status} = 'pending')`));
}

const scopeWhere = (scope: OrganiserScope) => (scope.kind === 'organiser' ? eq(basisSnapshots.organiserId, scope.organiserId) : undefined);

export async function listSnapshots(db: Queryable, organiserId: string, limit: number) {
  return db.select({
    id: basisSnapshots.id, format: basisSnapshots.format, createdAt: basisSnapshots.createdAt, catalogueLabel: basisSnapshots.catalogueLabel,
    vintageLabel: basisSnapshots.vintageLabel, bytes: basisSnapshots.bytes,
  }).from(basisSnapshots).where(eq(basisSnapshots.organiserId, organiserId))
    .orderBy(desc(basisSnapshots.createdAt), asc(basisSnapshots.format)).limit(limit);
}

/** One stored document with its content, within the caller's organiser scope. */
export async function findSnapshotFile(db: Queryable, id: string, scope: OrganiserScope) {
  const [row] = await db.select({
    format: basisSnapshots.format, createdAt: basisSnapshots.createdAt, orgNumber: organisers.orgNumber,
    // As base64 text, decoded here: PGlite's own bytea decoding parses byte by byte.
    base64: sql<string>`encode(${basisSnapshots.content}, 'base64')`,
  }).from(basisSnapshots)
    .innerJoin(organisers, eq(organisers.id, basisSnapshots.organiserId))
    .where(and(eq(basisSnapshots.id, id), scopeWhere(scope)));
  if (!row) return undefined;
  const { base64, ...rest } = row;
  return { ...rest, content: Buffer.from(base64, 'base64') };
}

function groupByBatch(items: readonly ItemRef[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { batchId, organiserId } of items) (groups.get(batchId) ?? groups.set(batchId, []).get(batchId)!).push(organiserId);
  return groups;
}

export interface ChunkOutcomes {
  built: readonly string[];
  reused: readonly string[];
  failed: readonly { organiserId: string; error: string | null }[];
}

/**
 * Records a chunk's outcomes for one batch, and marks the batch done when nothing is pending. The
 * batch row is locked first: two chunks of one batch finishing at the same moment on a PostgreSQL
 * server would otherwise each still see the other's items as pending (read committed), and neither
 * would mark the batch done. Callers finishing several batches lock them in id order.
 */
export async function finishBatchItems(tx: Tx, batchId: string, outcomes: ChunkOutcomes): Promise<void> {
  await lockBatch(tx, batchId);
  await finishItems(tx, batchId, outcomes.built, 'built');
  await finishItems(tx, batchId, outcomes.reused, 'reused');
  for (const f of outcomes.failed) await finishItems(tx, batchId, [f.organiserId], 'failed', f.error);
  await completeIfDone(tx, batchId);
}
