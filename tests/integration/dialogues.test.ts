/**
 * Dialogue cases over the API: the pair (one leader per agency, enforced), the guards of the
 * lifecycle with their Swedish messages, the organiser's answer within its own reach, "organiser
 * ceased" reaching the registry, concurrent changes, and agency notes the other agency cannot reach.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialogueDetail } from '../../src/shared/api/dialogues.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let coordinator: Session;
let karin: Session;
let johan: Session;
let rep: Session;
let otherRep: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signIn(t.app, 'samordnare');
  karin = await signIn(t.app, 'ledare-skolverket');
  johan = await signIn(t.app, 'ledare-spsm');
  rep = await signIn(t.app, 'huvudman-kommun');
  otherRep = await signIn(t.app, 'huvudman-forskola');
  for (const r of await rows<{ subject: string; id: string }>(t.db, sql`select subject, id from users where subject like 'demo:%'`)) ids[r.subject] = r.id;
});
afterAll(async () => t?.close());

const create = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/dialogues', headers: as(coordinator), payload });
const step = (session: Session, d: DialogueDetail, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/dialogues/${d.id}/events`, headers: as(session, { 'if-match': `"${d.version}"` }), payload });

describe('dialogue case', () => {
  let d: DialogueDetail;

  it('refuses two leaders from the same agency, naming the person', async () => {
    const res = await create({ organiserIds: [rep.organiserId], officeCode: 'solna', leaderSkolverketId: ids['demo:ledare-skolverket'], leaderSpsmId: ids['demo:ledare-skolverket'] });
    expect(res.statusCode).toBe(400);
    const messages = (res.json().error.details as { message: string }[]).map((x) => x.message).join(' ');
    expect(messages).toMatch(/Karin Lindqvist är dialogutförare vid Skolverket/);
    expect(messages).toMatch(/två personer/);
    expect((await rows(t.db, sql`select 1 from dialogues`))).toHaveLength(0);
  });

  it('is created by the coordinator with a pair from both agencies', async () => {
    const res = await create({ organiserIds: [rep.organiserId], officeCode: 'solna', leaderSkolverketId: ids['demo:ledare-skolverket'], leaderSpsmId: ids['demo:ledare-spsm'] });
    expect(res.statusCode, res.body).toBe(201);
    d = res.json();
    expect(d).toMatchObject({ state: 'planned', leaderSkolverket: { name: 'Karin Lindqvist' }, leaderSpsm: { name: 'Johan Bergström' } });
    expect(d.possibleEvents).toContain('invite');
    expect(d.blockers.invite).toEqual(['Ange sista dag för svar.']);
  });

  it('will not invite before the guards are met, and says why', async () => {
    const res = await step(coordinator, d, { event: 'invite' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Ange sista dag för svar.');
  });

  it('detects a stale edit and keeps the first', async () => {
    const first = await t.app.inject({ method: 'PATCH', url: `/api/dialogues/${d.id}`, headers: as(karin, { 'if-match': `"${d.version}"` }), payload: { answerDeadline: '2099-01-15' } });
    expect(first.statusCode, first.body).toBe(200);
    const second = await t.app.inject({ method: 'PATCH', url: `/api/dialogues/${d.id}`, headers: as(johan, { 'if-match': `"${d.version}"` }), payload: { answerDeadline: '2099-02-15' } });
    expect(second.statusCode).toBe(412);
    d = first.json();
    expect(d.answerDeadline).toBe('2099-01-15');
  });

  it('invites, then lets only its own organiser answer', async () => {
    const invited = await step(coordinator, d, { event: 'invite' });
    expect(invited.statusCode, invited.body).toBe(200);
    d = invited.json();
    expect(d.state).toBe('invited');
    expect((await t.app.inject({ method: 'GET', url: `/api/dialogues/${d.id}`, headers: as(otherRep) })).statusCode).toBe(404);
    expect((await step(otherRep, d, { event: 'accept' })).statusCode).toBe(404);
    const repView = (await t.app.inject({ method: 'GET', url: `/api/dialogues/${d.id}`, headers: as(rep) })).json() as DialogueDetail;
    expect(repView.possibleEvents.sort()).toEqual(['accept', 'decline']);
    expect((await step(rep, d, { event: 'hold_intro' })).statusCode).toBe(403);
    const accepted = await step(rep, d, { event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    d = accepted.json();
    expect(d.state).toBe('accepted');
  });

  it('marks no meeting held before one has been booked', async () => {
    const res = await step(karin, d, { event: 'hold_intro' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/inget introduktionsmöte som har börjat/);
  });

  it('lists the case for its leaders and organiser only', async () => {
    const mine = (await t.app.inject({ method: 'GET', url: '/api/dialogues?leader=me', headers: as(karin) })).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(d.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/dialogues', headers: as(otherRep) })).json().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/dialogues', headers: as(rep) })).json().total).toBe(1);
  });
});

describe('an organiser that has ceased', () => {
  it('declines with that reason and the registry follows', async () => {
    const created = (await create({
      organiserIds: [otherRep.organiserId], officeCode: 'goteborg', leaderSkolverketId: ids['demo:ledare-skolverket'], leaderSpsmId: ids['demo:ledare-spsm'],
      answerDeadline: '2099-03-01',
    })).json() as DialogueDetail;
    const invited = (await step(coordinator, created, { event: 'invite' })).json() as DialogueDetail;
    const noReason = await step(otherRep, invited, { event: 'decline' });
    expect(noReason.statusCode).toBe(409);
    expect(noReason.json().error.message).toBe('Ange skälet till att huvudmannen tackar nej.');
    const declined = await step(otherRep, invited, { event: 'decline', declineReason: 'organiser_ceased' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ state: 'declined', declineReason: 'organiser_ceased', possibleEvents: [] });
    const [organiser] = await rows<{ status: string }>(t.db, sql`select status from organisers where id = ${otherRep.organiserId}`);
    expect(organiser!.status).toBe('ceased');
  });
});

describe('agency notes', () => {
  let dialogueId: string;
  beforeAll(async () => {
    dialogueId = (await t.app.inject({ method: 'GET', url: '/api/dialogues?leader=me', headers: as(karin) })).json().items[0].id;
  });
  const notes = (session: Session) => t.app.inject({ method: 'GET', url: `/api/dialogues/${dialogueId}/agency-notes`, headers: as(session) });
  const add = (session: Session, text: string, shared: boolean) =>
    t.app.inject({ method: 'POST', url: `/api/dialogues/${dialogueId}/agency-notes`, headers: as(session), payload: { text, shared } });

  it('keeps an agency\'s internal note from the other agency unless shared, in the API and the audit log', async () => {
    expect((await add(karin, 'Skolverket internt: oro för rektorsomsättning', false)).statusCode).toBe(201);
    expect((await add(karin, 'Delas med SPSM: be om elevhälsoplanen', true)).statusCode).toBe(201);
    expect((await add(johan, 'SPSM internt: fråga om anpassad grundskola', false)).statusCode).toBe(201);

    const seenByJohan = (await notes(johan)).body;
    expect(seenByJohan).not.toContain('Skolverket internt');
    expect(seenByJohan).toContain('Delas med SPSM');
    expect(seenByJohan).toContain('SPSM internt');
    const seenByKarin = (await notes(karin)).body;
    expect(seenByKarin).not.toContain('SPSM internt');
    expect(seenByKarin).toContain('Skolverket internt');

    expect((await notes(rep)).statusCode).toBe(403);
    const audit = await rows<{ details: unknown }>(t.db, sql`select details from audit_log where event = 'dialogue.agency_note_added'`);
    expect(JSON.stringify(audit)).not.toMatch(/internt/);
    const history = await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/history`, headers: as(johan) });
    expect(history.body).not.toContain('Skolverket internt');
  });
});
