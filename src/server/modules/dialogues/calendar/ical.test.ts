import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CALENDAR_PRODUCT_ID, meetingCalendar, type MeetingCalendarInput } from './ical.ts';

const invitation: MeetingCalendarInput = {
  method: 'REQUEST',
  uid: 'meeting-4f1c2a@kvalitetsnav',
  sequence: 0,
  start: '2026-04-14T09:00:00+02:00',
  end: '2026-04-14T10:30:00+02:00',
  summary: 'Förmöte (digitalt) – Ekerö kommun',
  description: 'Kvalitetsdialog med Ekerö kommun.\nVi går igenom analysunderlaget och självskattningen; frågor till Åsa Öberg.',
  location: 'Digitalt möte',
  url: 'https://möte.example.se/förmöte-123',
  organizer: { name: 'Åsa Öberg', email: 'asa.oberg@skolverket.se' },
  attendees: [
    { name: 'Björn Ängström', email: 'bjorn.angstrom@spsm.se' },
    { name: 'Märta "Mia" Lindqvist, förvaltningschef', email: 'marta.lindqvist@ekero.se' },
    { name: 'Örjan Åkesson', email: 'orjan.akesson@ekero.se', role: 'optional' },
  ],
  stamp: new Date('2026-03-02T08:15:00Z'),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const attendeesOf = (vevent: ICAL.Component) => vevent.getAllProperties('attendee').map((p) => ({
  value: String(p.getFirstValue()).toLowerCase(),
  cn: p.getParameter('cn'),
  role: p.getParameter('role'),
  partstat: p.getParameter('partstat'),
  rsvp: p.getParameter('rsvp'),
}));

describe('meeting calendar', () => {
  it('writes a REQUEST that a calendar library reads back property by property', () => {
    const { calendar, vevent, event } = parse(meetingCalendar(invitation));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(CALENDAR_PRODUCT_ID);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kvalitetsnav//Kvalitetsdialog//SV');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);

    expect(event.uid).toBe('meeting-4f1c2a@kvalitetsnav');
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-14T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-04-14T08:30:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-03-02T08:15:00.000Z');
    expect(event.summary).toBe('Förmöte (digitalt) – Ekerö kommun');
    expect(event.description).toBe(invitation.description);
    expect(event.location).toBe('Digitalt möte');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://möte.example.se/förmöte-123');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');

    const organizer = vevent.getFirstProperty('organizer');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:asa.oberg@skolverket.se');
    expect(organizer?.getParameter('cn')).toBe('Åsa Öberg');

    expect(attendeesOf(vevent)).toEqual([
      { value: 'mailto:bjorn.angstrom@spsm.se', cn: 'Björn Ängström', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
      { value: 'mailto:marta.lindqvist@ekero.se', cn: 'Märta "Mia" Lindqvist, förvaltningschef', role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
      { value: 'mailto:orjan.akesson@ekero.se', cn: 'Örjan Åkesson', role: 'OPT-PARTICIPANT', partstat: 'NEEDS-ACTION', rsvp: 'TRUE' },
    ]);
  });

  it('writes a CANCEL with the same UID, a higher SEQUENCE and STATUS:CANCELLED', () => {
    const request = parse(meetingCalendar(invitation));
    const cancel = parse(meetingCalendar({ ...invitation, method: 'CANCEL', sequence: 1, stamp: new Date('2026-03-05T10:00:00Z') }));
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancel.event.uid).toBe(request.event.uid);
    expect(cancel.event.sequence).toBeGreaterThan(request.event.sequence);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.event.startDate.toJSDate().toISOString()).toBe('2026-04-14T07:00:00.000Z');
    // The people whose meeting is cancelled are named, without being asked to answer.
    const attendees = attendeesOf(cancel.vevent);
    expect(attendees.map((a) => a.value)).toEqual(['mailto:bjorn.angstrom@spsm.se', 'mailto:marta.lindqvist@ekero.se', 'mailto:orjan.akesson@ekero.se']);
    for (const a of attendees) {
      expect(a.rsvp).toBeFalsy();
      expect(a.partstat).toBeFalsy();
    }
  });

  it('keeps the UID and carries the new SEQUENCE and time when a meeting is moved', () => {
    const moved = parse(meetingCalendar({ ...invitation, sequence: 3, start: '2026-04-16T13:00:00+02:00', end: '2026-04-16T14:00:00+02:00' }));
    expect(moved.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(moved.event.uid).toBe(invitation.uid);
    expect(moved.event.sequence).toBe(3);
    expect(moved.event.startDate.toJSDate().toISOString()).toBe('2026-04-16T11:00:00.000Z');
  });

  it('follows RFC 5545 framing: CRLF line ends, lines of at most 75 octets, UTC times', () => {
    const long = 'Återkoppling om förskolans och grundskolans systematiska kvalitetsarbete, särskilt stöd och trygghet. '.repeat(8);
    const text = meetingCalendar({ ...invitation, description: long });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).toMatch(/\r\nDTSTART:20260414T070000Z\r\n/);
    expect(text).toMatch(/\r\nDTEND:20260414T083000Z\r\n/);
    expect(text).toMatch(/\r\nDTSTAMP:20260302T081500Z\r\n/);
    expect(text).not.toMatch(/TZID=/);
    // Unfolded and parsed, the long Swedish text is whole again.
    expect(parse(text).event.description).toBe(long);
  });

  it('leaves out an empty place and link', () => {
    const { vevent } = parse(meetingCalendar({ ...invitation, location: ' ', url: null }));
    expect(vevent.getFirstProperty('location')).toBeNull();
    expect(vevent.getFirstProperty('url')).toBeNull();
  });

  it('stamps the time of writing when no stamp is given', () => {
    const before = Date.now();
    const { stamp: _stamp, ...unstamped } = invitation;
    const { vevent } = parse(meetingCalendar(unstamped));
    const stamp = (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime();
    expect(stamp).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(stamp).toBeLessThanOrEqual(Date.now());
  });

  it('refuses input that would make an invitation clients reject', () => {
    expect(() => meetingCalendar({ ...invitation, uid: '' })).toThrow(RangeError);
    expect(() => meetingCalendar({ ...invitation, uid: 'two words' })).toThrow(RangeError);
    expect(() => meetingCalendar({ ...invitation, sequence: -1 })).toThrow(RangeError);
    expect(() => meetingCalendar({ ...invitation, sequence: 1.5 })).toThrow(RangeError);
    expect(() => meetingCalendar({ ...invitation, end: invitation.start })).toThrow(RangeError);
    expect(() => meetingCalendar({ ...invitation, start: '2026-04-14 09:00' })).toThrow(RangeError);
    expect(() => meetingCalendar({ ...invitation, organizer: { name: 'X', email: 'not-an-address' } })).toThrow(RangeError);
    expect(() => meetingCalendar({ ...invitation, attendees: [] })).toThrow(RangeError);
  });
});
