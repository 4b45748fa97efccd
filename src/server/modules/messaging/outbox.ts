/**
 * Putting e-mail in the outbox. Always called with the transaction of the change that causes the
 * message, so that the change and its e-mail commit (or fail) together; the sender delivers later.
 */
import type { Database, Tx } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { insertMessages, listMessages, type OutboxRow } from './repository.ts';
import type { OutboxCalendar } from './schema.ts';

export interface MailMessage {
  kind: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  calendar?: OutboxCalendar | null;
  organiserId?: string | null;
  related?: { type: string; id: string };
}

export async function enqueueMail(tx: Tx, messages: MailMessage | MailMessage[]): Promise<OutboxRow[]> {
  const list = Array.isArray(messages) ? messages : [messages];
  return insertMessages(tx, list.map((m) => ({
    kind: m.kind,
    toAddress: m.to.address,
    toName: m.to.name,
    subject: m.subject,
    bodyText: m.text,
    calendar: m.calendar ?? null,
    organiserId: m.organiserId ?? null,
    relatedType: m.related?.type ?? null,
    relatedId: m.related?.id ?? null,
  })));
}

export function presentMessage(row: OutboxRow) {
  return {
    id: row.id, kind: row.kind, toName: row.toName, toAddress: row.toAddress, subject: row.subject, bodyText: row.bodyText,
    status: row.status, attempts: row.attempts, lastError: row.lastError,
    createdAt: row.createdAt.toISOString(), sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** The outbox as administrators see it: what was sent, what waits, what failed. */
export async function getOutbox({ db, relatedId }: { db: Database; actor: Actor; relatedId?: string | undefined }) {
  const rows = await db.read((q) => listMessages(q, { relatedId, limit: 200 }));
  return { items: rows.map(presentMessage) };
}
