/** Claiming and finishing batch items: order, exclusive claims, leases, cancelled batches, completion. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/database.ts';
import { openTestDatabase } from '../../../../../tests/support/database.ts';
import {
  batchCounts, cancelBatchRow, claimItems, completeIfDone, existingKeys, findBatch, finishBatchItems, finishItems, hasClaimableItems, insertBatch, insertItems,
  insertSnapshots, releaseAllClaims, releaseClaims, type NewSnapshotRow,
} from './repository.ts';

let db: Database;
const LEASE = 3600;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => db?.close());
beforeEach(async () => {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from basis_batch_items`);
    await tx.execute(sql`delete from basis_batches`);
    await tx.execute(sql`delete from basis_snapshots`);
  });
});

async function batchOf(n: number, createdAt?: Date) {
  const ids = Array.from({ length: n }, () => randomUUID());
  const batch = await db.transaction(async (tx) => {
    const created = await insertBatch(tx, { filter: {}, total: n, requestedBy: randomUUID(), ...(createdAt ? { createdAt } : {}) });
    await insertItems(tx, created.id, ids);
    return created;
  });
  return { batch, ids };
}

const claim = (limit: number, lease = LEASE) => db.transaction((tx) => claimItems(tx, limit, lease));

describe('claiming items', () => {
  it('takes items in position order, oldest batch first, and marks the batch running', async () => {
    const older = await batchOf(3, new Date('2026-01-01T00:00:00Z'));
    const newer = await batchOf(3, new Date('2026-01-02T00:00:00Z'));
    const first = await claim(4);
    expect(first.map((i) => i.organiserId)).toEqual([...older.ids, newer.ids[0]]);
    expect((await db.read((q) => findBatch(q, older.batch.id)))).toMatchObject({ status: 'running' });
    expect((await db.read((q) => findBatch(q, older.batch.id)))!.startedAt).not.toBeNull();
  });

  it('never hands the same item to two claims while the lease holds, and again after it ran out', async () => {
    const { ids } = await batchOf(5);
    const first = await claim(3);
    const second = await claim(3);
    expect(second.map((i) => i.organiserId)).toEqual(ids.slice(3));
    expect(await claim(3)).toEqual([]);
    expect(await db.read((q) => hasClaimableItems(q, LEASE))).toBe(false);
    // A lease of zero seconds has run out at once: the items of a runner that went away are free again.
    expect((await claim(10, 0)).map((i) => i.organiserId).sort()).toEqual([...ids].sort());
    await db.transaction((tx) => releaseClaims(tx, first));
    expect((await claim(10)).map((i) => i.organiserId)).toEqual(ids.slice(0, 3));
  });

  it('gives claims made at the same time different items (SKIP LOCKED on a server, one after the other embedded)', async () => {
    const { ids } = await batchOf(12);
    const claims = await Promise.all([claim(4), claim(4), claim(4)]);
    const taken = claims.flat().map((i) => i.organiserId);
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.sort()).toEqual([...ids].sort());
  });

  it('frees every claim of an embedded database at start', async () => {
    const { ids } = await batchOf(2);
    await claim(2);
    await db.transaction((tx) => releaseAllClaims(tx));
    expect((await claim(2)).map((i) => i.organiserId)).toEqual(ids);
  });

  it('takes nothing of a cancelled batch', async () => {
    const { batch } = await batchOf(3);
    await db.transaction((tx) => cancelBatchRow(tx, batch.id));
    expect(await claim(3)).toEqual([]);
    expect(await db.read((q) => hasClaimableItems(q, LEASE))).toBe(false);
  });
});

describe('finishing items', () => {
  it('counts outcomes, changes only pending items, and is done when nothing is pending', async () => {
    const { batch, ids } = await batchOf(3);
    await claim(3);
    await db.transaction(async (tx) => {
      await finishItems(tx, batch.id, [ids[0]!], 'built');
      await finishItems(tx, batch.id, [ids[1]!], 'failed', 'PDF-filen kunde inte skapas.');
      await completeIfDone(tx, batch.id);
    });
    expect(await db.read((q) => batchCounts(q, batch.id))).toEqual({ built: 1, reused: 0, failed: 1, pending: 1 });
    expect((await db.read((q) => findBatch(q, batch.id)))!.status).toBe('running');

    await db.transaction(async (tx) => {
      await finishItems(tx, batch.id, [ids[0]!, ids[2]!], 'reused'); // ids[0] was finished already and stays built
      await completeIfDone(tx, batch.id);
    });
    expect(await db.read((q) => batchCounts(q, batch.id))).toEqual({ built: 1, reused: 1, failed: 1, pending: 0 });
    const done = await db.read((q) => findBatch(q, batch.id));
    expect(done).toMatchObject({ status: 'done' });
    expect(done!.finishedAt).not.toBeNull();
  });

  it('is done when its last two chunks finish at the same moment', async () => {
    // The first chunk's transaction stays open a while after recording its outcome; the second starts
    // meanwhile. Unless the second waits for the first (the batch row lock), each would see the other's
    // item still pending, and the batch would never be marked done.
    const { batch, ids } = await batchOf(2);
    await claim(2);
    const first = db.transaction(async (tx) => {
      await finishBatchItems(tx, batch.id, { built: [ids[0]!], reused: [], failed: [] });
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = db.transaction((tx) => finishBatchItems(tx, batch.id, { built: [], reused: [ids[1]!], failed: [] }));
    await Promise.all([first, second]);
    expect(await db.read((q) => batchCounts(q, batch.id))).toEqual({ built: 1, reused: 1, failed: 0, pending: 0 });
    expect((await db.read((q) => findBatch(q, batch.id)))!.status).toBe('done');
  });

  it('leaves a cancelled batch cancelled when its last items finish', async () => {
    const { batch, ids } = await batchOf(1);
    await claim(1);
    await db.transaction(async (tx) => {
      await cancelBatchRow(tx, batch.id);
      await finishItems(tx, batch.id, ids, 'built');
      await completeIfDone(tx, batch.id);
    });
    expect((await db.read((q) => findBatch(q, batch.id)))!.status).toBe('cancelled');
  });
});

describe('storing documents', () => {
  const snapshot = (organiserId: string, inputsKey: string, content = Buffer.from('%PDF-1.7 …')): NewSnapshotRow => ({
    organiserId, format: 'pdf', inputsKey, catalogueVersionId: randomUUID(), catalogueLabel: 'Version 1', vintageLabel: 'Demodata',
    valueImportId: null, content, bytes: content.length, sha256: 'x',
  });

  it('stores a document once per organiser, format and inputs, byte for byte', async () => {
    const organiser = randomUUID();
    const content = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256));
    expect(await db.transaction((tx) => insertSnapshots(tx, [snapshot(organiser, 'k1', content), snapshot(organiser, 'k2')]))).toBe(2);
    expect(await db.transaction((tx) => insertSnapshots(tx, [snapshot(organiser, 'k1'), snapshot(organiser, 'k3')]))).toBe(1);
    expect(await db.read((q) => existingKeys(q, [organiser], ['k1', 'k3', 'k9']))).toEqual(new Set(['pdf:k1', 'pdf:k3']));
    const [row] = (await db.read((q) => q.execute(sql`select content from basis_snapshots where inputs_key = 'k1'`)) as unknown as { rows: { content: Uint8Array }[] }).rows;
    expect(Buffer.from(row!.content).equals(content)).toBe(true);
  });
});
