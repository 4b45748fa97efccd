/**
 * Writing the audit log. Always called with the transaction of the change it records, so that the
 * change and its record commit together. Records are hash-chained; the table refuses updates.
 */
import type { Actor } from '../../platform/http/access.ts';
import type { Tx } from '../../platform/db/database.ts';
import type { AuditEvent } from './events.ts';
import { auditHash, GENESIS_HASH } from './hash.ts';
import { insertRecords, lastHash, lockChain, type NewAuditRow } from './repository.ts';

export interface AuditEntry {
  event: AuditEvent;
  entityType: string;
  entityId: string;
  organiserId?: string | null;
  details?: Record<string, unknown>;
}

/** The system itself (seeding, start-up) acts without a signed-in user. */
export type AuditActor = Actor | { system: string };

export async function audit(tx: Tx, actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await lockChain(tx);
  let prev = (await lastHash(tx)) ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows: NewAuditRow[] = list.map((entry) => {
    const fields = {
      at,
      actorId: 'userId' in actor ? actor.userId : null,
      actorRole: 'userId' in actor ? actor.role : `system:${actor.system}`,
      event: entry.event,
      entityType: entry.entityType,
      entityId: entry.entityId,
      organiserId: entry.organiserId ?? null,
      details: entry.details ?? {},
    };
    const hash = auditHash(prev, fields);
    const row = { ...fields, prevHash: prev, hash };
    prev = hash;
    return row;
  });
  await insertRecords(tx, rows);
}
