/**
 * The outbox delivered through SMTP: a local SMTP server (smtp-server) receives what nodemailer
 * sends; the message is parsed back (mailparser) and its row marked sent. A server that refuses
 * leaves the message queued for a retry, with the error kept.
 */
import { sql } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { meetingCalendar } from '../../src/server/modules/dialogues/calendar/ical.ts';
import { enqueueMail } from '../../src/server/modules/messaging/outbox.ts';
import { deliverDue, smtpTransport } from '../../src/server/modules/messaging/sender.ts';
import { as, createTestApp, signIn, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let smtp: SMTPServer;
let port = 0;
const received: ParsedMail[] = [];
let refuse = false;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      if (refuse) {
        stream.resume();
        stream.on('end', () => callback(new Error('Mailbox unavailable')));
        return;
      }
      simpleParser(stream).then((mail) => { received.push(mail); callback(); }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as { port: number }).port;
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function inviteOne(email: string) {
  const rep = await signIn(t.app, 'huvudman-kommun');
  const created = await t.app.inject({ method: 'POST', url: `/api/organisers/${rep.organiserId}/self-assessments`, headers: as(rep), payload: { title: 'Leveranstest' } });
  const res = await t.app.inject({
    method: 'POST', url: `/api/self-assessments/${created.json().id}/invitations`, headers: as(rep),
    payload: { respondents: [{ name: 'Åsa Öberg', email, position: 'Rektor' }] },
  });
  expect(res.statusCode, res.body).toBe(201);
}

const statusOf = async (address: string) =>
  (await rows<{ status: string; attempts: number; last_error: string | null }>(t.db, sql`select status, attempts, last_error from outbox_messages where to_address = ${address}`))[0]!;

describe('mail delivery', () => {
  it('sends a queued invitation through SMTP and marks it sent', async () => {
    await inviteOne('asa.oberg@ekero.se');
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    const result = await deliverDue(t.db, transport, 'Kvalitetsnav <no-reply@kvalitetsnav.example>');
    expect(result).toEqual({ sent: 1, failed: 0 });
    const mail = received.at(-1)!;
    expect(mail.subject).toBe('Inbjudan till självskattning: Leveranstest');
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('asa.oberg@ekero.se');
    expect(mail.text).toMatch(/Hej Åsa Öberg!/);
    expect(mail.text).toMatch(/\/svara#[\w.-]+/);
    expect(await statusOf('asa.oberg@ekero.se')).toMatchObject({ status: 'sent', attempts: 1 });
    // Nothing is sent twice.
    expect(await deliverDue(t.db, transport, 'x@example.se')).toEqual({ sent: 0, failed: 0 });
  });

  it('sends a meeting invitation as a calendar part that a calendar reads back', async () => {
    const content = meetingCalendar({
      method: 'REQUEST', uid: 'meeting-test@kvalitetsnav.example', sequence: 2,
      start: '2027-03-09T08:00:00Z', end: '2027-03-09T09:00:00Z', summary: 'Förmöte, Ekerö kommun', description: 'Digitalt förmöte',
      url: 'https://mote.example.se/abc', organizer: { name: 'Karin Lindqvist', email: 'karin@skolverket.example' },
      attendees: [{ name: 'Åsa Öberg', email: 'kalender@ekero.se' }],
    });
    await t.db.transaction((tx) => enqueueMail(tx, {
      kind: 'meeting.confirmation', to: { name: 'Åsa Öberg', address: 'kalender@ekero.se' }, subject: 'Bekräftelse: förmöte', text: 'Välkommen.',
      calendar: { method: 'REQUEST', filename: 'inbjudan.ics', content },
    }));
    expect(await deliverDue(t.db, smtpTransport(`smtp://127.0.0.1:${port}`), 'Kvalitetsnav <no-reply@kvalitetsnav.example>')).toEqual({ sent: 1, failed: 0 });
    const mail = received.at(-1)!;
    const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(part, 'calendar part').toBeDefined();
    const event = new ICAL.Component(ICAL.parse(part!.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).toBe('meeting-test@kvalitetsnav.example');
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(String(event.getFirstPropertyValue('summary'))).toBe('Förmöte, Ekerö kommun');
  });

  it('keeps a refused message queued for a later attempt, with the error', async () => {
    await inviteOne('refused@ekero.se');
    refuse = true;
    const result = await deliverDue(t.db, smtpTransport(`smtp://127.0.0.1:${port}`), 'Kvalitetsnav <no-reply@kvalitetsnav.example>');
    refuse = false;
    expect(result).toEqual({ sent: 0, failed: 1 });
    const state = await statusOf('refused@ekero.se');
    expect(state.status).toBe('queued');
    expect(state.attempts).toBe(1);
    expect(state.last_error).toMatch(/Mailbox unavailable/);
  });
});
