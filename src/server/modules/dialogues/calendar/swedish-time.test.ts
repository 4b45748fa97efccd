import { describe, expect, it } from 'vitest';
import {
  daysBetween, formatClock, formatDate, formatLongDate, formatShortDate, formatTimeRange, parseCalendarDate, parseInstant,
  stockholmDate, stockholmMinuteOfDay, toInstant, weekdayOf,
} from './swedish-time.ts';

describe('Swedish time', () => {
  it('reads ISO timestamps only with an offset', () => {
    expect(parseInstant('2026-04-14T09:00:00+02:00')?.toISOString()).toBe('2026-04-14T07:00:00.000Z');
    expect(parseInstant('2026-04-14T09:00+02:00')?.toISOString()).toBe('2026-04-14T07:00:00.000Z');
    expect(parseInstant('2026-04-14T07:00:00.000Z')?.toISOString()).toBe('2026-04-14T07:00:00.000Z');
    expect(parseInstant('2026-04-14T09:00:00')).toBeNull();
    expect(parseInstant('2026-04-14')).toBeNull();
    expect(parseInstant('2026-02-30T09:00:00Z')).toBeNull();
    expect(parseInstant('2026-04-14T24:00:00Z')).toBeNull();
    expect(parseInstant('2026-04-14T09:60:00Z')).toBeNull();
    expect(parseInstant('2026-04-14T09:00:00+25:00')).toBeNull();
    expect(parseInstant('i morgon kl. 9')).toBeNull();
    expect(() => toInstant('2026-04-14T09:00')).toThrow(RangeError);
    expect(() => toInstant(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('reads calendar dates strictly', () => {
    expect(parseCalendarDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => parseCalendarDate('2026-02-29')).toThrow(RangeError);
    expect(() => parseCalendarDate('2026-4-1')).toThrow(RangeError);
  });

  it('gives the Swedish calendar date and clock across daylight saving time', () => {
    // 23.30 UTC is 00.30 or 01.30 the next day in Sweden.
    expect(stockholmDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(stockholmDate(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(stockholmMinuteOfDay(new Date('2026-01-14T06:00:00Z'))).toBe(7 * 60);
    expect(stockholmMinuteOfDay(new Date('2026-07-14T05:00:00Z'))).toBe(7 * 60);
    expect(stockholmMinuteOfDay(new Date('2026-07-14T22:00:00Z'))).toBe(0);
  });

  it('counts weekdays and days between dates', () => {
    expect(weekdayOf('2026-04-14')).toBe(2);
    expect(weekdayOf('2026-04-19')).toBe(0);
    expect(daysBetween('2026-04-14', '2026-04-17')).toBe(3);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
    expect(daysBetween('2026-04-17', '2026-04-14')).toBe(-3);
  });

  it('formats dates and times as Swedish text writes them', () => {
    expect(formatShortDate('2026-04-14T09:00:00+02:00')).toBe('14 apr. 2026');
    expect(formatShortDate('2026-04-14')).toBe('14 apr. 2026');
    expect(formatLongDate('2026-04-14')).toBe('tisdag 14 april 2026');
    expect(formatDate('2026-05-06')).toBe('6 maj 2026');
    expect(formatDate('2026-05-06T23:30:00+02:00')).toBe('6 maj 2026');
    expect(formatDate('2026-05-06T23:30:00Z')).toBe('7 maj 2026');
    expect(formatLongDate(new Date('2026-12-31T23:30:00Z'))).toBe('fredag 1 januari 2027');
    expect(formatClock('2026-04-14T07:05:00Z')).toBe('09.05');
    expect(formatClock('2026-01-14T12:00:00Z')).toBe('13.00');
    expect(formatTimeRange('2026-04-14T09:00:00+02:00', '2026-04-14T10:00:00+02:00')).toBe('14 apr. 2026 kl. 09.00–10.00');
    expect(formatTimeRange('2026-04-14T09:00:00+02:00', '2026-04-14T10:30:00+02:00', 'long')).toBe('tisdag 14 april 2026 kl. 09.00–10.30');
    expect(formatTimeRange('2026-04-14T23:00:00+02:00', '2026-04-15T01:00:00+02:00')).toBe('14 apr. 2026 kl. 23.00 – 15 apr. 2026 kl. 01.00');
  });
});
