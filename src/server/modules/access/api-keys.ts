/**
 * API keys for other authorities' systems. An administrator creates a key for a system and a role
 * (today only the inspectorate's); the key acts as its own service user, so that the audit log names
 * the system behind every change. The key is shown once and only its SHA-256 is stored; a revoked key
 * stops working at once in this process and within the resolver's memory time in any other.
 */
import { randomBytes } from 'node:crypto';
import type { ApiKeyCreate, ApiKeyCreated, ApiKeySummary } from '../../../shared/api/api-keys.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { DomainError, notFound, versionConflict } from '../../platform/errors.ts';
import { audit } from '../audit/audit.ts';
import { findActiveKeyUser, findApiKey, insertApiKey, listApiKeys, revokeApiKeyIfVersion } from './api-key-repository.ts';
import { ActorCache } from './actor-cache.ts';
import { actorOf, hashToken } from './sessions.ts';

/** Keys start with this, so that a leaked one is recognised (and scanners can look for it). */
export const API_KEY_PREFIX = 'kn_';
const PREFIX_SHOWN = 10;

type Listed = Awaited<ReturnType<typeof listApiKeys>>[number];

function summaryOf({ key, user, createdByName }: Listed): ApiKeySummary {
  return {
    id: key.id, name: key.name, contactEmail: user.email, role: user.role as ApiKeySummary['role'], prefix: key.prefix,
    createdAt: key.createdAt.toISOString(), createdByName, revokedAt: key.revokedAt?.toISOString() ?? null, version: key.version,
  };
}

export async function getApiKeys({ db }: { db: Database }): Promise<{ items: ApiKeySummary[] }> {
  return { items: (await db.read(listApiKeys)).map(summaryOf) };
}

export async function createApiKey({ db, actor, input }: { db: Database; actor: Actor; input: ApiKeyCreate }): Promise<ApiKeyCreated> {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await insertApiKey(tx,
      { subject: `api-key:${id}`, name: input.name, email: input.contactEmail, role: input.role, agency: null },
      { id, name: input.name, keyHash: hashToken(secret), prefix: secret.slice(0, PREFIX_SHOWN), createdBy: actor.userId });
    await audit(tx, actor, { event: 'api_key.created', entityType: 'api_key', entityId: id, details: { name: input.name, role: input.role } });
  });
  const created = await db.read((q) => findApiKey(q, id));
  return { key: summaryOf(created!), secret };
}

export async function revokeApiKey({ db, actor, id, version, resolver }: {
  db: Database; actor: Actor; id: string; version: number; resolver: ApiKeyResolver;
}): Promise<ApiKeySummary> {
  const keyHash = await db.transaction(async (tx) => {
    const current = await findApiKey(tx, id);
    if (!current) throw notFound('API-nyckeln');
    if (current.key.revokedAt) throw new DomainError('conflict', 'API-nyckeln är redan återkallad.', 'api key revoked');
    const revoked = await revokeApiKeyIfVersion(tx, id, version, new Date());
    if (!revoked) throw versionConflict('API-nyckeln');
    await audit(tx, actor, { event: 'api_key.revoked', entityType: 'api_key', entityId: id, details: { name: current.key.name } });
    return revoked;
  });
  resolver.forgetHash(keyHash);
  return summaryOf((await db.read((q) => findApiKey(q, id)))!);
}

/** Resolves `Authorization: Bearer kn_…` to the key's service user, remembering answers for a short while. */
export class ApiKeyResolver {
  readonly #db: Database;
  readonly #cache: ActorCache;

  constructor(db: Database, { ttlMs = 30_000 }: { ttlMs?: number } = {}) {
    this.#db = db;
    this.#cache = new ActorCache({ ttlMs, maxEntries: 1_000 });
  }

  async resolve(authorization: string | undefined): Promise<Actor | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!match || !match[1]!.startsWith(API_KEY_PREFIX)) return null;
    const keyHash = hashToken(match[1]!);
    return this.#cache.get(keyHash, async () => {
      const user = await this.#db.read((q) => findActiveKeyUser(q, keyHash));
      return { actor: user ? actorOf(user) : null };
    });
  }

  forgetHash(keyHash: string): void {
    this.#cache.forget(keyHash);
  }
}
