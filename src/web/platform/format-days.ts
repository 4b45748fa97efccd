/**
 * Days and clock times that format.ts does not cover: a day heading with its weekday, a week's date
 * range, and a meeting's clock times. Swedish writes clock times with a
 * full stop ("kl. 09.00–10.30", Myndigheternas skrivregler); ICU's sv-SE uses a colon, so the parts
 * are joined here. Calendar dates are read as UTC midnight so that they never shift a day.
 */
import type { Lang } from './i18n.tsx';

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang}:${key}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], options);
    formats.set(id, f);
  }
  return f;
}

const calendar = (date: string) => new Date(`${date}T00:00:00Z`);
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Måndag 23 november" / "Monday 23 November". */
export function dayHeading(date: string, lang: Lang): string {
  return capitalised(format(lang, 'day', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(calendar(date)));
}

/** "23–29 november 2026" (across months and years as the language writes it). */
export function weekRange(first: string, last: string, lang: Lang): string {
  return format(lang, 'range', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(calendar(first), calendar(last));
}

/** "09.00" in Swedish time; "09:00" in English. */
export function clock(instant: string, lang: Lang): string {
  const parts = format(lang, 'clock', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Stockholm' }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}${lang === 'sv' ? '.' : ':'}${part('minute')}`;
}

/** "kl. 09.00–10.30" / "09:00–10:30". */
export function clockRange(start: string, end: string, lang: Lang): string {
  const range = `${clock(start, lang)}–${clock(end, lang)}`;
  return lang === 'sv' ? `kl. ${range}` : range;
}

/** "ons 25 nov. kl. 09.00" / "Wed 25 Nov 09:00": a meeting in a list of several days. */
export function shortDayTime(instant: string, lang: Lang): string {
  const day = format(lang, 'short-day', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(instant));
  return lang === 'sv' ? `${day} kl. ${clock(instant, lang)}` : `${day} ${clock(instant, lang)}`;
}
