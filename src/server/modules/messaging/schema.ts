/**
 * The outbox: every e-mail the system sends is first a row here, written in the transaction of the
 * change that causes it, then delivered by the mail sender when SMTP is configured. The row keeps
 * the delivery status, so nothing is lost when the process stops.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const OUTBOX_STATUSES = ['queued', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A calendar invitation sent with the message (shown by Outlook and Gmail as a native invitation). */
export interface OutboxCalendar {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

export const outboxMessages = pgTable('outbox_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  toAddress: text('to_address').notNull(),
  toName: text('to_name').notNull(),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  calendar: jsonb('calendar').$type<OutboxCalendar>(),
  organiserId: uuid('organiser_id'),
  relatedType: text('related_type'),
  relatedId: uuid('related_id'),
  status: text('status').$type<OutboxStatus>().notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  /** Not before this time (retries back off). */
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  check('outbox_messages_status_chk', sql`${t.status} in ('queued','sent','failed')`),
  index('outbox_messages_due_idx').on(t.status, t.nextAttemptAt),
  index('outbox_messages_related_idx').on(t.relatedType, t.relatedId),
  index('outbox_messages_organiser_idx').on(t.organiserId, t.createdAt),
]);
