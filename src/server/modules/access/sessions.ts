/** Sessions: an opaque random token in a cookie; only its SHA-256 is stored. */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Agency, Role } from '../../../shared/roles.ts';
import { audit } from '../audit/audit.ts';
import { ActorCache } from './actor-cache.ts';
import { deleteSession, findSessionUser, findUserBySubject, insertSession, type UserRow } from './repository.ts';

export const SESSION_COOKIE = 'kn_session';
export const SESSION_HOURS = 10;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function actorOf(user: UserRow): Actor {
  return {
    userId: user.id,
    name: user.name,
    role: user.role as Role,
    agency: (user.agency as Agency | null) ?? null,
    organiserId: user.organiserId,
  };
}

/**
 * Resolves session cookies to actors, remembering each answer for a short while so that a busy API
 * does not look the session up on every request. Sign-out in this process forgets at once; in another
 * instance the session lives on for at most `ttlMs`.
 */
export class SessionResolver {
  readonly #db: Database;
  readonly #cache: ActorCache;

  constructor(db: Database, { ttlMs = 30_000 }: { ttlMs?: number } = {}) {
    this.#db = db;
    this.#cache = new ActorCache({ ttlMs, maxEntries: 10_000 });
  }

  async resolve(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    return this.#cache.get(tokenHash, async () => {
      const found = await this.#db.read((q) => findSessionUser(q, tokenHash, new Date()));
      return found ? { actor: actorOf(found.user), expiresAt: found.expiresAt } : { actor: null };
    });
  }

  forget(token: string | undefined): void {
    if (token) this.#cache.forget(hashToken(token));
  }
}

/** Demo sign-in: the persona is a seeded user whose subject is `demo:<id>`. */
export async function devLogin({ db, persona }: { db: Database; persona: string }): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  return db.transaction(async (tx) => {
    const user = await findUserBySubject(tx, `demo:${persona}`);
    if (!user) throw new DomainError('validation', `Det finns ingen demoperson med id "${persona}".`, `unknown persona ${persona}`, [{ path: 'persona', field: 'persona', message: 'okänd demoperson' }]);
    await insertSession(tx, { tokenHash: hashToken(token), userId: user.id, expiresAt });
    const actor = actorOf(user);
    await audit(tx, actor, { event: 'session.created', entityType: 'user', entityId: user.id, details: { method: 'dev-login' } });
    return { token, actor, expiresAt };
  });
}

export async function logout(db: Database, token: string | undefined): Promise<void> {
  if (token) await db.read((q) => deleteSession(q, hashToken(token)));
}
