/**
 * No answer by the deadline sets the state. Every invited case whose last day to answer (a Swedish
 * calendar date) has passed gets "no answer", as a step the system takes: the transition has no
 * person, the audit record says `system:answer_deadline`. A late yes or no is still accepted from
 * "no answer", and the leader's week keeps listing such cases for a while, so that the pair can
 * remind the organiser.
 *
 * The watch runs when the application starts and then every `intervalMs`. Nothing is kept in memory
 * between runs: a restart loses nothing, since the next run finds whatever is still due, and a case
 * already recorded is no longer invited, so running twice changes nothing.
 */
import type { Database } from '../../platform/db/database.ts';
import { takeStep } from './cases.ts';
import { swedishToday } from './calendar/swedish-time.ts';
import { invitedPastDeadline } from './repository.ts';

const SYSTEM = { system: 'answer_deadline' } as const;

/** Records "no answer" on every invited case past its deadline, in one transaction; answers how many. */
export async function recordMissedDeadlines({ db, publicUrl, now = new Date() }: { db: Database; publicUrl: string; now?: Date }): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await invitedPastDeadline(tx, swedishToday(now));
    for (const dialogue of due) await takeStep(tx, { actor: SYSTEM, current: dialogue, version: null, event: 'record_no_answer', now, publicUrl });
    return due.length;
  });
}

/** Runs `recordMissedDeadlines` while the application runs. */
export class DeadlineWatch {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> = Promise.resolve();
  readonly #run: () => Promise<unknown>;
  readonly #intervalMs: number;

  constructor({ db, publicUrl, intervalMs }: { db: Database; publicUrl: string; intervalMs: number }) {
    this.#run = () => recordMissedDeadlines({ db, publicUrl });
    this.#intervalMs = intervalMs;
  }

  start(onError: (error: unknown) => void): void {
    const tick = () => {
      this.#running = this.#run().catch(onError).finally(() => {
        if (this.#timer) this.#timer = setTimeout(tick, this.#intervalMs);
      });
    };
    this.#timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
