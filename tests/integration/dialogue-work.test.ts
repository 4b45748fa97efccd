/**
 * A dialogue from acceptance to registered notes over the API: meetings booked, moved and cancelled
 * under the scheduling rules with their calendar invitations in the outbox; steps marked held; the
 * pair's notes with concurrent edits; the organiser's comment and approval; registration in both
 * agencies' series; the registered record; corrections; documents with size and type limits.
 */
import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesVersion } from '../../src/shared/api/dialogue-notes.ts';
import type { DialogueDetail } from '../../src/shared/api/dialogues.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { multipartFile } from '../support/multipart.ts';
import { createCase } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let coordinator: Session;
let karin: Session;
let johan: Session;
let rep: Session;
let otherRep: Session;
let admin: Session;
let d: DialogueDetail;

const VIDEO = 'https://video.example.se/kvalitetsdialog';

beforeAll(async () => {
  t = await createTestApp({ env: { DOCUMENT_MAX_BYTES: '4096' } });
  coordinator = await signIn(t.app, 'samordnare');
  karin = await signIn(t.app, 'ledare-skolverket');
  johan = await signIn(t.app, 'ledare-spsm');
  rep = await signIn(t.app, 'huvudman-kommun');
  otherRep = await signIn(t.app, 'huvudman-forskola');
  admin = await signIn(t.app, 'admin');
  d = await createCase(t, coordinator, [rep.organiserId]);
  d = (await step(coordinator, { event: 'invite' })).json();
  d = (await step(rep, { event: 'accept' })).json();
});
afterAll(async () => t?.close());

function step(session: Session, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/dialogues/${d.id}/events`, headers: as(session, { 'if-match': `"${d.version}"` }), payload });
}
const book = (session: Session, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/dialogues/${d.id}/meetings`, headers: as(session), payload });
const count = async (table: string) => (await rows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;
/** Time passes: the meeting has now taken place. */
async function happened(kind: string) {
  await t.db.transaction((tx) => tx.execute(sql`update dialogue_meetings set starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours'
    where kind = ${kind} and status = 'planned' and id in (select meeting_id from dialogue_meeting_dialogues where dialogue_id = ${d.id})`));
  d = (await t.app.inject({ method: 'GET', url: `/api/dialogues/${d.id}`, headers: as(karin) })).json();
}
const outbox = (kind: string) => rows<{ to_address: string; subject: string; calendar: { method: string; content: string } | null }>(
  t.db, sql`select to_address, subject, calendar from outbox_messages where kind = ${kind} and related_id = ${d.id} order by created_at, id`);

describe('reminders', () => {
  it('remind the organiser of an unanswered invitation, and only then', async () => {
    const created = (await t.app.inject({
      method: 'POST', url: '/api/dialogues', headers: as(coordinator),
      payload: { organiserIds: [otherRep.organiserId], officeCode: 'goteborg', leaderSkolverketId: d.leaderSkolverket!.id, leaderSpsmId: d.leaderSpsm!.id, answerDeadline: '2099-01-31' },
    })).json() as DialogueDetail;
    const early = await t.app.inject({ method: 'POST', url: `/api/dialogues/${created.id}/reminders`, headers: as(karin), payload: {} });
    expect(early.json().error.message).toMatch(/inte är besvarade/);
    await t.app.inject({ method: 'POST', url: `/api/dialogues/${created.id}/events`, headers: as(coordinator, { 'if-match': `"${created.version}"` }), payload: { event: 'invite' } });
    const res = await t.app.inject({ method: 'POST', url: `/api/dialogues/${created.id}/reminders`, headers: as(karin), payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sent).toBeGreaterThan(0);
    const mails = await rows<{ subject: string; body_text: string }>(t.db, sql`select subject, body_text from outbox_messages where kind = 'dialogue_reminder' and related_id = ${created.id}`);
    expect(mails[0]!.body_text).toMatch(/31 januari 2099/);
  });
});

describe('group dialogues', () => {
  it('are held only with organisers of one concern', async () => {
    const before = await count('dialogues');
    const res = await t.app.inject({
      method: 'POST', url: '/api/dialogues', headers: as(coordinator),
      payload: { organiserIds: [rep.organiserId, otherRep.organiserId], officeCode: 'solna' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].message).toMatch(/bara hållas med huvudmän i samma koncern/);
    expect(await count('dialogues')).toBe(before);
    const [concern] = await rows<{ ids: string[] }>(t.db, sql`select array_agg(id order by name_sort) as ids from organisers where concern_id is not null
      group by concern_id having count(*) >= 2 limit 1`);
    const group = await t.app.inject({ method: 'POST', url: '/api/dialogues', headers: as(coordinator), payload: { organiserIds: concern!.ids.slice(0, 2), officeCode: 'solna' } });
    expect(group.statusCode, group.body).toBe(201);
    expect((group.json() as DialogueDetail).organisers).toHaveLength(2);
  });
});

describe('meetings', () => {
  it('refuses a weekend, a holiday, a time in the past and a missing video link, all at once, and books nothing', async () => {
    const before = await count('dialogue_meetings');
    const weekend = await book(karin, { kind: 'intro', start: '2031-03-08T09:00:00+01:00', end: '2031-03-08T10:00:00+01:00' });
    expect(weekend.statusCode).toBe(400);
    const messages = weekend.json().error.details.map((x: { message: string }) => x.message).join(' | ');
    expect(messages).toMatch(/lördag; möten bokas måndag–fredag/);
    expect(messages).toMatch(/ett digitalt möte behöver en videolänk/);
    const holiday = await book(karin, { kind: 'intro', start: '2031-06-06T09:00:00+02:00', end: '2031-06-06T10:00:00+02:00', videoUrl: VIDEO });
    expect(holiday.json().error.details[0].message).toMatch(/6 juni 2031 är en helgdag \(Nationaldag/i);
    const past = await book(karin, { kind: 'intro', start: '2024-03-05T09:00:00+01:00', end: '2024-03-05T10:00:00+01:00', videoUrl: VIDEO });
    expect(past.json().error.details.map((x: { message: string }) => x.message).join(' ')).toMatch(/har redan passerat/);
    expect(await count('dialogue_meetings')).toBe(before);
  });

  it('books a meeting with a calendar invitation to every participant', async () => {
    const res = await book(karin, {
      kind: 'intro', start: '2031-03-04T09:00:00+01:00', end: '2031-03-04T10:00:00+01:00', videoUrl: VIDEO,
      participants: [{ name: 'Lena Holmgren', email: 'lena.holmgren@ekero.se', title: 'Skolchef' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    d = res.json();
    expect(d.meetings).toHaveLength(1);
    expect(d.meetings[0]!.participants.map((p) => p.role).sort()).toEqual(['leader_skolverket', 'leader_spsm', 'organiser']);
    const mails = await outbox('meeting_booked');
    expect(mails.map((m) => m.to_address)).toContain('lena.holmgren@ekero.se');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(mails[0]!.calendar!.content)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-03-04T08:00:00.000Z');
    expect(event.sequence).toBe(0);
  });

  it('refuses a meeting that overlaps another of the same leader, naming it', async () => {
    const res = await book(johan, { kind: 'pre_meeting', start: '2031-03-04T09:30:00+01:00', end: '2031-03-04T10:30:00+01:00', videoUrl: VIDEO });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].message).toMatch(/krockar med introduktionsmöte \(digitalt\) med/);
  });

  it('moves a meeting with the same UID and a higher SEQUENCE, and cancels with METHOD:CANCEL', async () => {
    const m = d.meetings[0]!;
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/dialogue-meetings/${m.id}`, headers: as(johan, { 'if-match': `"${m.version + 1}"` }), payload: { start: '2031-03-05T13:00:00+01:00', end: '2031-03-05T14:00:00+01:00', videoUrl: VIDEO } });
    expect(stale.statusCode).toBe(412);
    const moved = await t.app.inject({ method: 'PATCH', url: `/api/dialogue-meetings/${m.id}`, headers: as(johan, { 'if-match': `"${m.version}"` }), payload: { start: '2031-03-05T13:00:00+01:00', end: '2031-03-05T14:00:00+01:00', videoUrl: VIDEO } });
    expect(moved.statusCode, moved.body).toBe(200);
    const changed = await outbox('meeting_moved');
    const first = new ICAL.Event(new ICAL.Component(ICAL.parse((await outbox('meeting_booked'))[0]!.calendar!.content)).getFirstSubcomponent('vevent')!);
    const second = new ICAL.Event(new ICAL.Component(ICAL.parse(changed[0]!.calendar!.content)).getFirstSubcomponent('vevent')!);
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBe(1);
    const after = (moved.json() as DialogueDetail).meetings[0]!;
    const cancelled = await t.app.inject({ method: 'POST', url: `/api/dialogue-meetings/${m.id}/cancel`, headers: as(karin, { 'if-match': `"${after.version}"` }), payload: { reason: 'Sjukdom' } });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const cancel = (await outbox('meeting_cancelled'))[0]!;
    expect(cancel.calendar!.method).toBe('CANCEL');
    expect(cancel.calendar!.content).toMatch(/METHOD:CANCEL/);
    expect(cancel.calendar!.content).toMatch(/SEQUENCE:2/);
    d = cancelled.json();
  });

  it('marks meetings held once they have begun, step by step up to the on-site dialogue', async () => {
    for (const [kind, event, extra] of [
      ['intro', 'hold_intro', { videoUrl: VIDEO }], ['pre_meeting', 'hold_pre_meeting', { videoUrl: VIDEO }], ['physical', 'hold_physical', { place: 'Kommunhuset, Ekerö' }],
    ] as const) {
      const booked = await book(karin, { kind, start: '2031-03-11T09:00:00+01:00', end: '2031-03-11T11:00:00+01:00', ...extra });
      expect(booked.statusCode, booked.body).toBe(201);
      await happened(kind);
      if (kind === 'physical') {
        const refused = await step(karin, { event });
        expect(refused.json().error.message).toMatch(/Fokusfråga och syfte/);
        d = (await t.app.inject({ method: 'PATCH', url: `/api/dialogues/${d.id}`, headers: as(karin, { 'if-match': `"${d.version}"` }), payload: { focusQuestion: 'Hur följer ni upp elevernas kunskapsutveckling?', purpose: 'Att se hur analysen leder till åtgärder.' } })).json();
      }
      const res = await step(karin, { event });
      expect(res.statusCode, res.body).toBe(200);
      d = res.json();
      expect(d.meetings.find((m) => m.kind === kind && m.status !== 'cancelled')!.status).toBe('held');
    }
    expect(d.state).toBe('physical_held');
    const steps = await rows<{ event: string }>(t.db, sql`select event from dialogue_transitions where dialogue_id = ${d.id} order by at`);
    expect(steps.map((s) => s.event)).toEqual(['invite', 'accept', 'hold_intro', 'hold_pre_meeting', 'hold_physical']);
  });
});

describe('notes', () => {
  const notesUrl = () => `/api/dialogues/${d.id}/notes`;
  const save = (session: Session, text: string, baseRevision: number) =>
    t.app.inject({ method: 'PUT', url: `${notesUrl()}/draft`, headers: as(session), payload: { text, baseRevision } });
  const post = (session: Session, action: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `${notesUrl()}/${action}`, headers: as(session), payload });
  const latest = async (session: Session) => ((await t.app.inject({ method: 'GET', url: notesUrl(), headers: as(session) })).json().items as NotesVersion[])[0];

  it('lets both leaders edit; a save over the other\'s newer text is refused with that text', async () => {
    const first = await save(karin, 'Utkast från Karin.', 0);
    expect(first.statusCode, first.body).toBe(200);
    const second = await save(johan, 'Utkast från Karin. Tillägg från Johan.', first.json().revision);
    expect(second.statusCode).toBe(200);
    const stale = await save(karin, 'Karins ändring som skrevs samtidigt.', first.json().revision);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ text: 'Utkast från Karin. Tillägg från Johan.', updatedByName: 'Johan Bergström' });
    expect((await latest(karin))!.text).toBe('Utkast från Karin. Tillägg från Johan.');
  });

  it('keeps drafts from the organiser and sends them for review by e-mail', async () => {
    expect((await t.app.inject({ method: 'GET', url: notesUrl(), headers: as(rep) })).json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: notesUrl(), headers: as(otherRep) })).statusCode).toBe(404);
    const draft = (await latest(karin))!;
    const sent = await post(karin, 'send', { notesId: draft.id, revision: draft.revision });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await latest(rep))!.status).toBe('sent');
    expect((await outbox('notes_for_review')).length).toBeGreaterThan(0);
  });

  it('takes the organiser\'s comment, then a new version, then the approval, which locks the text', async () => {
    const sent = (await latest(rep))!;
    expect((await post(karin, 'approve', { notesId: sent.id, revision: sent.revision })).statusCode).toBe(403);
    const commented = await post(rep, 'comment', { notesId: sent.id, revision: sent.revision, comment: 'Vi har tre rektorsområden, inte två.' });
    expect(commented.statusCode, commented.body).toBe(200);
    const v2 = await save(karin, 'Utkast från Karin. Tillägg från Johan. Tre rektorsområden.', 0);
    expect(v2.json()).toMatchObject({ versionNo: 2, status: 'draft' });
    await post(karin, 'send', { notesId: v2.json().id, revision: v2.json().revision });
    const toApprove = (await latest(rep))!;
    const approved = await post(rep, 'approve', { notesId: toApprove.id, revision: toApprove.revision });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.json().items as NotesVersion[])[0]).toMatchObject({ status: 'agreed', agreedBy: 'Lena Holmgren' });
    expect((await save(johan, 'Ändrat i efterhand', 0)).json().error.message).toMatch(/Godkända anteckningar kan inte ändras/);
    await expect(t.db.transaction((tx) => tx.execute(sql`update dialogue_meeting_notes set text = 'x' where id = ${toApprove.id}`))).rejects.toThrow();
  });

  it('registers the agreed version once in each agency with its own case number format', async () => {
    const agreed = (await latest(karin))!;
    const res = await post(johan, 'register', { notesId: agreed.id, revision: agreed.revision });
    expect(res.statusCode, res.body).toBe(200);
    const entries = (res.json().items as NotesVersion[])[0]!.registerEntries;
    const year = new Date().getFullYear();
    expect(entries.map((e) => e.agency)).toEqual(['skolverket', 'spsm']);
    expect(entries[0]!.caseNumber).toMatch(new RegExp(`^${year}:\\d+$`));
    expect(entries[1]!.caseNumber).toMatch(new RegExp(`^SPSM ${year}/\\d{5}$`));
    const again = await post(johan, 'register', { notesId: agreed.id, revision: agreed.revision + 1 });
    expect(again.json().error.message).toMatch(/redan diarieförda/);
  });

  it('exports the registered record, for the organiser too, with a checksum of the text', async () => {
    const registered = (await latest(rep))!;
    const res = await t.app.inject({ method: 'GET', url: `/api/dialogue-notes/${registered.id}/record`, headers: as(rep) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="minnesanteckningar-/);
    const record = res.json();
    expect(record).toMatchObject({ format: 'kvalitetsnav/registrerade-minnesanteckningar/1', notes: { versionNo: 2, agreedBy: 'Lena Holmgren' } });
    expect(record.dialogue.meetingsHeld.map((m: { kind: string }) => m.kind)).toEqual(['intro', 'pre_meeting', 'physical']);
    expect(record.notes.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.app.inject({ method: 'GET', url: `/api/dialogue-notes/${registered.id}/record`, headers: as(otherRep) })).statusCode).toBe(404);
  });

  it('proposes the follow-up about six months after feedback; once declined, the case closes', async () => {
    const booked = await book(johan, { kind: 'feedback', start: '2031-03-12T09:00:00+01:00', end: '2031-03-12T10:00:00+01:00', videoUrl: VIDEO });
    expect(booked.statusCode, booked.body).toBe(201);
    await happened('feedback');
    d = (await step(johan, { event: 'hold_feedback' })).json();
    const feedbackDay = new Date(d.meetings.find((m) => m.kind === 'feedback' && m.status === 'held')!.startsAt);
    const expected = new Date(Date.UTC(feedbackDay.getUTCFullYear(), feedbackDay.getUTCMonth() + 6, 1));
    expect(d.followUpProposedOn!.slice(0, 7)).toBe(expected.toISOString().slice(0, 7));
    expect(d.blockers.close!.join(' ')).toMatch(/uppföljningsmöte är planerat/);
    d = (await t.app.inject({ method: 'PATCH', url: `/api/dialogues/${d.id}`, headers: as(karin, { 'if-match': `"${d.version}"` }), payload: { followUpWanted: false } })).json();
    expect(d.followUpProposedOn).toBeNull();
    const closed = await step(karin, { event: 'close' });
    expect(closed.statusCode, closed.body).toBe(200);
    d = closed.json();
    expect(d.state).toBe('closed');
  });

  it('corrects registered notes with a new version that refers to the old one', async () => {
    const registered = (await latest(karin))!;
    const res = await post(karin, 'corrections', { text: `${registered.text} Rättelse: skolchefens namn.` });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json().items as NotesVersion[])[0]).toMatchObject({ versionNo: 3, status: 'draft', correctsId: registered.id });
  });

  it('uses the format an agency\'s administrator sets, for that agency only', async () => {
    const other = await t.app.inject({ method: 'PUT', url: '/api/case-number-formats/spsm', headers: as(admin), payload: { format: '{year}-{number}' } });
    expect(other.statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/case-number-formats/skolverket', headers: as(admin), payload: { format: 'Dnr {number}' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toMatch(/\{year\}/);
    const ok = await t.app.inject({ method: 'PUT', url: '/api/case-number-formats/skolverket', headers: as(admin), payload: { format: 'Dnr {year}/{number:4}' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().items[0].example).toMatch(/^Dnr \d{4}\/\d{4}$/);
  });
});

describe('documents', () => {
  const upload = (session: Session, name: string, content: string | Uint8Array) => {
    const file = multipartFile('file', name, content);
    return t.app.inject({ method: 'POST', url: `/api/dialogues/${d.id}/documents`, headers: { ...as(session), ...file.headers }, payload: file.body });
  };

  it('stores an allowed document and lets the organiser read it', async () => {
    const res = await upload(rep, 'Vår plan.pdf', '%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json().items[0];
    expect(doc).toMatchObject({ filename: 'Vår plan.pdf', contentType: 'application/pdf', uploadedByName: 'Lena Holmgren' });
    const file = await t.app.inject({ method: 'GET', url: `/api/dialogue-documents/${doc.id}/file`, headers: as(karin) });
    expect(file.statusCode).toBe(200);
    expect(file.body.startsWith('%PDF-1.7')).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/dialogue-documents/${doc.id}/file`, headers: as(otherRep) })).statusCode).toBe(404);
  });

  it('refuses a disguised or oversized file with a clear message and stores nothing', async () => {
    const before = await count('dialogue_documents');
    const exe = await upload(karin, 'rapport.pdf', Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, ...new Array(60).fill(0)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.message).toMatch(/Tillåtna filtyper/);
    const big = await upload(karin, 'stor.txt', 'x'.repeat(5000));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/större än största tillåtna storlek.*Inget har sparats/);
    expect(await count('dialogue_documents')).toBe(before);
  });
});
