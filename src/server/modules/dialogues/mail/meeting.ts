/**
 * The confirmation of a booked (or moved) meeting and the notice that it is cancelled, each with its
 * calendar file: METHOD:REQUEST to put the meeting in the calendar, METHOD:CANCEL with the same UID
 * and a higher SEQUENCE to take it out again.
 */
import { DIGITAL_MEETINGS, MEETING_KIND_LABELS, type MeetingKind } from '../../../../shared/dialogues.ts';
import { meetingCalendar } from '../calendar/ical.ts';
import { formatTimeRange } from '../calendar/swedish-time.ts';
import { body, FOOTER, greeting, listInSwedish, oneLine, organisersInBrief, type MailAttachment, type MailContent } from './common.ts';

/** The meeting kind in the definite form a sentence needs ("förmötet"). */
const KIND_DEFINITE: Record<MeetingKind, string> = {
  intro: 'introduktionsmötet',
  pre_meeting: 'förmötet',
  physical: 'dialogen på plats',
  feedback: 'återkopplingsmötet',
  follow_up: 'uppföljningsmötet',
};
/** "inställt" agrees with the neuter "mötet", "inställd" with "dialogen". */
const CANCELLED: Record<MeetingKind, string> = {
  intro: 'inställt', pre_meeting: 'inställt', physical: 'inställd', feedback: 'inställt', follow_up: 'inställt',
};

/** What each meeting is for, in one sentence. */
const KIND_PURPOSE: Record<MeetingKind, string> = {
  intro: 'Vid introduktionsmötet berättar vi hur kvalitetsdialogen går till och vad ni kan förbereda. Ofta deltar flera huvudmän.',
  pre_meeting: 'Vid förmötet går vi tillsammans igenom analysunderlaget och kommer överens om dialogens fokusfråga och syfte.',
  physical: 'Vid dialogen på plats samtalar vi om ert kvalitetsarbete utifrån den fokusfråga vi har kommit överens om.',
  feedback: 'Vid återkopplingsmötet berättar vi vad vi har sett i dialogen och samtalar om ert fortsatta utvecklingsarbete.',
  follow_up: 'Vid uppföljningsmötet följer vi upp vad som har hänt sedan dialogen och vilka åtgärder ni har genomfört.',
};

export interface MeetingParticipant {
  name: string;
  email: string;
  /** Shown after the name, e.g. "Dialogutförare, Skolverket" or "Förvaltningschef". */
  role?: string | null;
}

export interface MeetingMailInput {
  recipientName: string;
  organisers: readonly string[];
  meeting: {
    /** Stable calendar UID of the meeting. */
    uid: string;
    /** Calendar SEQUENCE of this version; the caller raises it on every change and for the cancellation. */
    sequence: number;
    kind: MeetingKind;
    /** ISO 8601 with offset. */
    start: string;
    end: string;
    place?: string | null;
    videoUrl?: string | null;
  };
  participants: readonly MeetingParticipant[];
  /** The leader who books the meeting: ORGANIZER of the calendar invitation and the contact for questions. */
  organizer: { name: string; email: string };
  /** The dialogue in Kvalitetsnav, for those who have access. */
  dialogueUrl?: string | null;
  /** When the calendar file is made (DTSTAMP); now unless given. */
  stamp?: Date;
}

export interface MeetingConfirmationInput extends MeetingMailInput {
  /** True when an earlier confirmation of the same meeting is replaced (new time or place). */
  changed?: boolean;
}

export interface MeetingCancelledInput extends MeetingMailInput {
  reason?: string | null;
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

function whereLines(meeting: MeetingMailInput['meeting']): string[] {
  const lines = [];
  if (meeting.place?.trim()) lines.push(`Plats: ${oneLine(meeting.place)}`);
  if (meeting.videoUrl?.trim()) lines.push(`${DIGITAL_MEETINGS.includes(meeting.kind) ? 'Videolänk' : 'Delta digitalt'}: ${meeting.videoUrl.trim()}`);
  return lines;
}

function participantLines(participants: readonly MeetingParticipant[]): string[] {
  return participants.map((p) => `– ${oneLine(p.name)}${p.role?.trim() ? ` (${oneLine(p.role)})` : ''}`);
}

function calendarFile(input: MeetingMailInput, method: 'REQUEST' | 'CANCEL'): MailAttachment {
  const { meeting } = input;
  const organisers = listInSwedish(input.organisers);
  const organizerEmail = input.organizer.email.toLowerCase();
  const description = [
    `${MEETING_KIND_LABELS[meeting.kind].sv} i kvalitetsdialogen med ${organisers}.`,
    KIND_PURPOSE[meeting.kind],
    ...whereLines(meeting),
    ...(input.dialogueUrl ? [`Dialogen i Kvalitetsnav: ${input.dialogueUrl}`] : []),
  ].join('\n');
  const content = meetingCalendar({
    method,
    uid: meeting.uid,
    sequence: meeting.sequence,
    start: meeting.start,
    end: meeting.end,
    summary: `${MEETING_KIND_LABELS[meeting.kind].sv} – ${organisersInBrief(input.organisers)}`,
    description,
    location: meeting.place?.trim() ? oneLine(meeting.place) : (meeting.videoUrl?.trim() ?? null),
    url: meeting.videoUrl?.trim() || input.dialogueUrl || null,
    organizer: input.organizer,
    attendees: input.participants.filter((p) => p.email.toLowerCase() !== organizerEmail).map((p) => ({ name: p.name, email: p.email })),
    ...(input.stamp ? { stamp: input.stamp } : {}),
  });
  return {
    filename: method === 'REQUEST' ? 'inbjudan.ics' : 'avbokning.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content,
  };
}

export function meetingConfirmationMail(input: MeetingConfirmationInput): MailContent {
  const { meeting } = input;
  const organisers = listInSwedish(input.organisers);
  const label = MEETING_KIND_LABELS[meeting.kind].sv;
  const when = formatTimeRange(meeting.start, meeting.end, 'long');
  const lines = [
    greeting(input.recipientName),
    '',
    input.changed
      ? `${capitalise(KIND_DEFINITE[meeting.kind])} i kvalitetsdialogen med ${organisers} har ändrats. Tiden och platsen nedan gäller; den tidigare inbjudan gäller inte längre.`
      : `Välkommen till ${KIND_DEFINITE[meeting.kind]} i kvalitetsdialogen med ${organisers}. Här är tid, plats och deltagare.`,
    '',
    `Möte: ${label}`,
    `Tid: ${when}`,
    ...whereLines(meeting),
    '',
    'Deltagare:',
    ...participantLines(input.participants),
    '',
    KIND_PURPOSE[meeting.kind],
    '',
    'Kalenderinbjudan finns bifogad (inbjudan.ics). Öppna den för att lägga in mötet i din kalender och svara om du kan delta.',
    `Kan du inte delta, eller har du frågor? Kontakta ${oneLine(input.organizer.name)}, ${input.organizer.email}.`,
    ...(input.dialogueUrl ? ['', `Dialogen i Kvalitetsnav: ${input.dialogueUrl}`] : []),
    '',
    'Med vänliga hälsningar',
    oneLine(input.organizer.name),
    '',
    ...FOOTER,
  ];
  return {
    subject: oneLine(`${input.changed ? 'Ändrat möte' : 'Bekräftelse'}: ${label} ${formatTimeRange(meeting.start, meeting.end)} – ${organisersInBrief(input.organisers)}`),
    text: body(lines),
    attachments: [calendarFile(input, 'REQUEST')],
  };
}

export function meetingCancelledMail(input: MeetingCancelledInput): MailContent {
  const { meeting } = input;
  const organisers = listInSwedish(input.organisers);
  const label = MEETING_KIND_LABELS[meeting.kind].sv;
  const lines = [
    greeting(input.recipientName),
    '',
    `${capitalise(KIND_DEFINITE[meeting.kind])} i kvalitetsdialogen med ${organisers}, ${formatTimeRange(meeting.start, meeting.end, 'long')}, är ${CANCELLED[meeting.kind]}.`,
    ...(input.reason?.trim() ? [`Skäl: ${oneLine(input.reason)}`] : []),
    '',
    'Den bifogade filen (avbokning.ics) tar bort mötet ur din kalender. Behövs ett nytt möte får du en ny inbjudan.',
    `Har du frågor? Kontakta ${oneLine(input.organizer.name)}, ${input.organizer.email}.`,
    '',
    'Med vänliga hälsningar',
    oneLine(input.organizer.name),
    '',
    ...FOOTER,
  ];
  return {
    subject: oneLine(`Inställt: ${label} ${formatTimeRange(meeting.start, meeting.end)} – ${organisersInBrief(input.organisers)}`),
    text: body(lines),
    attachments: [calendarFile(input, 'CANCEL')],
  };
}
