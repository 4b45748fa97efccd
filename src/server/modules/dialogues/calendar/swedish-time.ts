/**
 * Calendar dates and clock times as Swedes read them: instants are ISO 8601 strings that carry their
 * offset, calendar dates are 'YYYY-MM-DD' in Europe/Stockholm, and everything shown to people is
 * formatted with Intl ('sv-SE'). Clock times are written with a full stop ("kl. 09.00"), as the
 * Swedish writing rules (Språkrådet, Myndigheternas skrivregler) prescribe; ICU's sv-SE pattern uses
 * a colon, so the parts are joined here.
 */

export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/** 'YYYY-MM-DD' → its parts; a RangeError for anything that is not a real calendar date. */
export function parseCalendarDate(date: string): { year: number; month: number; day: number } {
  const match = CALENDAR_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utc = new Date(Date.UTC(year, month - 1, day));
    if (utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
}

export const isCalendarDate = (value: string): boolean => {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
};

/**
 * An ISO 8601 timestamp with an explicit offset ('2026-04-14T09:00:00+02:00' or '…Z') → Date, or
 * null when it is malformed or has no offset (a time without offset is ambiguous: it would be read
 * in the server's own zone).
 */
export function parseInstant(value: string): Date | null {
  const match = INSTANT.exec(value);
  if (!match || !isCalendarDate(match[1] ?? '')) return null;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (match[5] !== undefined && (Number(match[5]) > 18 || Number(match[6]) > 59)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A Date, or an ISO timestamp with offset, as a Date; a RangeError otherwise. */
export function toInstant(value: Date | string): Date {
  const instant = typeof value === 'string' ? parseInstant(value) : value;
  if (!instant || Number.isNaN(instant.getTime())) throw new RangeError(`not an instant with offset: ${String(value)}`);
  return instant;
}

/** Day of the week of a calendar date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Whole days from calendar date `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseCalendarDate(from);
  const b = parseCalendarDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: SWEDISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

function stockholmParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: parts.year ?? '', month: parts.month ?? '', day: parts.day ?? '', hour: parts.hour ?? '', minute: parts.minute ?? '' };
}

/** The calendar date in Sweden at an instant, 'YYYY-MM-DD'. */
export function stockholmDate(instant: Date): string {
  const p = stockholmParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today's calendar date in Sweden, 'YYYY-MM-DD'. */
export const swedishToday = (now: Date = new Date()): string => stockholmDate(now);

/** Minutes since midnight on the Swedish clock at an instant (0–1439). */
export function stockholmMinuteOfDay(instant: Date): number {
  const p = stockholmParts(instant);
  return Number(p.hour) * 60 + Number(p.minute);
}

const shortDate = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' });
const date = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const longDate = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: SWEDISH_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
// A calendar date is placed at noon UTC, which is the same date in Sweden all year round.
const calendarNoon = (date: string): Date => {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
};

/** "14 apr. 2026" (an instant, or a 'YYYY-MM-DD' calendar date). */
export const formatShortDate = (value: Date | string): string =>
  shortDate.format(typeof value === 'string' && CALENDAR_DATE.test(value) ? calendarNoon(value) : toInstant(value));

/** "14 april 2026" (an instant, or a 'YYYY-MM-DD' calendar date). */
export const formatDate = (value: Date | string): string =>
  date.format(typeof value === 'string' && CALENDAR_DATE.test(value) ? calendarNoon(value) : toInstant(value));

/** "tisdag 14 april 2026" (an instant, or a 'YYYY-MM-DD' calendar date). */
export const formatLongDate = (value: Date | string): string =>
  longDate.format(typeof value === 'string' && CALENDAR_DATE.test(value) ? calendarNoon(value) : toInstant(value));

/** "09.00" on the Swedish clock. */
export function formatClock(value: Date | string): string {
  const parts = clock.formatToParts(toInstant(value));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return `${hour}.${minute}`;
}

/**
 * A meeting's time: "14 apr. 2026 kl. 09.00–10.00", or with the long date
 * "tisdag 14 april 2026 kl. 09.00–10.00"; across midnight both dates are written.
 */
export function formatTimeRange(start: Date | string, end: Date | string, style: 'short' | 'long' = 'short'): string {
  const [from, to] = [toInstant(start), toInstant(end)];
  const date = style === 'long' ? formatLongDate : formatShortDate;
  if (stockholmDate(from) === stockholmDate(to)) return `${date(from)} kl. ${formatClock(from)}–${formatClock(to)}`;
  return `${date(from)} kl. ${formatClock(from)} – ${date(to)} kl. ${formatClock(to)}`;
}
