import { describe, expect, it } from 'vitest';
import { clockRange, dayHeading, shortDayTime, weekRange } from './format-days.ts';

describe('days and clock times', () => {
  it('writes a meeting\'s clock times in Swedish time with a full stop, and with a colon in English', () => {
    expect(clockRange('2031-03-04T08:00:00Z', '2031-03-04T09:30:00Z', 'sv')).toBe('kl. 09.00–10.30');
    expect(clockRange('2031-06-10T11:30:00Z', '2031-06-10T12:00:00Z', 'sv')).toBe('kl. 13.30–14.00');
    expect(clockRange('2031-03-04T08:00:00Z', '2031-03-04T09:30:00Z', 'en')).toBe('09:00–10:30');
  });

  it('heads a day with its weekday, without shifting the date', () => {
    expect(dayHeading('2026-11-23', 'sv')).toBe('Måndag 23 november');
    expect(dayHeading('2026-11-23', 'en')).toBe('Monday 23 November');
  });

  it('gives a week\'s range across months and years', () => {
    expect(weekRange('2026-11-23', '2026-11-29', 'sv')).toBe('23–29 november 2026');
    expect(weekRange('2026-12-28', '2027-01-03', 'sv')).toMatch(/^28 december 2026\s?–\s?3 januari 2027$/);
  });

  it('names the day and time of a meeting among several days', () => {
    expect(shortDayTime('2026-11-25T08:00:00Z', 'sv')).toBe('ons 25 nov. kl. 09.00');
  });
});
