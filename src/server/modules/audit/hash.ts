/** The hash of one audit record over its canonical JSON (RFC 8785), chained to the previous record. */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  event: string;
  entityType: string;
  entityId: string;
  organiserId: string | null;
  details: unknown;
}

export function auditHash(prevHash: string, fields: HashedFields): string {
  const body = canonicalize({ ...fields, prevHash }) ?? '';
  return createHash('sha256').update(body).digest('hex');
}
