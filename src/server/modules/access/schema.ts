/** Users and their sessions. */
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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

/** Keys the system makes for itself on first use, e.g. the key that signs invitation links. */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
