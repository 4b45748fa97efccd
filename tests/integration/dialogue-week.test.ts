/**
 * The leader's week and the organiser's timeline over the API. Cases are created through the API;
 * meetings, notes, holds and the other records are written with SQL (in transactions, as the
 * application writes them). The calendar is a fixed week (2030-W10, 4–10 March 2030); what is due
 * "as of today" is placed relative to now.
 */
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeaderWeek, OrganiserTimeline } from '../../src/shared/api/dialogue-week.ts';
import type { DialogueDetail } from '../../src/shared/api/dialogues.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let coordinator: Session;
let karin: Session;
let johan: Session;
let rep: Session;
let otherRep: Session;
let inspector: Session;
let analyst: Session;
const user: Record<string, string> = {};
/** A: Karin and Johan (Göteborg); B: another pair (Solna, the coordinator's office); C: Karin and Johan, invited, answer overdue. */
const cases: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
let otherOrganiser = '';

const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const swedishDate = (instant: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(instant);
const write = (query: SQL) => t.db.transaction(async (tx) => { await tx.execute(query); });

async function addMeeting(dialogueId: string, kind: string, startsAt: string, hours: number, status = 'planned', extra: { place?: string; video?: string } = {}) {
  const id = crypto.randomUUID();
  const endsAt = new Date(Date.parse(startsAt) + hours * 3_600_000).toISOString();
  await t.db.transaction(async (tx) => {
    await tx.execute(sql`insert into dialogue_meetings (id, kind, starts_at, ends_at, status, place, video_url, ical_uid)
      values (${id}, ${kind}, ${startsAt}::timestamptz, ${endsAt}::timestamptz, ${status}, ${extra.place ?? null}, ${extra.video ?? null}, ${`${id}@test`})`);
    await tx.execute(sql`insert into dialogue_meeting_dialogues (meeting_id, dialogue_id) values (${id}, ${dialogueId})`);
  });
  return id;
}

const week = async (session: Session, query = '?week=2030-W10') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/my-week${query}`, headers: as(session) });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  return res.json() as LeaderWeek;
};
const meetingIds = (w: LeaderWeek) => w.days.flatMap((d) => d.meetings.map((m) => m.id));

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, karin, johan, rep, otherRep, inspector, analyst] = await Promise.all(
    ['samordnare', 'ledare-skolverket', 'ledare-spsm', 'huvudman-kommun', 'huvudman-forskola', 'skolinspektionen', 'analytiker'].map((p) => signIn(t.app, p)),
  ) as [Session, Session, Session, Session, Session, Session, Session];
  await write(sql`insert into users (subject, name, email, role, agency, office_code) values
    ('test:sv-solna', 'Sofia Solna', 'sofia@skolverket.example', 'leader_skolverket', 'skolverket', 'solna'),
    ('test:spsm-solna', 'Sam Solna', 'sam@spsm.example', 'leader_spsm', 'spsm', 'solna')`);
  for (const r of await rows<{ subject: string; id: string }>(t.db, sql`select subject, id from users`)) user[r.subject] = r.id;
  [{ id: otherOrganiser }] = await rows<{ id: string }>(t.db, sql`select id from organisers where id <> ${rep.organiserId} and id <> ${otherRep.organiserId} order by org_number limit 1`) as [{ id: string }];

  const create = async (organiserId: string, officeCode: string, sv: string, spsm: string) => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/dialogues', headers: as(coordinator),
      payload: { organiserIds: [organiserId], officeCode, leaderSkolverketId: user[sv], leaderSpsmId: user[spsm], answerDeadline: '2099-06-01' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as DialogueDetail;
  };
  cases.A = (await create(otherOrganiser, 'goteborg', 'demo:ledare-skolverket', 'demo:ledare-spsm')).id;
  cases.B = (await create(otherRep.organiserId!, 'solna', 'test:sv-solna', 'test:spsm-solna')).id;
  const c = await create(rep.organiserId!, 'goteborg', 'demo:ledare-skolverket', 'demo:ledare-spsm');
  cases.C = c.id;
  const invited = await t.app.inject({ method: 'POST', url: `/api/dialogues/${c.id}/events`, headers: as(coordinator, { 'if-match': `"${c.version}"` }), payload: { event: 'invite' } });
  expect(invited.statusCode, invited.body).toBe(200);

  // A is past its on-site dialogue; B has been accepted; C's answer is five days late.
  const fiveDaysAgo = swedishDate(new Date(Date.now() - 5 * DAY));
  await write(sql`update dialogues set state = 'physical_held', focus_question = 'Hur följs elevernas kunskaper upp?', purpose = 'Uppföljning' where id = ${cases.A}`);
  await write(sql`update dialogues set state = 'accepted' where id = ${cases.B}`);
  await write(sql`update dialogues set answer_deadline = ${fiveDaysAgo} where id = ${cases.C}`);
}, 120_000);
afterAll(async () => t?.close());

describe('the leader\'s week', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // 2030-W10 runs from Monday 4 March 00.00 to Sunday 10 March 24.00, Swedish time (UTC+1).
    ids.monday = await addMeeting(cases.A, 'physical', '2030-03-03T23:15:00Z', 3, 'planned', { place: 'Kommunhuset' });
    ids.sunday = await addMeeting(cases.A, 'pre_meeting', '2030-03-10T22:30:00Z', 1, 'planned', { video: 'https://mote.example/a' });
    ids.nextMonday = await addMeeting(cases.A, 'feedback', '2030-03-10T23:30:00Z', 1);
    ids.solna = await addMeeting(cases.B, 'pre_meeting', '2030-03-05T09:00:00Z', 1, 'planned', { video: 'https://mote.example/b' });
    ids.cancelled = await addMeeting(cases.A, 'intro', '2030-03-06T09:00:00Z', 1, 'cancelled');
    // As of today: A's feedback meeting in three days (no observation form yet); B's on-site dialogue
    // two days ago without notes; A's notes sent three days ago.
    ids.soon = await addMeeting(cases.A, 'feedback', at(3 * DAY), 1, 'planned', { video: 'https://mote.example/c' });
    ids.heldB = await addMeeting(cases.B, 'physical', at(-2 * DAY), 3, 'held', { place: 'Solna' });
    await write(sql`insert into dialogue_meeting_notes (dialogue_id, text, status, sent_at) values (${cases.A}, 'Anteckningar A', 'sent', ${at(-3 * DAY)}::timestamptz)`);
  });

  it('shows a leader the meetings of their own cases, day by day in Swedish time, with the other leader', async () => {
    const w = await week(karin);
    expect(w).toMatchObject({ week: '2030-W10', previousWeek: '2030-W09', nextWeek: '2030-W11', scope: { kind: 'leader' } });
    expect(w.days.map((d) => d.date)).toEqual(['2030-03-04', '2030-03-05', '2030-03-06', '2030-03-07', '2030-03-08', '2030-03-09', '2030-03-10']);
    expect(w.days[0]!.meetings.map((m) => m.id)).toEqual([ids.monday]);
    expect(w.days[6]!.meetings.map((m) => m.id)).toEqual([ids.sunday]);
    expect(meetingIds(w)).not.toContain(ids.nextMonday);
    expect(meetingIds(w)).not.toContain(ids.cancelled);
    expect(meetingIds(w)).not.toContain(ids.solna);
    const monday = w.days[0]!.meetings[0]!;
    expect(monday).toMatchObject({ kind: 'physical', place: 'Kommunhuset', otherLeader: { name: 'Johan Bergström' }, pair: { skolverket: { name: 'Karin Lindqvist' } } });
    expect(monday.dialogues).toEqual([expect.objectContaining({ id: cases.A, organisers: [expect.objectContaining({ id: otherOrganiser })] })]);
    // Johan, the other seat of the pair, sees the same meetings with Karin as the other leader.
    const johans = await week(johan);
    expect(meetingIds(johans)).toEqual(meetingIds(w));
    expect(johans.days[0]!.meetings[0]!.otherLeader?.name).toBe('Karin Lindqvist');
  });

  it('shows the coordinator the cases of their office only', async () => {
    const w = await week(coordinator);
    expect(w.scope).toEqual({ kind: 'office', officeCode: 'solna' });
    expect(meetingIds(w)).toEqual([ids.solna]);
    expect(w.days[1]!.meetings[0]).toMatchObject({ otherLeader: null, pair: { skolverket: { name: 'Sofia Solna' }, spsm: { name: 'Sam Solna' } } });
    expect(w.notesAwaitingApproval).toEqual([]);
    expect(w.overdueAnswers).toEqual([]);
    expect(w.prepare.tasks).toEqual([expect.objectContaining({ kind: 'draft_notes', dialogue: expect.objectContaining({ id: cases.B }) })]);
  });

  it('lists notes awaiting approval, overdue answers and what to prepare, as of today', async () => {
    const w = await week(karin);
    expect(w.today).toBe(swedishDate(new Date()));
    expect(w.notesAwaitingApproval).toEqual([expect.objectContaining({ dialogue: expect.objectContaining({ id: cases.A }), status: 'sent', daysSinceSent: 3 })]);
    expect(w.overdueAnswers).toEqual([expect.objectContaining({ dialogue: expect.objectContaining({ id: cases.C, state: 'invited' }), daysOverdue: 5 })]);
    expect(w.prepare.meetings).toEqual([expect.objectContaining({ meeting: expect.objectContaining({ id: ids.soon }), needs: ['observation_form'] })]);
    expect(w.prepare.tasks).toEqual([]);
  });

  it('shows a change at once', async () => {
    const before = await week(karin);
    await write(sql`update dialogue_meeting_notes set status = 'agreed', agreed_at = now() where dialogue_id = ${cases.A}`);
    const after = await week(karin);
    expect(before.notesAwaitingApproval).toHaveLength(1);
    expect(after.notesAwaitingApproval).toEqual([]);
  });

  it('is the current week without a week, and refuses a week that does not exist', async () => {
    const current = await week(karin, '');
    expect(current.days.map((d) => d.date)).toContain(current.today);
    const bad = await t.app.inject({ method: 'GET', url: '/api/my-week?week=2030-W60', headers: as(karin) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/week/);
    expect(bad.body).toMatch(/Ange veckan som år och veckonummer/);
  });

  it('is for leaders and coordinators only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/my-week' })).statusCode).toBe(401);
    for (const session of [rep, analyst, inspector]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/my-week', headers: as(session) })).statusCode).toBe(403);
    }
  });
});

describe('the organiser\'s timeline', () => {
  const SECRET = 'Intern anteckning: rektorn verkar pressad';
  const NOTES_TEXT = 'Minnesanteckningarnas fulla text';
  let mailBody = '';
  const timeline = (session: Session, organiserId = rep.organiserId!, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/organisers/${organiserId}/timeline${query}`, headers: as(session) });

  beforeAll(async () => {
    const [version] = await rows<{ id: string }>(t.db, sql`select id from catalogue_versions limit 1`);
    const repUser = user['demo:huvudman-kommun'];
    const notesId = crypto.randomUUID();
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into dialogue_agency_notes (dialogue_id, agency, text, shared, author_id) values (${cases.C}, 'skolverket', ${SECRET}, false, ${user['demo:ledare-skolverket']})`);
      await tx.execute(sql`insert into dialogue_agency_notes (dialogue_id, agency, text, shared, author_id) values (${cases.C}, 'spsm', ${`${SECRET} (delad)`}, true, ${user['demo:ledare-spsm']})`);
      await tx.execute(sql`insert into dialogue_holds (organiser_id, kind, starts_on, ends_on, planned_on, reason, source, external_ref)
        values (${rep.organiserId}, 'inspection', '2030-01-01', '2030-09-30', '2030-03-15', 'Regelbunden tillsyn', 'inspectorate', 'SI-2030-1')`);
      await tx.execute(sql`insert into dialogue_holds (organiser_id, kind, starts_on, ends_on, reason, source)
        values (${rep.organiserId}, 'manual', '2030-01-01', '2030-02-01', 'Manuellt uppehåll', 'agency')`);
      await tx.execute(sql`insert into dialogue_meeting_notes (id, dialogue_id, text, status, sent_at, agreed_at, agreed_by)
        values (${notesId}, ${cases.C}, ${NOTES_TEXT}, 'registered', '2030-02-01T10:00:00Z', '2030-02-05T10:00:00Z', 'Lena Holmgren')`);
      await tx.execute(sql`insert into dialogue_register_entries (notes_id, agency, case_number, registered_at) values
        (${notesId}, 'skolverket', '2030:17', '2030-02-06T09:00:00Z'), (${notesId}, 'spsm', 'SPSM 2030/00017', '2030-02-06T09:05:00Z')`);
      await tx.execute(sql`insert into self_assessments (organiser_id, catalogue_version_id, title, created_by, created_at, shared_at) values
        (${rep.organiserId}, ${version!.id}, 'Delad självskattning', ${repUser}, '2030-01-10T08:00:00Z', '2030-01-20T08:00:00Z'),
        (${rep.organiserId}, ${version!.id}, 'Egen självskattning', ${repUser}, '2030-01-11T08:00:00Z', null)`);
      await tx.execute(sql`insert into outbox_messages (kind, to_address, to_name, subject, body_text, organiser_id) values
        ('self_assessment.invitation', 'kollega@ekero.example', 'Kollega', 'Inbjudan att svara på självskattningen', 'Hej kollega', ${rep.organiserId})`);
      await tx.execute(sql`insert into basis_snapshots (organiser_id, format, inputs_key, catalogue_version_id, catalogue_label, content, bytes, sha256)
        values (${rep.organiserId}, 'pdf', 'k1', ${version!.id}, 'Kvalitetssystemet 2023', decode('00', 'hex'), 1, 'x')`);
    });
    [{ body_text: mailBody }] = await rows<{ body_text: string }>(t.db, sql`select body_text from outbox_messages where kind = 'dialogue_invitation' and organiser_id = ${rep.organiserId}`) as [{ body_text: string }];
  });

  it('shows every state contact newest first, and never an agency\'s internal notes', async () => {
    const res = await timeline(karin);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as OrganiserTimeline;
    const kinds = body.items.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining([
      'dialogue_invited', 'notes_sent', 'notes_agreed', 'notes_registered', 'inspection', 'self_assessment_started', 'self_assessment_shared', 'email', 'analysis_basis',
    ]));
    const times = body.items.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(body.items.find((e) => e.kind === 'inspection')).toMatchObject({ at: '2030-03-15', dateOnly: true, holdKind: 'inspection', dialogueId: null });
    expect(body.items.find((e) => e.kind === 'notes_registered')?.caseNumbers).toEqual([
      { agency: 'skolverket', caseNumber: '2030:17' }, { agency: 'spsm', caseNumber: 'SPSM 2030/00017' },
    ]);
    expect(body.items.find((e) => e.kind === 'dialogue_invited')?.dialogueId).toBe(cases.C);
    expect(body.items.find((e) => e.kind === 'email')?.email).toMatchObject({ kind: 'dialogue_invitation' });
    // Only the self-assessment the organiser shares; no agency hold; no texts that are not contacts.
    expect(res.body).toContain('Delad självskattning');
    expect(res.body).not.toContain('Egen självskattning');
    expect(res.body).not.toContain('Manuellt uppehåll');
    expect(res.body).not.toContain('Inbjudan att svara på självskattningen');
    for (const hidden of ['Intern anteckning', NOTES_TEXT, mailBody, 'kollega@ekero.example']) expect(res.body).not.toContain(hidden);
  });

  it('lets the representative see their own organiser, with their own self-assessments, and no other', async () => {
    const own = await timeline(rep);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.body).toContain('Egen självskattning');
    expect(own.body).toContain('Inbjudan att svara på självskattningen');
    expect(own.body).not.toContain('Intern anteckning');
    expect((await timeline(otherRep)).statusCode).toBe(404);
    expect((await timeline(otherRep, otherRep.organiserId!)).statusCode).toBe(200);
  });

  it('shows the inspectorate the contacts but not the organiser\'s self-assessments', async () => {
    const res = await timeline(inspector);
    expect(res.statusCode, res.body).toBe(200);
    const kinds = (res.json() as OrganiserTimeline).items.map((e) => e.kind);
    expect(kinds).toContain('inspection');
    expect(kinds).toContain('dialogue_invited');
    expect(kinds).not.toContain('self_assessment_shared');
    expect(res.body).not.toContain('Intern anteckning');
  });

  it('pages newest first', async () => {
    const all = (await timeline(johan, rep.organiserId!, '?limit=200')).json() as OrganiserTimeline;
    const first = (await timeline(johan, rep.organiserId!, '?limit=3')).json() as OrganiserTimeline;
    const second = (await timeline(johan, rep.organiserId!, '?limit=3&offset=3')).json() as OrganiserTimeline;
    expect(all.hasMore).toBe(false);
    expect(first.hasMore).toBe(true);
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(all.items.slice(0, 6).map((e) => e.id));
  });

  it('is not found for an organiser that does not exist, and refused to analysts', async () => {
    expect((await timeline(karin, crypto.randomUUID())).statusCode).toBe(404);
    expect((await timeline(analyst)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/timeline` })).statusCode).toBe(401);
  });
});
