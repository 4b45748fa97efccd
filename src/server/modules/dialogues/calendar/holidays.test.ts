import { describe, expect, it } from 'vitest';
import { holidayName, isSwedishHoliday, isWorkingDay, swedishHolidays } from './holidays.ts';

describe('Swedish holidays', () => {
  it('lists exactly the public holidays and the three de facto days off of 2026', () => {
    expect(swedishHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nyårsdagen' },
      { date: '2026-01-06', name: 'Trettondedag jul' },
      { date: '2026-04-03', name: 'Långfredagen' },
      { date: '2026-04-05', name: 'Påskdagen' },
      { date: '2026-04-06', name: 'Annandag påsk' },
      { date: '2026-05-01', name: 'Första maj' },
      { date: '2026-05-14', name: 'Kristi himmelsfärdsdag' },
      { date: '2026-05-24', name: 'Pingstdagen' },
      { date: '2026-06-06', name: 'Nationaldagen' },
      { date: '2026-06-19', name: 'Midsommarafton' },
      { date: '2026-06-20', name: 'Midsommardagen' },
      { date: '2026-10-31', name: 'Alla helgons dag' },
      { date: '2026-12-24', name: 'Julafton' },
      { date: '2026-12-25', name: 'Juldagen' },
      { date: '2026-12-26', name: 'Annandag jul' },
      { date: '2026-12-31', name: 'Nyårsafton' },
    ]);
  });

  it.each([
    ['2025-04-18', 'Långfredagen'],
    ['2025-04-20', 'Påskdagen'],
    ['2025-04-21', 'Annandag påsk'],
    ['2025-05-29', 'Kristi himmelsfärdsdag'],
    ['2025-06-06', 'Nationaldagen'],
    ['2025-06-08', 'Pingstdagen'],
    ['2025-06-20', 'Midsommarafton'],
    ['2025-06-21', 'Midsommardagen'],
    ['2025-11-01', 'Alla helgons dag'],
    ['2025-12-24', 'Julafton'],
    ['2025-12-25', 'Juldagen'],
    ['2026-04-05', 'Påskdagen'],
    ['2026-04-06', 'Annandag påsk'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-06-06', 'Nationaldagen'],
    ['2026-06-19', 'Midsommarafton'],
    ['2026-10-31', 'Alla helgons dag'],
    ['2026-12-25', 'Juldagen'],
    ['2027-01-01', 'Nyårsdagen'],
    ['2027-03-26', 'Långfredagen'],
    ['2027-03-28', 'Påskdagen'],
    ['2027-03-29', 'Annandag påsk'],
    ['2027-05-06', 'Kristi himmelsfärdsdag'],
    ['2027-05-16', 'Pingstdagen'],
    ['2027-06-25', 'Midsommarafton'],
    ['2027-06-26', 'Midsommardagen'],
    ['2027-11-06', 'Alla helgons dag'],
    ['2027-12-26', 'Annandag jul'],
    ['2027-12-31', 'Nyårsafton'],
  ])('%s is %s', (date, name) => {
    expect(holidayName(date)).toBe(name);
    expect(isSwedishHoliday(date)).toBe(true);
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2026-04-14', 'a Tuesday after Easter'],
    ['2026-04-02', 'skärtorsdagen (an observance)'],
    ['2026-04-30', 'valborgsmässoafton (a half day)'],
    ['2026-05-25', 'annandag pingst (no longer a holiday since 2005)'],
    ['2026-01-05', 'trettondagsafton (a half day)'],
    ['2026-10-30', 'allhelgonaafton (a half day)'],
    ['2026-12-23', 'the day before julafton'],
    ['2027-06-24', 'the Thursday before midsommarafton 2027'],
    ['2025-06-19', 'the Thursday before midsommarafton 2025'],
  ])('%s is an ordinary working day: %s', (date) => {
    expect(holidayName(date)).toBeNull();
    expect(isSwedishHoliday(date)).toBe(false);
    expect(isWorkingDay(date)).toBe(true);
  });

  it('has thirteen public holidays and three de facto days off every year', () => {
    for (let year = 2022; year <= 2030; year += 1) {
      const names = swedishHolidays(year).map((h) => h.name);
      expect(names).toHaveLength(16);
      expect(names).toEqual(expect.arrayContaining(['Midsommarafton', 'Julafton', 'Nyårsafton', 'Nationaldagen']));
    }
  });

  it('treats Saturdays and Sundays as days off and weekdays as working days', () => {
    expect(isWorkingDay('2026-04-18')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-19')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-17')).toBe(true); // Friday
    expect(isWorkingDay('2026-04-20')).toBe(true); // Monday
    expect(holidayName('2026-04-18')).toBeNull();
  });

  it('names a holiday that falls on a weekend', () => {
    expect(holidayName('2026-06-20')).toBe('Midsommardagen'); // always a Saturday
    expect(holidayName('2027-12-25')).toBe('Juldagen'); // a Saturday in 2027
  });

  it('answers the same from its cache as the first time', () => {
    const first = swedishHolidays(2031);
    expect(swedishHolidays(2031)).toEqual(first);
    expect(holidayName('2031-12-25')).toBe('Juldagen');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => holidayName('2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('14/4/2026')).toThrow(RangeError);
    expect(() => isSwedishHoliday('2026-04-14T10:00:00Z')).toThrow(RangeError);
    expect(() => swedishHolidays(2026.5)).toThrow(RangeError);
  });
});
