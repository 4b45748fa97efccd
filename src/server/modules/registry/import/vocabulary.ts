/**
 * Words a person types in a spreadsheet, mapped to our codes: the code itself, the Swedish label,
 * either with or without å/ä/ö, in any case, plus the few older or everyday names people still use.
 */
import { ORGANISER_KIND_LABELS, ORGANISER_STATUS_LABELS, UNIT_STATUS_LABELS } from '../../../../shared/organiser.ts';
import type { OrganiserKind, OrganiserStatus, UnitStatus } from '../../../../shared/organiser.ts';
import { REGISTER_SCHOOL_TYPES, SCHOOL_FORM_LABELS } from '../../../../shared/school-forms.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';

/** Lower case, å/ä → a, ö → o, `_`/`-` → space, spaces collapsed. */
export function fold(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ');
}

function lookup<T extends string>(labels: Record<T, { sv: string }>, aliases: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, { sv: string }][]) {
    map.set(fold(code), code);
    map.set(fold(label.sv), code);
  }
  for (const [alias, code] of Object.entries(aliases)) map.set(fold(alias), code);
  return map;
}

const kinds = lookup<OrganiserKind>(ORGANISER_KIND_LABELS, {
  stat: 'stat',
  ab: 'aktiebolag',
  'övrigt': 'ovrig',
  'registrerat trossamfund': 'trossamfund',
});
const organiserStatuses = lookup<OrganiserStatus>(ORGANISER_STATUS_LABELS, {});
const unitStatuses = lookup<UnitStatus>(UNIT_STATUS_LABELS, {});
const schoolForms = lookup<SchoolForm>(SCHOOL_FORM_LABELS, {
  // Names before the 2023 reform; older files still use them.
  'grundsärskola': 'anpassad_grundskola',
  'gymnasiesärskola': 'anpassad_gymnasieskola',
  'kommunal vuxenutbildning': 'komvux',
  ...REGISTER_SCHOOL_TYPES,
});

export const parseOrganiserKind = (raw: string): OrganiserKind | null => kinds.get(fold(raw)) ?? null;
export const parseOrganiserStatus = (raw: string): OrganiserStatus | null => organiserStatuses.get(fold(raw)) ?? null;
export const parseUnitStatus = (raw: string): UnitStatus | null => unitStatuses.get(fold(raw)) ?? null;
export const parseSchoolForm = (raw: string): SchoolForm | null => schoolForms.get(fold(raw)) ?? null;

/** The accepted Swedish labels, for "allowed values are …" messages. */
export const kindChoices = Object.values(ORGANISER_KIND_LABELS).map((l) => l.sv).join(', ');
export const organiserStatusChoices = Object.values(ORGANISER_STATUS_LABELS).map((l) => l.sv).join(', ');
export const unitStatusChoices = Object.values(UNIT_STATUS_LABELS).map((l) => l.sv).join(', ');
export const schoolFormChoices = Object.values(SCHOOL_FORM_LABELS).map((l) => l.sv).join(', ');
