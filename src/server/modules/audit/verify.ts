/** Walks the whole audit log and checks every link of the hash chain. */
import type { Database } from '../../platform/db/database.ts';
import { auditHash, GENESIS_HASH } from './hash.ts';
import { readBatch } from './repository.ts';

export interface ChainReport {
  ok: boolean;
  records: number;
  /** The first record whose hash or link does not match, if any. */
  brokenAt: number | null;
  reason: string | null;
}

export async function verifyAuditChain(db: Database): Promise<ChainReport> {
  let prev = GENESIS_HASH;
  let afterSeq = 0;
  let records = 0;
  for (;;) {
    const batch = await db.read((q) => readBatch(q, afterSeq, 5000));
    if (batch.length === 0) return { ok: true, records, brokenAt: null, reason: null };
    for (const row of batch) {
      if (row.prevHash !== prev) return { ok: false, records, brokenAt: row.seq, reason: 'link to the previous record does not match' };
      const expected = auditHash(prev, {
        at: row.at, actorId: row.actorId, actorRole: row.actorRole, event: row.event, entityType: row.entityType,
        entityId: row.entityId, organiserId: row.organiserId, details: row.details,
      });
      if (expected !== row.hash) return { ok: false, records, brokenAt: row.seq, reason: 'record content does not match its hash' };
      prev = row.hash;
      records++;
      afterSeq = row.seq;
    }
  }
}
