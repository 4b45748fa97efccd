/** Queries of users and sessions. */
import { and, eq, gt, like, lt } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { organisers } from '../registry/schema.ts';
import { appSecrets, sessions, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserBySubject(db: Queryable, subject: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.subject, subject));
  return row;
}

export async function listDemoUsers(db: Queryable) {
  return db
    .select({ subject: users.subject, name: users.name, role: users.role, agency: users.agency, organiserName: organisers.name })
    .from(users)
    .leftJoin(organisers, eq(organisers.id, users.organiserId))
    .where(like(users.subject, 'demo:%'))
    .orderBy(users.subject);
}

export async function insertUsers(tx: Tx, rows: (typeof users.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(users).values(rows);
}

export async function insertSession(tx: Tx, row: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(row);
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** The user behind a live session and when it expires, or nothing. */
export async function findSessionUser(db: Queryable, tokenHash: string, now: Date): Promise<{ user: UserRow; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

/** Stores a generated secret unless one of that name exists, and answers the one that is kept. */
export async function keepSecret(tx: Tx, name: string, candidate: string): Promise<string> {
  await tx.insert(appSecrets).values({ name, value: candidate }).onConflictDoNothing();
  const [row] = await tx.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name));
  return row!.value;
}
