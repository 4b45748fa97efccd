import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { MEETING_KINDS, MEETING_KIND_LABELS } from '../../../../shared/dialogues.ts';
import type { MailContent } from './common.ts';
import { meetingCancelledMail, meetingConfirmationMail, type MeetingMailInput } from './templates.ts';
import { expectClean } from './test-helpers.ts';

const input: MeetingMailInput = {
  recipientName: 'Märta Lindqvist',
  organisers: ['Ekerö kommun'],
  meeting: {
    uid: 'meeting-7d3e@kvalitetsnav', sequence: 0, kind: 'pre_meeting',
    start: '2026-04-21T09:00:00+02:00', end: '2026-04-21T10:30:00+02:00', videoUrl: 'https://möte.example.se/förmöte-7d3e',
  },
  participants: [
    { name: 'Åsa Öberg', email: 'Asa.Oberg@skolverket.se', role: 'Dialogutförare, Skolverket' },
    { name: 'Björn Ängström', email: 'bjorn.angstrom@spsm.se', role: 'Dialogutförare, SPSM' },
    { name: 'Märta Lindqvist', email: 'marta.lindqvist@ekero.se', role: 'Förvaltningschef' },
    { name: 'Örjan Åkesson', email: 'orjan.akesson@ekero.se' },
  ],
  organizer: { name: 'Åsa Öberg', email: 'asa.oberg@skolverket.se' },
  dialogueUrl: 'https://kvalitetsnav.example/dialoger/7d3e',
  stamp: new Date('2026-03-02T08:00:00Z'),
};
const onSite: MeetingMailInput = {
  ...input,
  meeting: { ...input.meeting, kind: 'physical', start: '2026-05-06T09:00:00+02:00', end: '2026-05-06T15:00:00+02:00', videoUrl: null, place: 'Kommunhuset, Tappströmsvägen 1, Ekerö' },
};

function calendarOf(mail: MailContent) {
  expect(mail.attachments).toHaveLength(1);
  const [attachment] = mail.attachments ?? [];
  if (!attachment) throw new Error('no attachment');
  const calendar = new ICAL.Component(ICAL.parse(attachment.content));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { attachment, calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('meeting confirmation', () => {
  it('gives the kind, the Swedish date and time, the video link and the participants', () => {
    const mail = meetingConfirmationMail(input);
    expectClean(mail);
    expect(mail.subject).toBe('Bekräftelse: Förmöte (digitalt) 21 apr. 2026 kl. 09.00–10.30 – Ekerö kommun');
    expect(mail.text).toContain('Välkommen till förmötet i kvalitetsdialogen med Ekerö kommun.');
    expect(mail.text).toContain('Möte: Förmöte (digitalt)\nTid: tisdag 21 april 2026 kl. 09.00–10.30\nVideolänk: https://möte.example.se/förmöte-7d3e');
    expect(mail.text).toContain('Deltagare:\n– Åsa Öberg (Dialogutförare, Skolverket)\n– Björn Ängström (Dialogutförare, SPSM)\n– Märta Lindqvist (Förvaltningschef)\n– Örjan Åkesson\n');
    expect(mail.text).toContain('fokusfråga');
    expect(mail.text).toContain('inbjudan.ics');
    expect(mail.text).toContain('Kontakta Åsa Öberg, asa.oberg@skolverket.se.');
    expect(mail.text).toContain('Dialogen i Kvalitetsnav: https://kvalitetsnav.example/dialoger/7d3e');
    expect(mail.text).not.toContain('Plats:');
  });

  it('attaches a REQUEST calendar invitation for the meeting', () => {
    const { attachment, calendar, vevent, event } = calendarOf(meetingConfirmationMail(input));
    expect(attachment.filename).toBe('inbjudan.ics');
    expect(attachment.contentType).toMatch(/^text\/calendar;/);
    expect(attachment.contentType).toContain('method=REQUEST');
    expect(attachment.contentType).toContain('charset=utf-8');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe('meeting-7d3e@kvalitetsnav');
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe('Förmöte (digitalt) – Ekerö kommun');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-21T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-04-21T08:30:00.000Z');
    expect(event.location).toBe('https://möte.example.se/förmöte-7d3e');
    expect(event.description).toContain('Förmöte (digitalt) i kvalitetsdialogen med Ekerö kommun.');
    expect(String(vevent.getFirstProperty('organizer')?.getFirstValue()).toLowerCase()).toBe('mailto:asa.oberg@skolverket.se');
    // The organizer is not invited to her own meeting, whatever the case of her address.
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:bjorn.angstrom@spsm.se', 'mailto:marta.lindqvist@ekero.se', 'mailto:orjan.akesson@ekero.se',
    ]);
    expect(attendees.map((a) => a.getParameter('cn'))).toEqual(['Björn Ängström', 'Märta Lindqvist', 'Örjan Åkesson']);
    for (const a of attendees) {
      expect(a.getParameter('partstat')).toBe('NEEDS-ACTION');
      expect(a.getParameter('rsvp')).toBe('TRUE');
    }
  });

  it('gives the place of the on-site dialogue, also in the calendar', () => {
    const mail = meetingConfirmationMail(onSite);
    expectClean(mail);
    expect(mail.subject).toBe('Bekräftelse: Dialog på plats 6 maj 2026 kl. 09.00–15.00 – Ekerö kommun');
    expect(mail.text).toContain('Tid: onsdag 6 maj 2026 kl. 09.00–15.00\nPlats: Kommunhuset, Tappströmsvägen 1, Ekerö');
    expect(mail.text).not.toContain('Videolänk');
    expect(calendarOf(mail).event.location).toBe('Kommunhuset, Tappströmsvägen 1, Ekerö');
  });

  it('says that a moved meeting replaces the earlier invitation, with the same UID and a higher SEQUENCE', () => {
    const first = calendarOf(meetingConfirmationMail(input)).event;
    const mail = meetingConfirmationMail({
      ...input, changed: true, meeting: { ...input.meeting, sequence: 1, start: '2026-04-22T13:00:00+02:00', end: '2026-04-22T14:00:00+02:00' },
    });
    expectClean(mail);
    expect(mail.subject).toBe('Ändrat möte: Förmöte (digitalt) 22 apr. 2026 kl. 13.00–14.00 – Ekerö kommun');
    expect(mail.text).toContain('Förmötet i kvalitetsdialogen med Ekerö kommun har ändrats.');
    expect(mail.text).toContain('den tidigare inbjudan gäller inte längre');
    const moved = calendarOf(mail).event;
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
  });

  it.each(MEETING_KINDS)('renders the %s meeting with its label and without placeholders', (kind) => {
    const meeting = { ...input.meeting, kind, place: kind === 'physical' ? 'Kommunhuset' : null };
    const { dialogueUrl: _url, stamp: _stamp, ...minimal } = input;
    const mail = meetingConfirmationMail({ ...minimal, meeting, participants: input.participants.map(({ role: _role, ...p }) => p) });
    expectClean(mail);
    expect(mail.subject).toContain(MEETING_KIND_LABELS[kind].sv);
    expect(mail.text).toContain(`Möte: ${MEETING_KIND_LABELS[kind].sv}`);
    expect(calendarOf(mail).event.summary).toBe(`${MEETING_KIND_LABELS[kind].sv} – Ekerö kommun`);
    expectClean(meetingCancelledMail({ ...minimal, meeting: { ...meeting, sequence: 1 } }));
  });
});

describe('meeting cancelled', () => {
  it('says which meeting is cancelled and why, and attaches a CANCEL for the same UID with a higher SEQUENCE', () => {
    const request = calendarOf(meetingConfirmationMail(input));
    const mail = meetingCancelledMail({ ...input, meeting: { ...input.meeting, sequence: 1 }, reason: 'Förvaltningschefen\när sjuk.' });
    expectClean(mail);
    expect(mail.subject).toBe('Inställt: Förmöte (digitalt) 21 apr. 2026 kl. 09.00–10.30 – Ekerö kommun');
    expect(mail.text).toContain('Förmötet i kvalitetsdialogen med Ekerö kommun, tisdag 21 april 2026 kl. 09.00–10.30, är inställt.');
    expect(mail.text).toContain('Skäl: Förvaltningschefen är sjuk.');
    expect(mail.text).toContain('avbokning.ics');

    const { attachment, calendar, vevent, event } = calendarOf(mail);
    expect(attachment.filename).toBe('avbokning.ics');
    expect(attachment.contentType).toContain('method=CANCEL');
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(request.event.uid);
    expect(event.sequence).toBeGreaterThan(request.event.sequence);
    expect(vevent.getAllProperties('attendee')).toHaveLength(3);
  });

  it('agrees with "dialogen" for the on-site dialogue and leaves out a missing reason', () => {
    const mail = meetingCancelledMail({ ...onSite, meeting: { ...onSite.meeting, sequence: 2 } });
    expectClean(mail);
    expect(mail.text).toContain('Dialogen på plats i kvalitetsdialogen med Ekerö kommun, onsdag 6 maj 2026 kl. 09.00–15.00, är inställd.');
    expect(mail.text).not.toContain('Skäl:');
  });
});
