/** A date and a clock time in Sweden as an ISO 8601 instant with the right offset (CET or CEST). */
export function stockholmInstant(date: string, time: string): string {
  const probe = new Date(`${date}T${time}:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(probe).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${date}T${time}:00${offset}`;
}

/** "09:00–10:30" in Swedish time for a meeting. */
export function clockRange(start: string, end: string, lang: 'sv' | 'en'): string {
  const clock = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });
  return `${clock.format(new Date(start))}–${clock.format(new Date(end))}`;
}
