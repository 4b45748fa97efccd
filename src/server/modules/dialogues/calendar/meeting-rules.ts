/**
 * The scheduling rules of a dialogue meeting, checked before it is booked or moved. Pure: the caller
 * supplies the time (`now`) and the leaders' other meetings. Answers every problem at once, each
 * naming the field and saying in Swedish what is wrong; an empty list means the meeting may be booked.
 */
import { DIGITAL_MEETINGS, type MeetingKind } from '../../../../shared/dialogues.ts';
import type { ErrorDetail } from '../../../../shared/errors.ts';
import { holidayName } from './holidays.ts';
import {
  formatClock, formatShortDate, formatTimeRange, parseInstant, stockholmDate, stockholmMinuteOfDay, toInstant, weekdayOf,
} from './swedish-time.ts';

export const MEETING_RULES = {
  minMinutes: 15,
  maxMinutes: 8 * 60,
  /** Swedish clock, minutes after midnight: meetings lie within 07.00–19.00. */
  dayStartMinute: 7 * 60,
  dayEndMinute: 19 * 60,
} as const;

export interface ProposedMeeting {
  /** Set when an existing meeting is moved, so that it does not collide with itself. */
  id?: string | null;
  kind: MeetingKind;
  /** ISO 8601 with offset, e.g. '2026-04-14T09:00:00+02:00'. */
  start: string;
  end: string;
  place?: string | null;
  videoUrl?: string | null;
}

/** Another meeting of one of the leaders; `label` names it for people ("Förmöte, Ekerö kommun"). */
export interface LeaderMeeting {
  id: string;
  start: string;
  end: string;
  label: string;
}

export interface MeetingCheck {
  meeting: ProposedMeeting;
  now: Date;
  leaderMeetings?: readonly LeaderMeeting[];
}

export interface Interval {
  start: Date;
  end: Date;
}

/** Half-open intervals [start, end): a meeting that ends when another starts does not overlap it. */
export const overlaps = (a: Interval, b: Interval): boolean =>
  a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

const WEEKDAY_NAMES = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const minutesClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
const WINDOW = `möten hålls mellan kl. ${minutesClock(MEETING_RULES.dayStartMinute)} och ${minutesClock(MEETING_RULES.dayEndMinute)} svensk tid`;

/** 90 → "1 timme 30 minuter", 480 → "8 timmar", 10 → "10 minuter". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'timme' : 'timmar'}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} ${rest === 1 ? 'minut' : 'minuter'}`);
  return parts.join(' ');
}

const problem = (path: string, message: string): ErrorDetail => ({ path, field: path, message });
const blank = (value: string | null | undefined): boolean => value === undefined || value === null || value.trim() === '';

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function placeProblems(meeting: ProposedMeeting): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const hasVideo = !blank(meeting.videoUrl);
  if (hasVideo && !isHttpsUrl(meeting.videoUrl ?? '')) {
    problems.push(problem('videoUrl', 'videolänken måste vara en fullständig adress som börjar med https://'));
  }
  if (DIGITAL_MEETINGS.includes(meeting.kind)) {
    if (!hasVideo) problems.push(problem('videoUrl', 'ett digitalt möte behöver en videolänk (https://…)'));
  } else if (meeting.kind === 'physical') {
    if (blank(meeting.place)) problems.push(problem('place', 'dialogen på plats behöver en plats, till exempel en adress'));
  } else if (blank(meeting.place) && !hasVideo) {
    // The follow-up meeting may be held on site or online: one of the two is needed.
    problems.push(problem('place', 'ange en plats eller en videolänk för mötet'));
  }
  return problems;
}

function dayProblems(start: Date, end: Date): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const date = stockholmDate(start);
  const holiday = holidayName(date);
  const weekday = weekdayOf(date);
  if (holiday) problems.push(problem('start', `${formatShortDate(date)} är en helgdag (${holiday})`));
  else if (weekday === 0 || weekday === 6) problems.push(problem('start', `${formatShortDate(date)} är en ${WEEKDAY_NAMES[weekday]}; möten bokas måndag–fredag`));

  const startMinute = stockholmMinuteOfDay(start);
  if (startMinute < MEETING_RULES.dayStartMinute || startMinute >= MEETING_RULES.dayEndMinute) {
    problems.push(problem('start', `mötet börjar kl. ${formatClock(start)}; ${WINDOW}`));
  }
  const endMinute = stockholmMinuteOfDay(end);
  if (stockholmDate(end) !== date) {
    problems.push(problem('end', `mötet slutar ${formatShortDate(end)} kl. ${formatClock(end)}; ${WINDOW} och slutar samma dag som de börjar`));
  } else if (endMinute > MEETING_RULES.dayEndMinute) {
    problems.push(problem('end', `mötet slutar kl. ${formatClock(end)}; ${WINDOW}`));
  }
  return problems;
}

function overlapProblems(meeting: ProposedMeeting, proposed: Interval, others: readonly LeaderMeeting[]): ErrorDetail[] {
  return others
    .filter((other) => !meeting.id || other.id !== meeting.id)
    .map((other) => ({ other, interval: { start: toInstant(other.start), end: toInstant(other.end) } }))
    .filter(({ interval }) => overlaps(proposed, interval))
    .sort((a, b) => a.interval.start.getTime() - b.interval.start.getTime())
    .map(({ other, interval }) => problem('start', `krockar med ${other.label} ${formatTimeRange(interval.start, interval.end)}`));
}

/** Every problem with a proposed meeting; an empty list means it may be booked. */
export function checkMeeting({ meeting, now, leaderMeetings = [] }: MeetingCheck): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const start = parseInstant(meeting.start);
  const end = parseInstant(meeting.end);
  const example = 'ange datum och tid med tidszon, till exempel 2026-04-14T09:00:00+02:00';
  if (!start) problems.push(problem('start', `starttiden "${meeting.start}" går inte att läsa; ${example}`));
  if (!end) problems.push(problem('end', `sluttiden "${meeting.end}" går inte att läsa; ${example}`));

  if (start && end) {
    const minutes = (end.getTime() - start.getTime()) / 60_000;
    if (minutes <= 0) {
      problems.push(problem('end', `sluttiden (${formatShortDate(end)} kl. ${formatClock(end)}) måste vara senare än starttiden (${formatShortDate(start)} kl. ${formatClock(start)})`));
    } else {
      if (minutes < MEETING_RULES.minMinutes) {
        problems.push(problem('end', `mötet är ${formatDuration(Math.round(minutes))}; ett möte måste vara minst ${formatDuration(MEETING_RULES.minMinutes)}`));
      } else if (minutes > MEETING_RULES.maxMinutes) {
        problems.push(problem('end', `mötet är ${formatDuration(Math.round(minutes))}; ett möte får vara högst ${formatDuration(MEETING_RULES.maxMinutes)}`));
      }
      problems.push(...dayProblems(start, end));
      problems.push(...overlapProblems(meeting, { start, end }, leaderMeetings));
    }
    if (start.getTime() < now.getTime()) {
      problems.push(problem('start', `starttiden ${formatShortDate(start)} kl. ${formatClock(start)} har redan passerat`));
    }
  }
  problems.push(...placeProblems(meeting));
  return problems;
}
