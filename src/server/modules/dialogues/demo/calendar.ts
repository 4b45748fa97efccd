/**
 * Swedish working days for the demo history, as day numbers (days since 1970-01-01) for speed.
 *
 * Days off: the allmänna helgdagar (nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag
 * påsk, första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen, midsommardagen, alla helgons
 * dag, juldagen, annandag jul) plus midsommarafton, julafton and nyårsafton, the same set as the
 * dialogues module's scheduling rules. Easter by the anonymous Gregorian algorithm. Meetings are also
 * kept out of the summer break (22 June – 9 August) and the Christmas break (21 December – 7 January).
 */

const MS_PER_DAY = 86_400_000;

export const dayOf = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;

const dates = new Map<number, string>();

export function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) dates.set(day, (date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  return date;
}

export const yearOf = (day: number): number => Number(dateOf(day).slice(0, 4));

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Monday-based week number since the epoch, to count meetings per week. */
export const weekOf = (day: number): number => Math.floor((day + 3) / 7);

const ymd = (year: number, month: number, dayOfMonth: number): number => Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return ymd(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The first day from `from` (inclusive) that falls on the weekday. */
const firstWeekday = (from: number, weekday: number): number => from + ((weekday - weekdayOfDay(from) + 7) % 7);

const holidayCache = new Map<number, Set<number>>();

/** Days off of a year (see the header). */
export function holidaysOf(year: number): Set<number> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([
      ymd(year, 1, 1), ymd(year, 1, 6), easter - 2, easter, easter + 1, ymd(year, 5, 1), easter + 39, easter + 49,
      ymd(year, 6, 6), firstWeekday(ymd(year, 6, 19), 5), firstWeekday(ymd(year, 6, 20), 6),
      firstWeekday(ymd(year, 10, 31), 6), ymd(year, 12, 24), ymd(year, 12, 25), ymd(year, 12, 26), ymd(year, 12, 31),
    ]);
    holidayCache.set(year, days);
  }
  return days;
}

export const isHoliday = (day: number): boolean => holidaysOf(yearOf(day)).has(day);

export const isWorkingDay = (day: number): boolean => {
  const weekday = weekdayOfDay(day);
  return weekday !== 0 && weekday !== 6 && !isHoliday(day);
};

/** A working day outside the summer and Christmas breaks. */
export function isMeetingDay(day: number): boolean {
  if (!isWorkingDay(day)) return false;
  const md = dateOf(day).slice(5);
  return !(md >= '06-22' && md <= '08-09') && !(md >= '12-21' || md <= '01-07');
}

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}

export function nextMeetingDay(day: number): number {
  let d = day;
  while (!isMeetingDay(d)) d++;
  return d;
}

/** `count` working days after `day` (count ≥ 0; 0 gives the next working day from `day`). */
export function addWorkingDays(day: number, count: number): number {
  let d = nextWorkingDay(day);
  for (let i = 0; i < count; i++) d = nextWorkingDay(d + 1);
  return d;
}

/** `count` working days before `day` (count ≥ 1). */
export function subtractWorkingDays(day: number, count: number): number {
  let d = day;
  for (let i = 0; i < count; i++) {
    d--;
    while (!isWorkingDay(d)) d--;
  }
  return d;
}

/** Same day of month `months` later, clamped to the month's end (the planning rule). */
export { addMonths } from '../planning/dates.ts';

const lastSunday = (year: number, month: number): number => {
  const last = ymd(year, month + 1, 0);
  return last - weekdayOfDay(last);
};

/** The Swedish UTC offset on a weekday (summer time from the last Sunday of March to that of October). */
export function swedishOffset(day: number): string {
  const year = yearOf(day);
  return day > lastSunday(year, 3) && day < lastSunday(year, 10) ? '+02:00' : '+01:00';
}

/** '2024-03-12T09:30:00+01:00' for a day and a minute of the Swedish day. */
export function instantAt(day: number, minuteOfDay: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${dateOf(day)}T${hh}:${mm}:00${swedishOffset(day)}`;
}
