/** Numbers, dates and sorting in Swedish conventions (English conventions when English is chosen). */
import type { Lang } from './i18n.tsx';

export { formatOrgNumber } from '../../shared/org-number.ts';

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const shareFormats = new Map<Lang, Intl.NumberFormat>();
const decimalFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang]);
    numberFormats.set(lang, format);
  }
  return format;
}

function dateFormat(lang: Lang, withTime: boolean, calendarDate: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}:${calendarDate}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
      // A calendar date is read as UTC midnight and shown in UTC so that it never shifts a day.
      timeZone: calendarDate ? 'UTC' : 'Europe/Stockholm',
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** 12345 → "12 345" (Swedish, with a no-break space) or "12,345" (English). */
export const formatNumber = (value: number, lang: Lang = 'sv'): string => numberFormat(lang).format(value);

/** 0.802 → "80,2 %" (Swedish, no-break space before the sign) or "80.2%" (English). */
export function formatShare(value: number, lang: Lang = 'sv'): string {
  let format = shareFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    shareFormats.set(lang, format);
  }
  return format.format(value);
}

/** 3.8421 → "3,8" (Swedish) or "3.8" (English): a mean with one decimal. */
export function formatDecimal(value: number, lang: Lang = 'sv'): string {
  let format = decimalFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    decimalFormats.set(lang, format);
  }
  return format.format(value);
}

/** "2026-11-23" or an ISO timestamp → "23 nov. 2026". */
export function formatDate(value: string, lang: Lang = 'sv'): string {
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(calendarDate ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat(lang, false, calendarDate).format(date);
}

/** An ISO timestamp → "23 nov. 2026 14:05" in Swedish time. */
export function formatDateTime(value: string, lang: Lang = 'sv'): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat(lang, true, false).format(date);
}

/** Today's calendar date in Sweden as YYYY-MM-DD, the value of an <input type="date">. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** Swedish collation (å, ä, ö after z) for any sorting done in the browser. */
export const compareSv = (a: string, b: string): number => a.localeCompare(b, 'sv');
