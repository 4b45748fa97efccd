/**
 * An in-memory read model kept fresh by a revision counter that database triggers raise on every
 * change, in any process. It checks the revision at most every `maxAgeMs`, and at once after a
 * transaction of this process commits, so one's own changes show immediately and another instance's
 * within `maxAgeMs`; it reloads only when the revision moved. Concurrent callers share one refresh.
 */
import type { Database, Queryable } from './database.ts';

export interface RefresherOptions<T> {
  readRevision: (db: Queryable) => Promise<number>;
  load: (db: Queryable) => Promise<T>;
  maxAgeMs: number;
}

export class Refresher<T> {
  readonly #db: Database;
  readonly #options: RefresherOptions<T>;
  #value: T | undefined;
  #revision = -1;
  #checkedAt = 0;
  #refreshing: Promise<void> | null = null;

  constructor(db: Database, options: RefresherOptions<T>) {
    this.#db = db;
    this.#options = options;
    db.onCommit(() => {
      this.#checkedAt = 0;
    });
  }

  async current(): Promise<T> {
    if (this.#value === undefined || performance.now() - this.#checkedAt >= this.#options.maxAgeMs) {
      this.#refreshing ??= this.#refresh().finally(() => {
        this.#refreshing = null;
      });
      await this.#refreshing;
    }
    return this.#value!;
  }

  async #refresh(): Promise<void> {
    const checkedAt = performance.now();
    const revision = await this.#db.read(this.#options.readRevision);
    if (revision !== this.#revision || this.#value === undefined) {
      this.#value = await this.#db.read(this.#options.load);
      this.#revision = revision;
    }
    this.#checkedAt = checkedAt;
  }
}
