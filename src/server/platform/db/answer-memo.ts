/**
 * Remembers computed answers for a few seconds, so that a page many people keep open (the leader's
 * week) does not repeat the same queries for each of them. PGlite runs every query on the main
 * thread at several milliseconds each; without this, 50 concurrent requests would queue for seconds.
 *
 * Freshness: every transaction committed by this process forgets everything at once (so one's own
 * changes show immediately, and on the embedded database there is no other writer); changes made by
 * another instance against a PostgreSQL server show within `ttlMs`. Concurrent requests for the same
 * key share one computation, and an answer computed while a commit happened is not kept.
 */
import type { Database } from './database.ts';

interface Entry<T> {
  value: Promise<T>;
  expires: number;
}

export class AnswerMemo<T> {
  readonly #entries = new Map<string, Entry<T>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  #generation = 0;

  constructor(db: Database, { ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
    db.onCommit(() => this.clear());
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  get(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const generation = this.#generation;
    const value = compute();
    const entry = { value, expires: now + this.#ttlMs };
    this.#entries.set(key, entry);
    // Failures are not remembered; neither is an answer that a commit may have made stale meanwhile.
    value.then(
      () => { if (generation !== this.#generation && this.#entries.get(key) === entry) this.#entries.delete(key); },
      () => { if (this.#entries.get(key) === entry) this.#entries.delete(key); },
    );
    if (this.#entries.size > this.#maxEntries) {
      // Maps iterate in insertion order: the oldest entry goes first.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return value;
  }
}
