import { describe, expect, it } from 'vitest';
import {
  EMPTY_ORGANISER_FILTERS,
  countFilters,
  nextSort,
  organiserApiPath,
  readOrganiserFilters,
  readUnitFilters,
  sortDirection,
  unitApiPath,
  writeOrganiserFilters,
  writeUnitFilters,
} from './list-query.ts';

describe('organiser list state in the URL', () => {
  it('reads repeated filters, keeps the known values in their canonical order and drops the rest', () => {
    const params = new URLSearchParams('q=%20Malm%C3%B6%20&kind=stiftelse&kind=kommun&kind=bogus&status=ceased&county=12&office=malmo&sort=-children&page=3');
    expect(readOrganiserFilters(params)).toEqual({
      q: 'Malmö',
      kind: ['kommun', 'stiftelse'],
      sizeClass: [],
      schoolForm: [],
      status: ['ceased'],
      county: '12',
      office: 'malmo',
      sort: '-children',
      page: 3,
    });
  });

  it('falls back to defaults for malformed values', () => {
    const params = new URLSearchParams('county=Skåne&office=oslo&sort=random&page=-2');
    expect(readOrganiserFilters(params)).toEqual(EMPTY_ORGANISER_FILTERS);
    expect(readOrganiserFilters(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('writes a plain URL for the default state and round-trips any other', () => {
    expect(writeOrganiserFilters(EMPTY_ORGANISER_FILTERS).toString()).toBe('');
    const filters = { ...EMPTY_ORGANISER_FILTERS, q: 'Ale', sizeClass: ['small' as const, 'large' as const], sort: 'municipality' as const, page: 2 };
    expect(readOrganiserFilters(writeOrganiserFilters(filters))).toEqual(filters);
  });

  it('turns the page into limit and offset for the API and repeats multi-valued filters', () => {
    const path = organiserApiPath({ ...EMPTY_ORGANISER_FILTERS, schoolForm: ['forskola', 'grundskola'], page: 3 });
    const url = new URL(path, 'http://localhost');
    expect(url.pathname).toBe('/api/organisers');
    expect(url.searchParams.getAll('schoolForm')).toEqual(['forskola', 'grundskola']);
    expect(url.searchParams.get('limit')).toBe('25');
    expect(url.searchParams.get('offset')).toBe('50');
    expect(url.searchParams.has('q')).toBe(false);
  });

  it('counts the filter choices, but not the search text, sort or page', () => {
    expect(countFilters(EMPTY_ORGANISER_FILTERS)).toBe(0);
    expect(countFilters({ ...EMPTY_ORGANISER_FILTERS, status: ['active', 'dormant'], county: '01' })).toBe(3);
    expect(countFilters({ ...EMPTY_ORGANISER_FILTERS, q: 'Ale', sort: '-name', page: 4 })).toBe(0);
  });
});

describe('sorting by column', () => {
  it('sorts ascending first and reverses on a second click', () => {
    expect(nextSort('name', 'children')).toBe('children');
    expect(nextSort('children', 'children')).toBe('-children');
    expect(nextSort('-children', 'children')).toBe('children');
    expect(nextSort('name', 'org_number')).toBe('org_number');
  });

  it('reports aria-sort only for the active column', () => {
    expect(sortDirection('-name', 'name')).toBe('descending');
    expect(sortDirection('name', 'name')).toBe('ascending');
    expect(sortDirection('name', 'children')).toBeUndefined();
  });
});

describe('unit list state in the URL', () => {
  it('reads and writes one school form, a municipality code and an organiser', () => {
    const params = new URLSearchParams('schoolForm=gymnasieskola&municipality=0180&organiserId=0b8f6c7e-5d3a-4c2b-9a1e-2f3d4c5b6a7e&page=2');
    const filters = readUnitFilters(params);
    expect(filters).toEqual({ q: '', schoolForm: 'gymnasieskola', municipality: '0180', organiserId: '0b8f6c7e-5d3a-4c2b-9a1e-2f3d4c5b6a7e', page: 2 });
    expect(writeUnitFilters(filters).toString()).toBe(params.toString());
    expect(new URL(unitApiPath(filters), 'http://localhost').searchParams.get('offset')).toBe('25');
  });

  it('drops a malformed municipality code', () => {
    expect(readUnitFilters(new URLSearchParams('municipality=Stockholm')).municipality).toBe('');
  });
});
