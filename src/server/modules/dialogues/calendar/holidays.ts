/**
 * Swedish public holidays (röda dagar) for the scheduling rules, from date-holidays (country SE).
 *
 * Counted as holidays: every holiday of type 'public' (the allmänna helgdagar of lag 1989:253:
 * nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj, Kristi
 * himmelsfärdsdag, pingstdagen, nationaldagen, midsommardagen, alla helgons dag, juldagen, annandag
 * jul), plus midsommarafton, julafton and nyårsafton: not public holidays by law, but days off under
 * the agencies' and nearly all organisers' agreements (date-holidays lists them as 'bank'). The
 * half days (trettondagsafton, valborgsmässoafton, allhelgonaafton, 'optional' in the library) and
 * the observances (e.g. annandag pingst since 2005) are ordinary working days here; påskafton and
 * pingstafton always fall on a Saturday anyway.
 *
 * Dates are calendar dates in Europe/Stockholm ('YYYY-MM-DD'). Each year is computed once and kept.
 */
import Holidays from 'date-holidays';
import { parseCalendarDate, weekdayOf } from './swedish-time.ts';

/** Days off in practice although not allmänna helgdagar; named as date-holidays names them in Swedish. */
const DE_FACTO_DAYS_OFF = new Set(['midsommarafton', 'julafton', 'nyårsafton']);

export interface SwedishHoliday {
  date: string;
  /** Swedish name with a capital initial, e.g. "Juldagen". */
  name: string;
}

let library: Holidays | undefined;
const byYear = new Map<number, ReadonlyMap<string, string>>();

const capitalise = (name: string): string => name.charAt(0).toLocaleUpperCase('sv-SE') + name.slice(1);

function holidaysOf(year: number): ReadonlyMap<string, string> {
  let days = byYear.get(year);
  if (!days) {
    library ??= new Holidays('SE', { languages: ['sv'], timezone: 'Europe/Stockholm' });
    const map = new Map<string, string>();
    for (const holiday of library.getHolidays(year, 'sv')) {
      if (holiday.type !== 'public' && !DE_FACTO_DAYS_OFF.has(holiday.name)) continue;
      // holiday.date is the local date and time "YYYY-MM-DD hh:mm:ss".
      const date = holiday.date.slice(0, 10);
      if (!map.has(date)) map.set(date, capitalise(holiday.name));
    }
    days = map;
    byYear.set(year, days);
  }
  return days;
}

/** The holidays of a year in date order. */
export function swedishHolidays(year: number): SwedishHoliday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a year: ${year}`);
  return [...holidaysOf(year)].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/** The Swedish name of the holiday on a date ("Kristi himmelsfärdsdag"), or null on other days. */
export function holidayName(date: string): string | null {
  return holidaysOf(parseCalendarDate(date).year).get(date) ?? null;
}

/** Whether a date is a Swedish public holiday or one of the de facto days off (see the header). */
export const isSwedishHoliday = (date: string): boolean => holidayName(date) !== null;

/** Monday to Friday and not a holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !isSwedishHoliday(date);
}
