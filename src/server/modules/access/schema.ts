/** Users, their sessions, and the API keys other systems act through. */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Agency, Role } from '../../../shared/roles.ts';
import { organisers } from '../registry/schema.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Demo persona id, or the subject of the OpenID Connect issuer. */
  subject: text('subject').notNull().unique(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  role: text('role').$type<Role>().notNull(),
  agency: text('agency').$type<Agency>(),
  organiserId: uuid('organiser_id').references(() => organisers.id),
  officeCode: text('office_code'),
});

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie's token: a database leak does not hand out sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/**
 * A key another authority's system uses to call the API (`Authorization: Bearer …`), acting as its
 * own service user with one role. Only the key's SHA-256 is stored; the key itself is shown once.
 */
export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** The service user the key acts as (role and name in the audit log). */
  userId: uuid('user_id').notNull().references(() => users.id),
  keyHash: text('key_hash').notNull().unique(),
  /** The key's first characters, so that people can tell keys apart without seeing them. */
  prefix: text('prefix').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
}, (t) => [check('api_keys_name_chk', sql`length(trim(${t.name})) > 0`)]);

/** Keys the system makes for itself on first use, e.g. the key that signs invitation links. */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
