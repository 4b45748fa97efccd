/**
 * iCalendar (RFC 5545 / iTIP RFC 5546) for meeting invitations and cancellations, made with
 * ical-generator, in the form Outlook and Google Calendar accept from an e-mail:
 * METHOD in the calendar, a stable UID per meeting, a SEQUENCE the caller raises on every change
 * (a cancellation carries the same UID and a higher SEQUENCE), DTSTAMP, ORGANIZER and ATTENDEE as
 * mailto addresses, attendees asked to answer (PARTSTAT=NEEDS-ACTION, RSVP=TRUE) in a REQUEST,
 * STATUS:CANCELLED in a CANCEL, lines folded at 75 octets and ended by CRLF.
 *
 * Times are written in UTC ('Z'). ical-generator can only write a VTIMEZONE through a generator
 * from another package, and a TZID without its VTIMEZONE is invalid (Outlook then guesses); UTC
 * times need no time-zone data, and every client shows them in the reader's own zone.
 */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { toInstant } from './swedish-time.ts';

export const CALENDAR_PRODUCT_ID = '-//Kvalitetsnav//Kvalitetsdialog//SV';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarAttendee extends CalendarPerson {
  /** Whether the person is needed ('required', the default) or welcome ('optional'). */
  role?: 'required' | 'optional';
}

export interface MeetingCalendarInput {
  method: 'REQUEST' | 'CANCEL';
  /** Stable for the life of the meeting, e.g. `meeting-<id>@kvalitetsnav`. */
  uid: string;
  /** 0 for the first invitation; raised by the caller on every change and for the cancellation. */
  sequence: number;
  /** ISO 8601 with offset, or a Date. */
  start: Date | string;
  end: Date | string;
  summary: string;
  description: string;
  location?: string | null;
  url?: string | null;
  organizer: CalendarPerson;
  attendees: readonly CalendarAttendee[];
  /** When this version was made (DTSTAMP); now unless given. */
  stamp?: Date;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

function checkInput(input: MeetingCalendarInput, start: Date, end: Date): void {
  if (!input.uid.trim() || /\s/.test(input.uid)) throw new RangeError(`calendar UID must be non-empty without spaces: "${input.uid}"`);
  if (!Number.isInteger(input.sequence) || input.sequence < 0) throw new RangeError(`calendar SEQUENCE must be a non-negative integer: ${input.sequence}`);
  if (end.getTime() <= start.getTime()) throw new RangeError('calendar event must end after it starts');
  for (const person of [input.organizer, ...input.attendees]) {
    if (!EMAIL.test(person.email)) throw new RangeError(`not an e-mail address: "${person.email}"`);
  }
  if (input.attendees.length === 0) throw new RangeError('a meeting invitation needs at least one attendee');
}

/** The .ics text of a meeting invitation (REQUEST) or cancellation (CANCEL). */
export function meetingCalendar(input: MeetingCalendarInput): string {
  const start = toInstant(input.start);
  const end = toInstant(input.end);
  checkInput(input, start, end);
  const request = input.method === 'REQUEST';

  const calendar = ical({
    prodId: { company: 'Kvalitetsnav', product: 'Kvalitetsdialog', language: 'SV' },
    method: request ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  const event = calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp ?? new Date(),
    start,
    end,
    summary: input.summary,
    description: input.description,
    location: input.location?.trim() ? input.location : null,
    url: input.url ?? null,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    status: request ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
  });
  for (const attendee of input.attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      role: attendee.role === 'optional' ? ICalAttendeeRole.OPT : ICalAttendeeRole.REQ,
      ...(request ? { status: ICalAttendeeStatus.NEEDSACTION, rsvp: true } : {}),
    });
  }
  const text = calendar.toString();
  // RFC 5545: every content line ends with CRLF, the last one too.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
