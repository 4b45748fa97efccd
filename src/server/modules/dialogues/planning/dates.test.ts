import { describe, expect, it } from 'vitest';
import { addDays, addMonths, workingDayProblem } from './dates.ts';

describe('planning dates', () => {
  it('adds months the way people count them, keeping to the end of a shorter month', () => {
    expect(addMonths('2099-03-01', 6)).toBe('2099-09-01');
    expect(addMonths('2099-08-31', 6)).toBe('2100-02-28');
    expect(addMonths('2099-08-31', 18)).toBe('2101-02-28');
    expect(addMonths('2095-08-31', 6)).toBe('2096-02-29');
    expect(addMonths('2099-12-15', 1)).toBe('2100-01-15');
    expect(addDays('2099-12-31', 1)).toBe('2100-01-01');
  });

  it('names the holiday or weekend day an invitation cannot go out on', () => {
    expect(workingDayProblem('2099-12-25', 'Inbjudningsdagen')).toBe('Inbjudningsdagen (25 december 2099) är juldagen, en helgdag. Välj en vardag.');
    expect(workingDayProblem('2099-05-21', 'Inbjudningsdagen')).toBe('Inbjudningsdagen (21 maj 2099) är Kristi himmelsfärdsdag, en helgdag. Välj en vardag.');
    expect(workingDayProblem('2099-03-07', 'Sista dag för svar')).toBe('Sista dag för svar (7 mars 2099) är en lördag. Välj en vardag.');
    expect(workingDayProblem('2099-03-02', 'Inbjudningsdagen')).toBeNull();
  });
});
