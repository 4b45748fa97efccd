/**
 * Calendar arithmetic and the date rules of planning, with Swedish messages: months added the way
 * people count them (31 August + 6 months = 28 or 29 February), and the days an invitation or an
 * answer deadline may fall on (working days: no weekend, no Swedish public holiday).
 */
import { holidayName } from '../calendar/holidays.ts';
import { formatDate, parseCalendarDate, weekdayOf } from '../calendar/swedish-time.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The same day `months` later; the month's last day when that month is shorter. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, last))}`;
}

export const addYears = (date: string, years: number): string => addMonths(date, years * 12);

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseCalendarDate(date);
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}


/** "1 mars 2099". */
export const longDate = (date: string): string => formatDate(date);

/** "1 mars 2099–1 september 2099". */
export const period = (from: string, to: string): string => `${formatDate(from)}–${formatDate(to)}`;

/** A holiday's name inside a sentence: "juldagen", but "Kristi himmelsfärdsdag" keeps its capital. */
const inText = (holiday: string) => (holiday.startsWith('Kristi') ? holiday : holiday.charAt(0).toLocaleLowerCase('sv-SE') + holiday.slice(1));

/**
 * Why a day cannot be used for sending invitations or as the last day to answer, or null. `what` is
 * the Swedish name of the date in the message ("Inbjudningsdagen").
 */
export function workingDayProblem(date: string, what: string): string | null {
  const holiday = holidayName(date);
  if (holiday) return `${what} (${formatDate(date)}) är ${inText(holiday)}, en helgdag. Välj en vardag.`;
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return `${what} (${formatDate(date)}) är en ${weekday === 0 ? 'söndag' : 'lördag'}. Välj en vardag.`;
  return null;
}
