/**
 * One organiser or school unit of Skolverket's school unit register v2, mapped field by field.
 * Only the fields named here are read: the register also carries principals' names and, since
 * 2025, their personal identity numbers (`headMaster` and similar), which must never be imported.
 */
import type { OrganiserKind, OrganiserStatus, UnitStatus } from '../../../../shared/organiser.ts';
import { REGISTER_SCHOOL_TYPES, type SchoolForm } from '../../../../shared/school-forms.ts';
import type { ReadContext } from './context.ts';
import { type CoordinateKind, checkCoordinate, checkMunicipality, checkName, checkOrgNumber, checkUnitCode, shown } from './fields.ts';
import { jsonPlace, type Place } from './problems.ts';
import type { ImportOrganiser, ImportUnit } from './types.ts';

type Obj = Record<string, unknown>;
export const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A register text value: '' for null or absent, undefined (with a problem) for anything but text or a number. */
function text(value: unknown, path: string, ctx: ReadContext): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return void ctx.log.add(jsonPlace(path), 'värdet ska vara text');
}

const ORGANISER_TYPES: Record<string, OrganiserKind | 'private'> = {
  KOMMUN: 'kommun', REGION: 'region', STAT: 'stat', SPECIAL: 'stat', SAME: 'stat', KOMMFORB: 'ovrig',
  ENSKILD: 'private', HMANUTL: 'private',
};

/** A private organiser's legal form, from the register's company form or, lacking one, its name. */
function privateKind(companyForm: unknown, name: string): OrganiserKind {
  const form = isObj(companyForm) ? companyForm : null;
  if (form && String(form.code ?? '') === '49') return 'aktiebolag';
  const words = (form ? String(form.displayName ?? '') : name).toLowerCase();
  if (words.includes('aktiebolag') || (!form && /(^|\s)ab$/.test(words))) return 'aktiebolag';
  if (words.includes('ekonomisk')) return 'ekonomisk_forening';
  if (words.includes('ideell')) return 'ideell_forening';
  if (words.includes('stiftelse')) return 'stiftelse';
  if (words.includes('trossamfund')) return 'trossamfund';
  return 'ovrig';
}

/** Anything but AKTIV is not active; only the words for a dissolved company mean ceased. */
function companyStatus(value: string): OrganiserStatus {
  if (value === '' || value === 'AKTIV') return 'active';
  return /AVREG|UPPH[OÖ]R|UPPL[OÖ]S|AVF[OÖ]RD|LIKVID|KONKURS|AVSLUT/.test(value.toUpperCase()) ? 'ceased' : 'dormant';
}

export interface OrganiserDraft {
  organiser: ImportOrganiser;
  /** False for list entries and units' `included`: the register leaves the municipality out there. */
  hasMunicipality: boolean;
  orgPlace: Place;
  attrsPath: string;
}

export function mapOrganiser(
  orgNumberValue: unknown, orgPath: string, attrs: unknown, attrsPath: string, ctx: ReadContext, fileOrgNumbers: Set<string>,
): OrganiserDraft | null {
  const orgRaw = text(orgNumberValue, orgPath, ctx);
  const orgNumber = orgRaw === undefined ? undefined : checkOrgNumber(orgRaw, jsonPlace(orgPath), ctx.log);
  if (orgNumber !== undefined) fileOrgNumbers.add(orgNumber);
  if (!isObj(attrs)) {
    ctx.log.add(jsonPlace(attrsPath), 'huvudmannens uppgifter saknas');
    return null;
  }
  const nameRaw = text(attrs.displayName, `${attrsPath}.displayName`, ctx);
  const name = nameRaw === undefined ? undefined : checkName(nameRaw, jsonPlace(`${attrsPath}.displayName`), ctx.log);
  const typeRaw = text(attrs.organizerType, `${attrsPath}.organizerType`, ctx) ?? '';
  const type = ORGANISER_TYPES[typeRaw.toUpperCase()];
  if (type === undefined) {
    ctx.log.add(jsonPlace(`${attrsPath}.organizerType`), typeRaw === '' ? 'huvudmannatyp saknas' : `okänd huvudmannatyp ${shown(typeRaw)}`);
  }
  const kind = type === 'private' ? privateKind(attrs.companyForm, nameRaw ?? '') : type;
  const status = companyStatus(text(attrs.companyStatus, `${attrsPath}.companyStatus`, ctx) ?? '');

  const municipalityPath = `${attrsPath}.municipalities[0].municipalityCode`;
  const first: unknown = Array.isArray(attrs.municipalities) ? attrs.municipalities[0] : undefined;
  const hasMunicipality = isObj(first);
  let municipalityCode: string | undefined = '';
  if (hasMunicipality) {
    const raw = text(first.municipalityCode, municipalityPath, ctx);
    municipalityCode = raw === undefined ? undefined : checkMunicipality(raw, jsonPlace(municipalityPath), ctx.log, ctx.knownMunicipalityCodes);
  }
  if (orgNumber === undefined || name === undefined || kind === undefined || municipalityCode === undefined) return null;
  return {
    organiser: { orgNumber, name, kind, municipalityCode, status, line: null },
    hasMunicipality,
    orgPlace: jsonPlace(orgPath),
    attrsPath,
  };
}

const UNIT_STATUSES: Record<string, UnitStatus> = { AKTIV: 'active', VILANDE: 'dormant', UPPHORT: 'ceased', PLANERAD: 'planned' };

/** `orgNumber` comes from the organiser in `included`, already checked (undefined when it had a problem). */
export function mapUnit(data: Obj, path: string, orgNumber: string | undefined, ctx: ReadContext): ImportUnit | null {
  const codeRaw = text(data.schoolUnitCode, `${path}.schoolUnitCode`, ctx);
  const code = codeRaw === undefined ? undefined : checkUnitCode(codeRaw, jsonPlace(`${path}.schoolUnitCode`), ctx.log);
  const attrsPath = `${path}.attributes`;
  const attrs = data.attributes;
  if (!isObj(attrs)) {
    ctx.log.add(jsonPlace(attrsPath), 'skolenhetens uppgifter saknas');
    return null;
  }
  const nameRaw = text(attrs.displayName, `${attrsPath}.displayName`, ctx);
  const name = nameRaw === undefined ? undefined : checkName(nameRaw, jsonPlace(`${attrsPath}.displayName`), ctx.log);
  const statusRaw = text(attrs.status, `${attrsPath}.status`, ctx) ?? '';
  const status = UNIT_STATUSES[statusRaw.toUpperCase()];
  if (status === undefined) {
    ctx.log.add(jsonPlace(`${attrsPath}.status`), statusRaw === '' ? 'status saknas' : `okänd status ${shown(statusRaw)}`);
  }
  const municipalityRaw = text(attrs.municipalityCode, `${attrsPath}.municipalityCode`, ctx);
  const municipalityCode = municipalityRaw === undefined
    ? undefined
    : checkMunicipality(municipalityRaw, jsonPlace(`${attrsPath}.municipalityCode`), ctx.log, ctx.knownMunicipalityCodes);
  const schoolForms = mapSchoolTypes(attrs.schoolTypes, `${attrsPath}.schoolTypes`, ctx);
  const coordinates = mapCoordinates(attrs.addresses, `${attrsPath}.addresses`, ctx);
  if (code === undefined || name === undefined || status === undefined || municipalityCode === undefined
    || schoolForms === undefined || coordinates === undefined || orgNumber === undefined) return null;
  return { code, name, orgNumber, municipalityCode, status, ...coordinates, schoolForms, line: null };
}

function mapSchoolTypes(value: unknown, path: string, ctx: ReadContext): ImportUnit['schoolForms'] | undefined {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return void ctx.log.add(jsonPlace(path), 'skoltyperna ska vara en lista');
  const forms = new Set<SchoolForm>();
  let valid = true;
  value.forEach((type, i) => {
    const form = typeof type === 'string' ? REGISTER_SCHOOL_TYPES[type.trim().toUpperCase()] : undefined;
    if (form === undefined) {
      ctx.log.add(jsonPlace(`${path}[${i}]`), `okänd skoltyp ${shown(String(type))}`);
      valid = false;
    } else forms.add(form);
  });
  return valid ? [...forms].map((schoolForm) => ({ schoolForm, childrenPupils: null })) : undefined;
}

type Coordinates = Pick<ImportUnit, 'lat' | 'lon' | 'swerefN' | 'swerefE'>;
const FIELDS: readonly [keyof Coordinates, string, CoordinateKind][] = [
  ['swerefN', 'coordinateSweRefN', 'swerefN'], ['swerefE', 'coordinateSweRefE', 'swerefE'],
  ['lat', 'latitude', 'lat'], ['lon', 'longitude', 'lon'],
];

/** From the visiting address (BESOKSADRESS), else the first address that has coordinates. */
function mapCoordinates(addresses: unknown, path: string, ctx: ReadContext): Coordinates | undefined {
  const none: Coordinates = { lat: null, lon: null, swerefN: null, swerefE: null };
  if (!Array.isArray(addresses)) return none;
  const hasCoordinates = (a: unknown): boolean => isObj(a) && isObj(a.geoCoordinates)
    && FIELDS.some(([, field]) => (a.geoCoordinates as Obj)[field] != null);
  const visiting = addresses.findIndex((a) => isObj(a) && a.type === 'BESOKSADRESS' && hasCoordinates(a));
  const index = visiting >= 0 ? visiting : addresses.findIndex(hasCoordinates);
  if (index < 0) return none;
  const geo = (addresses[index] as Obj).geoCoordinates as Obj;
  const result: Partial<Record<keyof Coordinates, number | null | undefined>> = {};
  for (const [key, field, kind] of FIELDS) {
    const fieldPath = `${path}[${index}].geoCoordinates.${field}`;
    const raw = text(geo[field], fieldPath, ctx);
    result[key] = raw === undefined ? undefined : checkCoordinate(raw, kind, jsonPlace(fieldPath), ctx.log);
  }
  const pairs: [keyof Coordinates, keyof Coordinates, string][] = [['swerefN', 'swerefE', 'coordinateSweRef'], ['lat', 'lon', 'latitude/longitude']];
  let valid = Object.values(result).every((v) => v !== undefined);
  for (const [a, b, label] of pairs) {
    if (result[a] !== undefined && result[b] !== undefined && (result[a] === null) !== (result[b] === null)) {
      ctx.log.add(jsonPlace(`${path}[${index}].geoCoordinates`), `${label}: bara den ena koordinaten i paret finns`);
      valid = false;
    }
  }
  return valid ? (result as Coordinates) : undefined;
}
