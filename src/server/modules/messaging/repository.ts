/** Queries of the outbox. */
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { outboxMessages } from './schema.ts';

export type OutboxRow = typeof outboxMessages.$inferSelect;
export type NewOutboxRow = typeof outboxMessages.$inferInsert;

export async function insertMessages(tx: Tx, rows: NewOutboxRow[]): Promise<OutboxRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(outboxMessages).values(rows).returning();
}

export function listMessages(db: Queryable, filter: { relatedId?: string | undefined; limit: number }) {
  return db.select().from(outboxMessages)
    .where(filter.relatedId ? eq(outboxMessages.relatedId, filter.relatedId) : undefined)
    .orderBy(desc(outboxMessages.createdAt))
    .limit(filter.limit);
}

/** Delivery state of the messages about some entities, newest first (no bodies: they may hold links). */
export function deliveryStates(db: Queryable, relatedType: string, relatedIds: string[]) {
  if (relatedIds.length === 0) return Promise.resolve([]);
  return db.select({ relatedId: outboxMessages.relatedId, status: outboxMessages.status, createdAt: outboxMessages.createdAt, sentAt: outboxMessages.sentAt })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.relatedType, relatedType), inArray(outboxMessages.relatedId, relatedIds)))
    .orderBy(desc(outboxMessages.createdAt));
}

/**
 * Takes the next due messages for delivery and leases them until `leaseUntil`: if the process stops
 * while sending, they are due again after the lease. On a PostgreSQL server several instances may
 * send at once: SKIP LOCKED lets each take different rows.
 */
export async function claimDue(tx: Tx, now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
  const due = await tx.select({ id: outboxMessages.id }).from(outboxMessages)
    .where(and(eq(outboxMessages.status, 'queued'), lte(outboxMessages.nextAttemptAt, now)))
    .orderBy(asc(outboxMessages.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  if (due.length === 0) return [];
  return tx.update(outboxMessages).set({ nextAttemptAt: leaseUntil })
    .where(inArray(outboxMessages.id, due.map((d) => d.id)))
    .returning();
}

export async function markSent(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.update(outboxMessages).set({ status: 'sent', sentAt: at, attempts: sql`${outboxMessages.attempts} + 1`, lastError: null })
    .where(eq(outboxMessages.id, id));
}

export async function markAttemptFailed(tx: Tx, id: string, error: string, retryAt: Date | null): Promise<void> {
  await tx.update(outboxMessages).set({
    status: retryAt ? 'queued' : 'failed',
    attempts: sql`${outboxMessages.attempts} + 1`,
    lastError: error,
    ...(retryAt ? { nextAttemptAt: retryAt } : {}),
  }).where(eq(outboxMessages.id, id));
}
