import { describe, expect, it } from 'vitest';
import { compareSv, formatDate, formatDateTime, formatDecimal, formatNumber, formatOrgNumber, formatShare, todayIso } from './format.ts';

describe('Swedish formatting', () => {
  it('groups thousands with a no-break space', () => {
    expect(formatNumber(12345)).toBe('12\u00a0345');
    expect(formatNumber(2803)).toBe('2\u00a0803');
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });

  it('writes shares with one decimal and the Swedish per cent sign', () => {
    expect(formatShare(0.802)).toBe('80,2\u00a0%');
    expect(formatShare(0.9214)).toBe('92,1\u00a0%');
    expect(formatShare(0.802, 'en')).toBe('80.2%');
  });

  it('writes a mean with one decimal and a decimal comma', () => {
    expect(formatDecimal(3.8421)).toBe('3,8');
    expect(formatDecimal(4)).toBe('4,0');
    expect(formatDecimal(3.8421, 'en')).toBe('3.8');
  });

  it('writes calendar dates with the abbreviated Swedish month, without shifting the day', () => {
    expect(formatDate('2026-11-23')).toBe('23 nov. 2026');
    expect(formatDate('2026-01-01')).toBe('1 jan. 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 Nov 2026');
  });

  it('shows timestamps in Swedish time', () => {
    expect(formatDate('2026-11-23T23:30:00Z')).toBe('24 nov. 2026');
    expect(formatDateTime('2026-06-01T10:05:00Z')).toBe('1 juni 2026 12:05');
  });

  it('leaves values it cannot read as they are', () => {
    expect(formatDate('snart')).toBe('snart');
  });

  it('gives today as an ISO date in Sweden', () => {
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('sorts å, ä and ö after z', () => {
    expect(['Östersund', 'Ale', 'Åre', 'Ängelholm', 'Zinkgruvan'].sort(compareSv)).toEqual(['Ale', 'Zinkgruvan', 'Åre', 'Ängelholm', 'Östersund']);
  });

  it('writes organisation numbers with the hyphen', () => {
    expect(formatOrgNumber('2120000142')).toBe('212000-0142');
  });
});
