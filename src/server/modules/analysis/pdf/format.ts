/**
 * How values of the analysis basis read in the PDF: Swedish numbers and dates, the words for
 * statuses and verdicts (the same as the web page and the XLSX export), and text made safe for the
 * WinAnsi encoding of pdfkit's built-in Helvetica.
 */
import { FLAG_BELOW_N, SUPPRESS_BELOW_N, type YearValue } from '../../../../shared/api/analysis.ts';

export const VERDICT_TEXT: Record<string, string> = {
  better: 'Bättre än förväntat', worse: 'Sämre än förväntat', as_expected: 'Inom det förväntade', outside: 'Utanför intervallet',
};

export const STATUS_TEXT = {
  suppressed: `döljs: färre än ${SUPPRESS_BELOW_N} barn eller elever`,
  uncertain: `osäkert: färre än ${FLAG_BELOW_N} barn eller elever`,
  confidential: 'sekretess',
  missing: 'uppgift saknas',
  smallGroup: 'för få huvudmän i gruppen',
};

const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const noDecimals = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const tickFormats = [0, 1, 2, 3].map((digits) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const calendarDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const swedishDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Stockholm' });

/** A whole number with Swedish digit grouping: 12345 → "12 345". */
export const formatCount = (value: number): string => noDecimals.format(value);

/** A number on a chart axis or a median, with as many decimals as the step between ticks needs (at most 3). */
export function formatTick(value: number, step = 1): string {
  const digits = Math.min(3, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
  return tickFormats[digits]!.format(value);
}

/** A measure value with its unit, as on the web page: 78.43 percent → "78,4 %", 608600 sek → "608 600 kr". */
export function formatMeasure(value: number, unit: string): string {
  const text = unit === 'sek' || unit === 'count' ? noDecimals.format(value) : oneDecimal.format(value);
  if (unit === 'percent') return `${text}\u00a0%`;
  if (unit === 'sek') return `${text}\u00a0kr`;
  return text;
}

/** An interval with the unit once: "24,0–48,8 %". */
export function formatInterval(lower: number, upper: number, unit: string): string {
  const low = formatMeasure(lower, unit);
  const bare = unit === 'percent' || unit === 'sek' ? low.slice(0, low.lastIndexOf('\u00a0')) : low;
  return `${bare}–${formatMeasure(upper, unit)}`;
}

/** An ISO timestamp or calendar date → "23 nov. 2026" (Swedish time for timestamps). */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return calendarDate.format(new Date(`${value}T00:00:00Z`));
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : swedishDate.format(date);
}

/** A year's value is shown only when its status allows it, whatever the value field holds. */
export const shownValue = (v: YearValue): number | null => (v.status === 'ok' || v.status === 'uncertain' ? v.value : null);

/** A year's value in a table cell: the value (with * when uncertain), "–" when missing or hidden, ".." when confidential. */
export function yearCell(v: YearValue, unit: string): string {
  const value = shownValue(v);
  if (value === null) return v.status === 'confidential' ? '..' : '–';
  return v.status === 'uncertain' ? `${formatMeasure(value, unit)}*` : formatMeasure(value, unit);
}

/** Why a year has no value, in words. */
export const missingText = (v: YearValue): string =>
  v.status === 'suppressed' ? STATUS_TEXT.suppressed : v.status === 'confidential' ? STATUS_TEXT.confidential : STATUS_TEXT.missing;

export function groupText(group: { value: number | null; organisers: number; suppressed: boolean }, unit: string): string {
  if (group.suppressed || group.value === null) return `– (${STATUS_TEXT.smallGroup})`;
  return `${formatMeasure(group.value, unit)} (${group.organisers} huvudmän)`;
}

/** Characters WinAnsi has beyond Latin-1 (pdfkit maps them itself). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-', '\u2010': '-', '\u2011': '-', '\u202f': '\u00a0', '\u2009': ' ', '\u2264': '<=', '\u2265': '>=', '\u2192': '->',
};

/**
 * Text for the built-in fonts: a character outside WinAnsi would be written as a broken code, so it
 * is replaced by its nearest equivalent, or "?" when there is none.
 */
export function winAnsi(text: string): string {
  if (!/[\u0100-\u{10ffff}]/u.test(text)) return text;
  return text.replace(/[\u0100-\u{10ffff}]/gu, (c) => (WIN_ANSI_EXTRA.has(c) ? c : REPLACEMENTS[c] ?? '?'));
}
