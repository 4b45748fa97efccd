/**
 * The one handle to the database. Use cases never hold a raw connection: they ask for `read` or
 * `transaction`, and a nested call from inside a transaction throws at once instead of waiting
 * forever on PGlite's single connection (or silently running outside the transaction on a pool).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type Schema = typeof schema;
export type Drizzle = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What repositories accept: either the plain handle (reads) or a transaction. */
export type Queryable = Drizzle | Tx;

export class NestedDatabaseUseError extends Error {
  constructor() {
    super('The database handle was used inside a transaction; use the transaction handle you were given.');
  }
}

export type DatabaseKind = 'pglite' | 'postgres';

export class Database {
  readonly #drizzle: Drizzle;
  readonly #inTransaction = new AsyncLocalStorage<true>();
  readonly #commitListeners = new Set<() => void>();
  readonly kind: DatabaseKind;
  readonly #close: () => Promise<void>;
  #inFlight = 0;
  #drained: (() => void) | null = null;

  /** PGlite in memory only: the whole database as a gzipped data directory (see template.ts). */
  readonly dump: (() => Promise<Blob>) | undefined;

  constructor(drizzle: Drizzle, kind: DatabaseKind, close: () => Promise<void>, dump?: () => Promise<Blob>) {
    this.#drizzle = drizzle;
    this.kind = kind;
    this.#close = close;
    this.dump = dump;
  }

  #guard(): void {
    if (this.#inTransaction.getStore()) throw new NestedDatabaseUseError();
  }

  /** Counts work in progress, so that closing waits for requests still running (e.g. at shutdown). */
  async #track<T>(work: () => Promise<T>): Promise<T> {
    this.#inFlight++;
    try {
      return await work();
    } finally {
      if (--this.#inFlight === 0) this.#drained?.();
    }
  }

  /** Waits (at most `graceMs`) for the work in progress, then closes the connection(s). */
  async close(graceMs = 5000): Promise<void> {
    if (this.#inFlight > 0) {
      await new Promise<void>((resolve) => {
        this.#drained = resolve;
        setTimeout(resolve, graceMs).unref();
      });
    }
    await this.#close();
  }

  /** Reads outside a transaction. */
  read<T>(fn: (db: Queryable) => Promise<T>): Promise<T> {
    this.#guard();
    return this.#track(() => fn(this.#drizzle));
  }

  /** One transaction: every change and its audit record commit together or not at all. */
  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    this.#guard();
    const result = await this.#track(() => this.#drizzle.transaction((tx) => this.#inTransaction.run(true, () => fn(tx))));
    for (const listener of this.#commitListeners) listener();
    return result;
  }

  /** Called after every committed transaction of this process, e.g. so that a read model re-checks at once. */
  onCommit(listener: () => void): () => void {
    this.#commitListeners.add(listener);
    return () => this.#commitListeners.delete(listener);
  }
}
