import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOrgNumber, luhnCheckDigit, normaliseOrgNumber, orgNumberProblem } from './org-number.ts';

describe('organisation numbers', () => {
  it('accepts real organisation numbers with and without hyphen', () => {
    expect(orgNumberProblem('212000-0126')).toBeNull(); // Ekerö kommun
    expect(orgNumberProblem('2120000126')).toBeNull();
    expect(orgNumberProblem('556566-1815')).toBeNull(); // Kunskapsskolan i Sverige AB
    expect(orgNumberProblem('2321000016')).toBeNull(); // Region Stockholm
  });

  it('names the problem', () => {
    expect(orgNumberProblem('212000-012')).toBe('format');
    expect(orgNumberProblem('21200001x6')).toBe('format');
    expect(orgNumberProblem('5565661816')).toBe('check_digit');
    // A third digit below 2 is a personal identity number (a sole trader), never stored as an organiser.
    expect(orgNumberProblem('8001011234')).toBe('group');
  });

  it('every single-digit change of a valid number breaks its check digit', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{2}[2-9]\d{6}$/), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (nine, pos, delta) => {
      const valid = nine + String(luhnCheckDigit(nine));
      expect(orgNumberProblem(valid)).toBeNull();
      if (pos === 2) return; // changing the group digit may make it a different problem
      const digits = valid.split('');
      digits[pos] = String((Number(digits[pos]) + delta) % 10);
      expect(orgNumberProblem(digits.join(''))).not.toBeNull();
    }));
  });

  it('normalises and formats', () => {
    expect(normaliseOrgNumber(' 16212000-0126 ')).toBe('2120000126');
    expect(formatOrgNumber('2120000126')).toBe('212000-0126');
  });
});
