/**
 * Who a token stands for, remembered for a short while by the token's hash, so that a busy API does
 * not look every session or API key up on every request. Signing out or revoking forgets at once in
 * this process; another instance remembers for at most `ttlMs`.
 */
import type { Actor } from '../../platform/http/access.ts';

export class ActorCache {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, { actor: Actor | null; until: number }>();

  constructor({ ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  /** The remembered actor for `key`, or what `load` finds (remembered until `expiresAt` at the latest). */
  async get(key: string, load: () => Promise<{ actor: Actor | null; expiresAt?: Date | undefined }>, now = Date.now()): Promise<Actor | null> {
    const cached = this.#entries.get(key);
    if (cached && cached.until > now) return cached.actor;
    const { actor, expiresAt } = await load();
    if (this.#entries.size > this.#maxEntries) this.#entries.clear();
    this.#entries.set(key, { actor, until: Math.min(now + this.#ttlMs, expiresAt?.getTime() ?? Infinity) });
    return actor;
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }
}
