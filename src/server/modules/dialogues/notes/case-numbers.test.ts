import { describe, expect, it } from 'vitest';
import { caseNumberFormatProblems, DEFAULT_CASE_NUMBER_FORMATS, formatCaseNumber } from './case-numbers.ts';

describe('case numbers', () => {
  it('writes each agency in its own format', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMATS.skolverket, 2026, 1234)).toBe('2026:1234');
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMATS.spsm, 2026, 12)).toBe('SPSM 2026/00012');
    expect(formatCaseNumber('Dnr {number:3}-{year}', 2027, 7)).toBe('Dnr 007-2027');
  });

  it('refuses formats that could repeat or do not read', () => {
    expect(caseNumberFormatProblems('{year}:{number}')).toEqual([]);
    expect(caseNumberFormatProblems('{number}')).toEqual([expect.stringMatching(/\{year\}/)]);
    expect(caseNumberFormatProblems('{year}')).toEqual([expect.stringMatching(/\{number\}/)]);
    expect(caseNumberFormatProblems('{year}:{nummer}')).toHaveLength(2);
  });
});
