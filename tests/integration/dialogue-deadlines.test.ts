/**
 * No answer by the deadline sets the state: the watch records "no answer" on invited cases whose last
 * day to answer has passed, as the system (no person in the transition, `system:answer_deadline` in
 * the audit), leaves cases due today or later alone, changes nothing when run again, starts with the
 * application (so a restart loses nothing), and a late answer is still taken. The leader's week keeps
 * such a case among the overdue answers.
 */
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeaderWeek } from '../../src/shared/api/dialogue-week.ts';
import { recordMissedDeadlines } from '../../src/server/modules/dialogues/deadlines.ts';
import { swedishToday } from '../../src/server/modules/dialogues/calendar/swedish-time.ts';
import { addDays } from '../../src/server/modules/dialogues/planning/dates.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { buildApp } from '../../src/server/platform/http/app.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { createCase } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let coordinator: Session;
let karin: Session;
let rep: Session;
const PUBLIC_URL = 'http://localhost:3000';
const today = swedishToday();
const write = (query: SQL) => t.db.transaction(async (tx) => { await tx.execute(query); });
const stateOf = async (id: string) => (await rows<{ state: string; decline_reason: string | null }>(t.db, sql`select state, decline_reason from dialogues where id = ${id}`))[0]!;

/** An invited case of the organiser whose last day to answer is `deadline` (set after the invitation, which needs a date ahead). */
async function invitedWithDeadline(organiserId: string, deadline: string): Promise<string> {
  const created = await createCase(t, coordinator, [organiserId]);
  const invited = await t.app.inject({ method: 'POST', url: `/api/dialogues/${created.id}/events`, headers: as(coordinator, { 'if-match': `"${created.version}"` }), payload: { event: 'invite' } });
  expect(invited.statusCode, invited.body).toBe(200);
  await write(sql`update dialogues set answer_deadline = ${deadline} where id = ${created.id}`);
  return created.id;
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn(t.app, 'samordnare');
  karin = await signIn(t.app, 'ledare-skolverket');
  rep = await signIn(t.app, 'huvudman-kommun');
});
afterAll(async () => t?.close());

describe('no answer by the deadline', () => {
  let late: string;
  let dueToday: string;
  let ahead: string;

  beforeAll(async () => {
    const [other] = await rows<{ id: string }>(t.db, sql`select id from organisers where status = 'active' and id <> ${rep.organiserId} order by org_number limit 1`);
    late = await invitedWithDeadline(rep.organiserId!, addDays(today, -3));
    dueToday = await invitedWithDeadline(other!.id, today);
    ahead = await invitedWithDeadline(other!.id, addDays(today, 10));
  });

  it('is recorded by the system on the cases past their deadline only', async () => {
    expect(await recordMissedDeadlines({ db: t.db, publicUrl: PUBLIC_URL })).toBe(1);
    expect(await stateOf(late)).toEqual({ state: 'no_answer', decline_reason: 'no_answer' });
    expect((await stateOf(dueToday)).state).toBe('invited');
    expect((await stateOf(ahead)).state).toBe('invited');

    const [step] = await rows<{ event: string; actor_id: string | null }>(t.db, sql`select event, actor_id from dialogue_transitions where dialogue_id = ${late} order by at desc limit 1`);
    expect(step).toEqual({ event: 'record_no_answer', actor_id: null });
    const audit = await rows<{ actor_role: string; details: { event: string } }>(t.db, sql`select actor_role, details from audit_log where entity_id = ${late} and event = 'dialogue.event' order by seq desc limit 1`);
    expect(audit[0]).toMatchObject({ actor_role: 'system:answer_deadline', details: { event: 'record_no_answer', to: 'no_answer' } });
  });

  it('changes nothing when it runs again', async () => {
    expect(await recordMissedDeadlines({ db: t.db, publicUrl: PUBLIC_URL })).toBe(0);
    const [{ n }] = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from dialogue_transitions where dialogue_id = ${late} and event = 'record_no_answer'`) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('counts a deadline as passed from midnight, Swedish time', async () => {
    // 21.00 UTC on the deadline is still that day in Sweden; 23.30 UTC is already the next.
    expect(await recordMissedDeadlines({ db: t.db, publicUrl: PUBLIC_URL, now: new Date(`${today}T21:00:00Z`) })).toBe(0);
    expect((await stateOf(dueToday)).state).toBe('invited');
    expect(await recordMissedDeadlines({ db: t.db, publicUrl: PUBLIC_URL, now: new Date(`${today}T23:30:00Z`) })).toBe(1);
    expect((await stateOf(dueToday)).state).toBe('no_answer');
    expect((await stateOf(ahead)).state).toBe('invited');
  });

  it('keeps the case among the overdue answers in the leader\'s week', async () => {
    const week = (await t.app.inject({ method: 'GET', url: '/api/my-week', headers: as(karin) })).json() as LeaderWeek;
    expect(week.overdueAnswers).toContainEqual(expect.objectContaining({ dialogue: expect.objectContaining({ id: late, state: 'no_answer' }), daysOverdue: 3 }));
  });

  it('still takes a late answer from the organiser', async () => {
    const current = (await t.app.inject({ method: 'GET', url: `/api/dialogues/${late}`, headers: as(rep) })).json() as { version: number };
    const res = await t.app.inject({ method: 'POST', url: `/api/dialogues/${late}/events`, headers: as(rep, { 'if-match': `"${current.version}"` }), payload: { event: 'accept' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await stateOf(late)).state).toBe('accepted');
  });
});

describe('the deadline watch', () => {
  it('runs when the application starts, so that a case that fell due while it was stopped is recorded', async () => {
    const [organiser] = await rows<{ id: string }>(t.db, sql`select id from organisers where status = 'active' order by org_number desc limit 1`);
    const id = await invitedWithDeadline(organiser!.id, addDays(today, -1));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEADLINE_WATCH_MINUTES: '60' });
    const { app } = await buildApp({ config, db: t.db, logger: false });
    try {
      await app.ready();
      await expect.poll(async () => (await stateOf(id)).state, { timeout: 10_000 }).toBe('no_answer');
    } finally {
      await app.close();
    }
  });
});
