/**
 * The introduction held for a group of organisers: a case of the same office joins a planned
 * introduction another case booked; only the new participants get the calendar invitation (same UID
 * and SEQUENCE); a case with an introduction already, a case of another office, a meeting that is not
 * an introduction and a finished meeting are refused with a Swedish message, changing nothing; moving
 * the shared meeting from either case names every organiser and answers that case; holding the
 * introduction on each case works on the one meeting.
 */
import { sql, type SQL } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialogueDetail } from '../../src/shared/api/dialogues.ts';
import { isWorkingDay } from '../../src/server/modules/dialogues/calendar/holidays.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { createCase, forceState } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let karin: Session;
const cases: Record<'a' | 'b' | 'other', string> = { a: '', b: '', other: '' };
const names: Record<'a' | 'b', string> = { a: '', b: '' };
let meetingId = '';
const DAYS = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2033, 1, 1 + i)).toISOString().slice(0, 10)).filter(isWorkingDay);
const write = (query: SQL) => t.db.transaction(async (tx) => { await tx.execute(query); });
const mails = (kind: string) => rows<{ to_address: string; body_text: string; calendar: { content: string } | null }>(t.db,
  sql`select to_address, body_text, calendar from outbox_messages where kind = ${kind} order by created_at, id`);
const join = (dialogueId: string, meeting: string, participants: object[] = []) =>
  t.app.inject({ method: 'POST', url: `/api/dialogues/${dialogueId}/intro-meetings/${meeting}/join`, headers: as(karin), payload: { participants } });
const count = async (table: string) => (await rows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  const coordinator = await signIn(t.app, 'samordnare');
  karin = await signIn(t.app, 'ledare-skolverket');
  const organisers = await rows<{ id: string; name: string }>(t.db, sql`select id, name from organisers where status = 'active' order by org_number limit 3`);
  for (const [key, i] of [['a', 0], ['b', 1]] as const) {
    cases[key] = (await createCase(t, coordinator, [organisers[i]!.id])).id;
    names[key] = organisers[i]!.name;
    await forceState(t.db, cases[key], 'accepted');
  }
  cases.other = (await createCase(t, coordinator, [organisers[2]!.id], { officeCode: 'goteborg' })).id;
  await forceState(t.db, cases.other, 'accepted');
  const booked = await t.app.inject({
    method: 'POST', url: `/api/dialogues/${cases.a}/meetings`, headers: as(karin),
    payload: { kind: 'intro', start: `${DAYS[0]}T09:00:00+01:00`, end: `${DAYS[0]}T10:30:00+01:00`, videoUrl: 'https://video.example.se/intro', participants: [{ name: 'Anna A', email: 'anna@a.example' }] },
  });
  expect(booked.statusCode, booked.body).toBe(201);
  meetingId = (booked.json() as DialogueDetail).meetings[0]!.id;
});
afterAll(async () => t?.close());

describe('a shared introduction', () => {
  it('is offered to a case of the same office, not to one of another office', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/dialogues/${cases.b}/intro-meetings`, headers: as(karin) });
    expect(res.statusCode, res.body).toBe(200);
    const offered = res.json();
    expect(offered.items).toEqual([expect.objectContaining({ id: meetingId, organisers: [names.a], videoUrl: 'https://video.example.se/intro' })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/dialogues/${cases.other}/intro-meetings`, headers: as(karin) })).json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/dialogues/${cases.a}/intro-meetings`, headers: as(karin) })).json().items).toEqual([]);
  });

  it('is joined; only the new participants are invited, with the same calendar identity', async () => {
    const before = (await mails('meeting_booked')).length;
    const res = await join(cases.b, meetingId, [{ name: 'Bertil B', email: 'bertil@b.example', title: 'Rektor' }]);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as DialogueDetail).meetings.map((m) => m.id)).toEqual([meetingId]);
    const sent = (await mails('meeting_booked')).slice(before);
    // The pair is the same, so only the organiser's participant is new.
    expect(sent.map((m) => m.to_address)).toEqual(['bertil@b.example']);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(sent[0]!.calendar!.content)).getFirstSubcomponent('vevent')!);
    expect([event.uid, event.sequence]).toEqual([`meeting-${meetingId}@kvalitetsnav`, 0]);
  });

  it('refuses a second introduction, another office, another kind of meeting, and changes nothing', async () => {
    const booked = await t.app.inject({
      method: 'POST', url: `/api/dialogues/${cases.a}/meetings`, headers: as(karin),
      payload: { kind: 'pre_meeting', start: `${DAYS[1]}T09:00:00+01:00`, end: `${DAYS[1]}T10:00:00+01:00`, videoUrl: 'https://video.example.se/pre' },
    });
    const pre = (booked.json() as DialogueDetail).meetings.find((m) => m.kind === 'pre_meeting')!.id;
    const participants = await count('dialogue_meeting_participants');
    const again = await join(cases.b, meetingId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Dialogen har redan ett introduktionsmöte. Ställ in det först om huvudmannen ska delta i ett annat.');
    const elsewhere = await join(cases.other, meetingId);
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.message).toBe('Introduktionsmötet hålls för ett annat kontors huvudmän.');
    expect((await join(cases.other, pre)).statusCode).toBe(404);
    expect(await count('dialogue_meeting_participants')).toBe(participants);
  });

  it('is moved from either case, naming every organiser, and answers the case it was moved from', async () => {
    const before = (await mails('meeting_moved')).length;
    const res = await t.app.inject({
      method: 'PATCH', url: `/api/dialogue-meetings/${meetingId}?dialogue=${cases.b}`, headers: as(karin, { 'if-match': '"1"' }),
      payload: { start: `${DAYS[2]}T13:00:00+01:00`, end: `${DAYS[2]}T14:30:00+01:00`, videoUrl: 'https://video.example.se/intro' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as DialogueDetail).id).toBe(cases.b);
    const moved = (await mails('meeting_moved')).slice(before);
    expect(moved.map((m) => m.to_address).sort()).toEqual(expect.arrayContaining(['anna@a.example', 'bertil@b.example']));
    for (const mail of moved) {
      expect(mail.body_text).toContain(names.a);
      expect(mail.body_text).toContain(names.b);
    }
  });

  it('is held on each case, as one meeting', async () => {
    await write(sql`update dialogue_meetings set starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' where id = ${meetingId}`);
    for (const id of [cases.b, cases.a]) {
      const current = (await t.app.inject({ method: 'GET', url: `/api/dialogues/${id}`, headers: as(karin) })).json() as DialogueDetail;
      const res = await t.app.inject({ method: 'POST', url: `/api/dialogues/${id}/events`, headers: as(karin, { 'if-match': `"${current.version}"` }), payload: { event: 'hold_intro' } });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as DialogueDetail).state).toBe('intro_held');
    }
    const [meeting] = await rows<{ status: string }>(t.db, sql`select status from dialogue_meetings where id = ${meetingId}`);
    expect(meeting!.status).toBe('held');
  });
});
