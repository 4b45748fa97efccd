/** Request and response schemas of the registry API, shared by server (validation, OpenAPI) and web (types). */
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { ORGANISER_KINDS, ORGANISER_STATUSES, SIZE_CLASSES, UNIT_STATUSES } from '../organiser.ts';
import { OFFICE_CODES } from '../offices.ts';
import { SCHOOL_FORMS } from '../school-forms.ts';

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values))]).transform((v) => (Array.isArray(v) ? v : [v])).optional();

export const ORGANISER_SORTS = ['name', '-name', 'children', '-children', 'municipality', '-municipality', 'org_number'] as const;

export const organiserListQuery = z.strictObject({
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  kind: csv(ORGANISER_KINDS),
  sizeClass: csv(SIZE_CLASSES),
  schoolForm: csv(SCHOOL_FORMS),
  county: z.string().regex(/^\d{2}$/).optional(),
  office: z.enum(OFFICE_CODES).optional(),
  status: csv(ORGANISER_STATUSES),
  sort: z.enum(ORGANISER_SORTS).default('name'),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OrganiserListQuery = z.infer<typeof organiserListQuery>;

export const organiserSummary = z.object({
  id: z.uuid(),
  orgNumber: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISER_KINDS),
  status: z.enum(ORGANISER_STATUSES),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  officeCode: z.string(),
  officeName: z.string(),
  childrenPupils: z.number().int(),
  sizeClass: z.enum(SIZE_CLASSES),
  schoolForms: z.array(z.enum(SCHOOL_FORMS)),
  unitCount: z.number().int(),
});
export type OrganiserSummary = z.infer<typeof organiserSummary>;

export const organiserList = z.object({ total: z.number().int(), items: z.array(organiserSummary) });
export type OrganiserList = z.infer<typeof organiserList>;

export const schoolFormCount = z.object({ schoolForm: z.enum(SCHOOL_FORMS), childrenPupils: z.number().int() });

export const schoolUnit = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  organiserId: z.uuid(),
  organiserName: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  status: z.enum(UNIT_STATUSES),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  schoolForms: z.array(schoolFormCount),
  childrenPupils: z.number().int(),
});
export type SchoolUnit = z.infer<typeof schoolUnit>;

export const unitListQuery = z.strictObject({
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  organiserId: z.uuid().optional(),
  schoolForm: csv(SCHOOL_FORMS),
  municipality: z.string().regex(/^\d{4}$/).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  offset: z.coerce.number().int().min(0).default(0),
});
export const unitList = z.object({ total: z.number().int(), items: z.array(schoolUnit) });

export const concern = z.object({ id: z.uuid(), name: z.string(), organisers: z.array(z.object({ id: z.uuid(), name: z.string(), orgNumber: z.string() })) });

export const organiserDetail = organiserSummary.extend({
  version: z.number().int(),
  concern: concern.nullable(),
  units: z.array(schoolUnit),
  schoolFormTotals: z.array(schoolFormCount),
});
export type OrganiserDetail = z.infer<typeof organiserDetail>;

export const organiserPatch = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.nameMax).optional(),
  status: z.enum(ORGANISER_STATUSES).optional(),
  concernName: z.string().trim().min(1).max(LIMITS.nameMax).nullable().optional(),
});

export const contactPerson = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  source: z.string(),
  current: z.boolean(),
  version: z.number().int(),
});
export type ContactPerson = z.infer<typeof contactPerson>;
export const contactList = z.object({ items: z.array(contactPerson) });

export const contactCreate = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.nameMax),
  role: z.string().trim().min(1).max(100),
  email: z.email().max(254).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  validFrom: z.iso.date(),
});

export const contactEnd = z.strictObject({ validTo: z.iso.date(), version: z.number().int() });

export const historyEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  event: z.string(),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const historyList = z.object({ items: z.array(historyEntry) });

export const municipality = z.object({
  code: z.string(),
  name: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  officeCode: z.string(),
  officeOverridden: z.boolean(),
  municipalityGroup: z.string().nullable(),
  /** 'stand-in' until SKR's official classification is imported. */
  municipalityGroupSource: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  version: z.number().int(),
});
export const referenceData = z.object({
  counties: z.array(z.object({ code: z.string(), name: z.string() })),
  offices: z.array(z.object({ code: z.string(), name: z.string(), headOffice: z.boolean() })),
  municipalities: z.array(municipality),
});
export type ReferenceData = z.infer<typeof referenceData>;

export const municipalityOfficePatch = z.strictObject({ officeCode: z.enum(OFFICE_CODES).nullable(), version: z.number().int() });

/** Import: the answer of both the dry run and the real run. */
export const importProblem = z.object({
  line: z.number().int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblem>;
export const importResult = z.object({
  dryRun: z.boolean(),
  format: z.enum(['csv', 'xlsx', 'register-v2']),
  ok: z.boolean(),
  problems: z.array(importProblem),
  summary: z.object({
    organisers: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
    units: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  }),
});
export type ImportResult = z.infer<typeof importResult>;

/** Aggregates for analysts: counts per group, small groups suppressed. */
export const registryStats = z.object({
  minGroupSize: z.number().int(),
  groups: z.array(z.object({
    dimension: z.string(),
    key: z.string(),
    organisers: z.number().int().nullable(),
    childrenPupils: z.number().int().nullable(),
    suppressed: z.boolean(),
  })),
});
