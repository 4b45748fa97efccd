/**
 * Checks of single values shared by every format. Each returns the normalised value, or undefined
 * after logging why the value cannot be used (null is a valid "not given" where a field is optional).
 */
import { LIMITS } from '../../../../shared/limits.ts';
import { normaliseOrgNumber, orgNumberProblem } from '../../../../shared/org-number.ts';
import { formatSv, type Place, type ProblemLog } from './problems.ts';

export const MAX_CHILDREN_PUPILS = 200_000;

/** A value as it may be echoed back: long cells are cut so one bad cell cannot flood the answer. */
export function shown(raw: string): string {
  const value = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(value);
}

/**
 * Sole traders' and people's identity numbers look like organisation numbers with a third digit
 * below 2; such a value is never repeated in a problem, which may end up in logs.
 */
function mayBePersonalNumber(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  return (digits.length === 10 && Number(digits[2]) < 2) || (digits.length === 12 && /^(19|20)/.test(digits));
}

export function checkOrgNumber(raw: string, place: Place, log: ProblemLog): string | undefined {
  if (raw === '') return void log.add(place, 'organisationsnummer saknas');
  switch (orgNumberProblem(raw)) {
    case null:
      return normaliseOrgNumber(raw);
    case 'format':
      return void log.add(place, mayBePersonalNumber(raw)
        ? 'organisationsnumret ska ha tio siffror; värdet ser ut som ett personnummer och visas därför inte'
        : `organisationsnumret ska ha tio siffror, med eller utan bindestreck efter den sjätte (${shown(raw)})`);
    case 'group':
      return void log.add(place,
        'tredje siffran i ett organisationsnummer ska vara minst 2; värdet ser ut som ett personnummer och visas därför inte');
    case 'check_digit':
      return void log.add(place, `kontrollsiffran stämmer inte (${normaliseOrgNumber(raw)})`);
  }
}

export function checkUnitCode(raw: string, place: Place, log: ProblemLog): string | undefined {
  if (raw === '') return void log.add(place, 'skolenhetskod saknas');
  if (!/^\d{8}$/.test(raw)) return void log.add(place, `skolenhetskoden ska ha åtta siffror (${shown(raw)})`);
  return raw;
}

export function checkMunicipality(
  raw: string, place: Place, log: ProblemLog, known: ReadonlySet<string>,
): string | undefined {
  if (raw === '') return void log.add(place, 'kommunkod saknas');
  if (/^\d{3}$/.test(raw) && known.has(`0${raw}`)) {
    return void log.add(place, `kommunkoden ska ha fyra siffror; menade du 0${raw}? (Excel tar lätt bort en inledande nolla)`);
  }
  if (!/^\d{4}$/.test(raw)) return void log.add(place, `kommunkoden ska ha fyra siffror (${shown(raw)})`);
  if (!known.has(raw)) return void log.add(place, `kommunkoden ${raw} finns inte bland Sveriges kommuner`);
  return raw;
}

export function checkName(raw: string, place: Place, log: ProblemLog): string | undefined {
  if (raw === '') return void log.add(place, 'namn saknas');
  if (raw.length > LIMITS.nameMax) {
    return void log.add(place, `namnet har ${formatSv(raw.length)} tecken; högst ${formatSv(LIMITS.nameMax)} är tillåtet`);
  }
  return raw;
}

/** Children and pupils; an empty value means "not known" (null). */
export function checkCount(raw: string, place: Place, log: ProblemLog): number | null | undefined {
  if (raw === '') return null;
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const value = /^\d+$/.test(compact) ? Number(compact) : NaN;
  if (!(value <= MAX_CHILDREN_PUPILS)) {
    return void log.add(place, `antalet ska vara ett heltal från 0 till ${formatSv(MAX_CHILDREN_PUPILS)} (${shown(raw)})`);
  }
  return value;
}

/** A decimal number written with a comma or a point, as Swedish files and the register do. */
export function parseDecimal(raw: string): number | undefined {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return undefined;
  return Number(compact.replace(',', '.'));
}

export type CoordinateKind = 'lat' | 'lon' | 'swerefN' | 'swerefE';

const COORDINATE_RULES: Record<CoordinateKind, { name: string; min: number; max: number }> = {
  lat: { name: 'latituden', min: -90, max: 90 },
  lon: { name: 'longituden', min: -180, max: 180 },
  swerefN: { name: 'SWEREF 99-koordinaten (norr)', min: 0, max: 10_000_000 },
  swerefE: { name: 'SWEREF 99-koordinaten (öst)', min: 0, max: 10_000_000 },
};

export function checkCoordinate(raw: string, kind: CoordinateKind, place: Place, log: ProblemLog): number | null | undefined {
  if (raw === '') return null;
  const rule = COORDINATE_RULES[kind];
  const value = parseDecimal(raw);
  if (value === undefined) {
    return void log.add(place, `${rule.name} ska vara ett tal med decimalkomma eller decimalpunkt (${shown(raw)})`);
  }
  if (value < rule.min || value > rule.max) {
    return void log.add(place, `${rule.name} ska ligga mellan ${formatSv(rule.min)} och ${formatSv(rule.max)} (${shown(raw)})`);
  }
  return value;
}
