/** The append-only, hash-chained audit log. Triggers in the migrations refuse UPDATE, DELETE and TRUNCATE. */
import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable('audit_log', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  /** ISO 8601 text, hashed exactly as stored. */
  at: text('at').notNull(),
  actorId: uuid('actor_id'),
  actorRole: text('actor_role'),
  event: text('event').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  organiserId: uuid('organiser_id'),
  details: jsonb('details').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
}, (t) => [
  index('audit_log_organiser_idx').on(t.organiserId),
  index('audit_log_entity_idx').on(t.entityType, t.entityId),
]);
