/**
 * An agency's case number (diarienummer) from its own format: `{year}` is the year, `{number}` the
 * running number in the year's series and `{number:5}` the same padded with zeros to five digits.
 * Skolverket writes "2026:1234", SPSM "SPSM 2026/01234"; each agency sets its own.
 */
import type { DialogueAgency } from '../../../../shared/dialogues.ts';

export const DEFAULT_CASE_NUMBER_FORMATS: Record<DialogueAgency, string> = {
  skolverket: '{year}:{number}',
  spsm: 'SPSM {year}/{number:5}',
};

const PLACEHOLDER = /\{(year|number)(?::(\d))?\}/g;

export function formatCaseNumber(format: string, year: number, n: number): string {
  return format.replace(PLACEHOLDER, (_, name: string, width?: string) => {
    const value = String(name === 'year' ? year : n);
    return width ? value.padStart(Number(width), '0') : value;
  });
}

/** What is wrong with a format, in Swedish; empty when it can be used. */
export function caseNumberFormatProblems(format: string): string[] {
  const problems: string[] = [];
  const placeholders = [...format.matchAll(PLACEHOLDER)].map((m) => m[1]);
  if (!placeholders.includes('year')) problems.push('Formatet måste innehålla {year} (året), annars upprepas numren varje år.');
  if (!placeholders.includes('number')) problems.push('Formatet måste innehålla {number} eller {number:5} (löpnumret).');
  const rest = format.replace(PLACEHOLDER, '');
  if (/[{}]/.test(rest)) problems.push('Formatet innehåller en klammer som inte är {year}, {number} eller {number:N}.');
  if (format.trim() !== format || format.length > 60) problems.push('Formatet får inte börja eller sluta med mellanslag och får vara högst 60 tecken.');
  return problems;
}
