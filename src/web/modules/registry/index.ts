/**
 * Registry module of the web client: organisers (huvudmän), school units, contact persons,
 * history, the import of registry files and the aggregate statistics.
 */
export { ImportPage } from './import-page.tsx';
export { MunicipalitiesPage } from './municipalities-page.tsx';
export { OrganiserListPage } from './organiser-list-page.tsx';
export { OrganiserPage } from './organiser-page.tsx';
export { StatsPage } from './stats-page.tsx';
export { UnitListPage } from './unit-list-page.tsx';
