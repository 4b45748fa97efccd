/**
 * Dialogue cases for tests: the demo pair, a case created through the API by the coordinator, and a
 * case put straight into a state when the steps that lead there are tested elsewhere.
 */
import { sql } from 'drizzle-orm';
import type { DialogueDetail } from '../../src/shared/api/dialogues.ts';
import type { DialogueState } from '../../src/shared/dialogues.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import { as, type Session, type TestApp } from './app.ts';
import { rows } from './sql.ts';

export interface Pair {
  leaderSkolverketId: string;
  leaderSpsmId: string;
}

export type CaseRef = Pick<DialogueDetail, 'id' | 'version'>;

/** The demo pair: Karin Lindqvist (Skolverket) and Johan Bergström (SPSM). */
export async function demoPair(db: Database): Promise<Pair> {
  const leaders = await rows<{ subject: string; id: string }>(db, sql`select subject, id from users where subject in ('demo:ledare-skolverket', 'demo:ledare-spsm')`);
  const leader = (subject: string) => {
    const found = leaders.find((l) => l.subject === subject);
    if (!found) throw new Error(`The demo user ${subject} is missing: was the demo data seeded?`);
    return found.id;
  };
  return { leaderSkolverketId: leader('demo:ledare-skolverket'), leaderSpsmId: leader('demo:ledare-spsm') };
}

/**
 * A case with the demo pair in the Solna office, created by the coordinator through the API;
 * `fields` adds to or overrides what is sent. Fails the test with the answer if it is refused.
 */
export async function createCase(t: TestApp, coordinator: Session, organiserIds: (string | null)[], fields: Record<string, unknown> = {}): Promise<DialogueDetail> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/dialogues', headers: as(coordinator),
    payload: { organiserIds, officeCode: 'solna', answerDeadline: '2099-01-31', ...(await demoPair(t.db)), ...fields },
  });
  if (res.statusCode !== 201) throw new Error(`Creating the case was refused (${res.statusCode}): ${res.body}`);
  return res.json() as DialogueDetail;
}

/** Puts a case straight into `state`, as a step would: its version goes up. Returns the new version. */
export async function forceState(db: Database, id: string, state: DialogueState): Promise<number> {
  const result = await db.transaction((tx) => tx.execute(sql`update dialogues set state = ${state}, version = version + 1 where id = ${id} returning version`));
  const [row] = (result as unknown as { rows: { version: number }[] }).rows;
  if (!row) throw new Error(`There is no case ${id}`);
  return row.version;
}

/** A new case of the organiser, put straight into `state`. */
export async function caseIn(t: TestApp, coordinator: Session, organiserId: string, state: DialogueState): Promise<CaseRef> {
  const created = await createCase(t, coordinator, [organiserId]);
  return { id: created.id, version: await forceState(t.db, created.id, state) };
}
