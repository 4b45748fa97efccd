/** Queries of API keys and the service users they act as. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { apiKeys, users } from './schema.ts';
import type { UserRow } from './repository.ts';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
const creators = alias(users, 'creators');

export async function insertApiKey(tx: Tx, user: typeof users.$inferInsert, key: Omit<typeof apiKeys.$inferInsert, 'userId'>): Promise<ApiKeyRow> {
  const [service] = await tx.insert(users).values(user).returning({ id: users.id });
  const [row] = await tx.insert(apiKeys).values({ ...key, userId: service!.id }).returning();
  return row!;
}

export function listApiKeys(db: Queryable) {
  return db.select({ key: apiKeys, user: users, createdByName: creators.name })
    .from(apiKeys).innerJoin(users, eq(users.id, apiKeys.userId)).leftJoin(creators, eq(creators.id, apiKeys.createdBy))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export async function findApiKey(db: Queryable, id: string) {
  const [row] = await listApiKeys(db).where(eq(apiKeys.id, id));
  return row;
}

/** The service user of a key that is not revoked, by the key's hash. */
export async function findActiveKeyUser(db: Queryable, keyHash: string): Promise<UserRow | undefined> {
  const [row] = await db.select({ user: users }).from(apiKeys).innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
  return row?.user;
}

/** Revokes the key when it is still at `version` and not revoked; answers the hash of a key it revoked. */
export async function revokeApiKeyIfVersion(tx: Tx, id: string, version: number, at: Date): Promise<string | undefined> {
  const [row] = await tx.update(apiKeys).set({ revokedAt: at, version: version + 1 })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.version, version), isNull(apiKeys.revokedAt))).returning({ keyHash: apiKeys.keyHash });
  return row?.keyHash;
}
