/**
 * The state of the organiser and unit lists lives in the URL query, so that back, forward, reload
 * and shared links all show the same list. Unknown or malformed values are dropped, never sent on.
 */
import type { OrganiserListQuery } from '../../../shared/api/registry.ts';
import { OFFICE_CODES, type OfficeCode } from '../../../shared/offices.ts';
import {
  ORGANISER_KINDS,
  ORGANISER_STATUSES,
  SIZE_CLASSES,
  type OrganiserKind,
  type OrganiserStatus,
  type SizeClass,
} from '../../../shared/organiser.ts';
import { SCHOOL_FORMS, type SchoolForm } from '../../../shared/school-forms.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { queryString } from '../../platform/api.ts';

export type OrganiserSort = OrganiserListQuery['sort'];
export const ORGANISER_SORT_VALUES: readonly OrganiserSort[] = ['name', '-name', 'children', '-children', 'municipality', '-municipality', 'org_number'];
export const PAGE_SIZE = LIMITS.pageSizeDefault;

export interface OrganiserFilters {
  q: string;
  kind: OrganiserKind[];
  sizeClass: SizeClass[];
  schoolForm: SchoolForm[];
  status: OrganiserStatus[];
  county: string;
  office: OfficeCode | '';
  sort: OrganiserSort;
  page: number;
}

export const EMPTY_ORGANISER_FILTERS: OrganiserFilters = {
  q: '',
  kind: [],
  sizeClass: [],
  schoolForm: [],
  status: [],
  county: '',
  office: '',
  sort: 'name',
  page: 1,
};

function allOf<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const values = new Set(params.getAll(key));
  return allowed.filter((value) => values.has(value));
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function readSearch(params: URLSearchParams): string {
  return (params.get('q') ?? '').trim().slice(0, LIMITS.searchMax);
}

export function readOrganiserFilters(params: URLSearchParams): OrganiserFilters {
  const county = params.get('county') ?? '';
  return {
    q: readSearch(params),
    kind: allOf(params, 'kind', ORGANISER_KINDS),
    sizeClass: allOf(params, 'sizeClass', SIZE_CLASSES),
    schoolForm: allOf(params, 'schoolForm', SCHOOL_FORMS),
    status: allOf(params, 'status', ORGANISER_STATUSES),
    county: /^\d{2}$/.test(county) ? county : '',
    office: oneOf(params.get('office'), OFFICE_CODES) ?? '',
    sort: oneOf(params.get('sort'), ORGANISER_SORT_VALUES) ?? 'name',
    page: readPage(params),
  };
}

/** The URL query of a list state; defaults are left out so that the plain list has a plain URL. */
export function writeOrganiserFilters(filters: OrganiserFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const key of ['kind', 'sizeClass', 'schoolForm', 'status'] as const) {
    for (const value of filters[key]) params.append(key, value);
  }
  if (filters.county) params.set('county', filters.county);
  if (filters.office) params.set('office', filters.office);
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function organiserApiPath(filters: OrganiserFilters, pageSize: number = PAGE_SIZE): string {
  return `/api/organisers${queryString({
    q: filters.q,
    kind: filters.kind,
    sizeClass: filters.sizeClass,
    schoolForm: filters.schoolForm,
    status: filters.status,
    county: filters.county,
    office: filters.office,
    sort: filters.sort,
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  })}`;
}

/** How many filter choices are made; the search text has its own field and is not counted. */
export function countFilters(filters: OrganiserFilters): number {
  return filters.kind.length + filters.sizeClass.length + filters.schoolForm.length + filters.status.length
    + (filters.county ? 1 : 0) + (filters.office ? 1 : 0);
}

/** The next sort after a click on a column: a second click on the active column reverses it. */
export function nextSort(current: OrganiserSort, column: 'name' | 'children' | 'municipality' | 'org_number'): OrganiserSort {
  if (column === 'org_number') return 'org_number';
  if (current === column) return `-${column}`;
  return column;
}

export function sortDirection(current: OrganiserSort, column: string): 'ascending' | 'descending' | undefined {
  if (current === column) return 'ascending';
  if (current === `-${column}`) return 'descending';
  return undefined;
}

export interface UnitFilters {
  q: string;
  schoolForm: SchoolForm | '';
  municipality: string;
  organiserId: string;
  page: number;
}

export const EMPTY_UNIT_FILTERS: UnitFilters = { q: '', schoolForm: '', municipality: '', organiserId: '', page: 1 };

export function readUnitFilters(params: URLSearchParams): UnitFilters {
  const municipality = params.get('municipality') ?? '';
  const organiserId = params.get('organiserId') ?? '';
  return {
    q: readSearch(params),
    schoolForm: oneOf(params.get('schoolForm'), SCHOOL_FORMS) ?? '',
    municipality: /^\d{4}$/.test(municipality) ? municipality : '',
    organiserId: /^[0-9a-f-]{36}$/i.test(organiserId) ? organiserId : '',
    page: readPage(params),
  };
}

export function writeUnitFilters(filters: UnitFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.schoolForm) params.set('schoolForm', filters.schoolForm);
  if (filters.municipality) params.set('municipality', filters.municipality);
  if (filters.organiserId) params.set('organiserId', filters.organiserId);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function unitApiPath(filters: UnitFilters, pageSize: number = PAGE_SIZE): string {
  return `/api/units${queryString({
    q: filters.q,
    schoolForm: filters.schoolForm,
    municipality: filters.municipality,
    organiserId: filters.organiserId,
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  })}`;
}
