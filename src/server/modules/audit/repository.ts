/** Queries of the audit log. Only this file reads or writes the table. */
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { users } from '../access/schema.ts';
import { auditLog } from './schema.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = Omit<typeof auditLog.$inferInsert, 'seq'>;

/** Serialises writers so that each record chains to the one before it, also across app instances. */
export async function lockChain(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4711)`);
}

export async function lastHash(tx: Tx): Promise<string | null> {
  const [row] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row?.hash ?? null;
}

export async function insertRecords(tx: Tx, rows: NewAuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(auditLog).values(rows.slice(i, i + 1000));
}

export async function readBatch(db: Queryable, afterSeq: number, size: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(size);
}

const HISTORY_EVENTS = ['organiser.created', 'organiser.updated', 'unit.created', 'unit.updated', 'contact.created', 'contact.ended', 'import.applied'];

/** An organiser's history of changes, newest first; reads of personal data are not part of it. */
export async function organiserHistory(db: Queryable, organiserId: string, limit: number) {
  return db
    .select({ seq: auditLog.seq, at: auditLog.at, event: auditLog.event, details: auditLog.details, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.organiserId, organiserId), inArray(auditLog.event, HISTORY_EVENTS)))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}
