/**
 * The organiser's contact person answers the meeting notes through the signed link in the notes
 * e-mail, without an account: reads them, comments (the pair revise and send a new version with a new
 * link), and approves, the agreed notes keeping the person's name and the audit log saying it came
 * through the link. A tampered or missing link gets 401; the first version's link takes no answer
 * once a newer version exists; an approved version's link shows the notes but takes no second answer.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesReview, NotesVersion } from '../../src/shared/api/dialogue-notes.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { caseIn } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let karin: Session;
let rep: Session;
let dialogueId: string;
let contactName: string;

const notesUrl = () => `/api/dialogues/${dialogueId}/notes`;
const latest = async () => ((await t.app.inject({ method: 'GET', url: notesUrl(), headers: as(karin) })).json().items as NotesVersion[])[0]!;
const open = (token?: string) => t.app.inject({ method: 'GET', url: '/api/notes-review', headers: token === undefined ? {} : { 'x-link-token': token } });
const answer = (token: string, payload: object) => t.app.inject({ method: 'POST', url: '/api/notes-review/answer', headers: { 'x-link-token': token }, payload });

/** Saves `text` as the draft and sends it; answers the token in the newest notes e-mail. */
async function sendVersion(text: string): Promise<string> {
  const saved = await t.app.inject({ method: 'PUT', url: `${notesUrl()}/draft`, headers: as(karin), payload: { text, baseRevision: 0 } });
  expect(saved.statusCode, saved.body).toBe(200);
  const sent = await t.app.inject({ method: 'POST', url: `${notesUrl()}/send`, headers: as(karin), payload: { notesId: saved.json().id, revision: saved.json().revision } });
  expect(sent.statusCode, sent.body).toBe(200);
  const [mail] = await rows<{ body_text: string; to_name: string }>(t.db, sql`select body_text, to_name from outbox_messages
    where kind = 'notes_for_review' and related_id = ${dialogueId} order by created_at desc limit 1`);
  contactName = mail!.to_name;
  return /\/anteckningar#([\w.-]+)/.exec(mail!.body_text)![1]!;
}

beforeAll(async () => {
  t = await createTestApp();
  const coordinator = await signIn(t.app, 'samordnare');
  karin = await signIn(t.app, 'ledare-skolverket');
  rep = await signIn(t.app, 'huvudman-kommun');
  dialogueId = (await caseIn(t, coordinator, rep.organiserId!, 'physical_held')).id;
});
afterAll(async () => t?.close());

describe('notes answered through the e-mail link', () => {
  let first: string;
  let second: string;

  it('shows the notes to the person the e-mail went to', async () => {
    first = await sendVersion('Minnesanteckningar, version 1.');
    const res = await open(first);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ recipientName: contactName, versionNo: 1, text: 'Minnesanteckningar, version 1.', status: 'sent', agreedBy: null });
    expect((res.json() as NotesReview).organisers).toHaveLength(1);
  });

  it('refuses a missing or tampered link and changes nothing', async () => {
    expect((await open()).statusCode).toBe(401);
    const tampered = `${first.slice(0, -3)}${first.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await open(tampered)).statusCode).toBe(401);
    expect((await answer(tampered, { approve: true })).statusCode).toBe(401);
    const empty = await answer(first, { approve: false, comment: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0]).toMatchObject({ path: 'comment', message: 'Skriv vad som behöver ändras.' });
    expect((await latest()).status).toBe('sent');
  });

  it('takes a comment, and the pair send a new version with a new link', async () => {
    const res = await answer(first, { approve: false, comment: 'Vi har tre rektorsområden, inte två.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'commented', organiserComment: 'Vi har tre rektorsområden, inte två.' });
    second = await sendVersion('Minnesanteckningar, version 2, med tre rektorsområden.');
    expect(second).not.toBe(first);
    // The first version's link no longer takes an answer.
    const stale = await answer(first, { approve: true });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe('Det finns en nyare version av anteckningarna. Öppna länken i det senaste e-postmeddelandet om dem.');
    expect((await latest()).status).toBe('sent');
  });

  it('takes the approval, which keeps the person\'s name and is logged as coming through the link', async () => {
    const res = await answer(second, { approve: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ versionNo: 2, status: 'agreed', agreedBy: contactName });
    expect(await latest()).toMatchObject({ status: 'agreed', agreedBy: contactName });
    const [entry] = await rows<{ actor_id: string | null; actor_role: string; details: { by?: string } }>(t.db, sql`select actor_id, actor_role, details from audit_log
      where entity_id = ${dialogueId} and event = 'dialogue.notes_agreed'`);
    expect(entry).toMatchObject({ actor_id: null, actor_role: 'system:notes_review_link', details: { by: contactName, versionNo: 2 } });
  });

  it('still shows approved notes through the link, but takes no second answer', async () => {
    expect((await open(second)).json()).toMatchObject({ status: 'agreed' });
    const again = await answer(second, { approve: false, comment: 'Ändra ändå.' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Bara anteckningar som har skickats till er kan kommenteras eller godkännas.');
  });
});
