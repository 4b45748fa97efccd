/** Swedish number formatting shared by server messages and the web client. */
const mb = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export const formatMegabytes = (bytes: number): string => `${mb.format(bytes / (1024 * 1024))} MB`;

const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });

/** A date in words as Swedish text writes it, e.g. "23 november 2026" (Swedish time). */
export const formatLongDate = (date: Date): string => longDate.format(date);
