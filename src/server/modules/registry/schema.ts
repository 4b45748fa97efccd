/** Registry tables: geography, offices, concerns, organisers, school units and contact persons. */
import { sql } from 'drizzle-orm';
import type { OrganiserKind, OrganiserStatus, SizeClass, UnitStatus } from '../../../shared/organiser.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import {
  bigint, boolean, check, date, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uuid,
} from 'drizzle-orm/pg-core';

export const counties = pgTable('counties', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
});

export const offices = pgTable('offices', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  municipalityCode: text('municipality_code').notNull(),
  headOffice: boolean('head_office').notNull().default(false),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
});

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  countyCode: text('county_code').notNull().references(() => counties.code),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  officeCode: text('office_code').notNull().references(() => offices.code),
  /** True when an administrator moved the municipality away from its nearest office. */
  officeOverridden: boolean('office_overridden').notNull().default(false),
  municipalityGroup: text('municipality_group'),
  /** 'stand-in' until the official SKR classification is imported. */
  municipalityGroupSource: text('municipality_group_source'),
  version: integer('version').notNull().default(1),
});

/**
 * A sort key that orders names the Swedish way (… x y z å ä ö, ü as y) under the byte-wise "C"
 * collation, which both PGlite and a PostgreSQL server have; PGlite's ICU has no Swedish rules.
 */
export const swedishSortKey = (column: string) =>
  sql.raw(`translate(lower(${column}), 'ÅÄÖåäöÆØæøÜüÉéÈèÁáÀà', '{|}{|}|}|}yyeeeeaaaa')`);

export const concerns = pgTable('concerns', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
});

export const organisers = pgTable('organisers', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgNumber: text('org_number').notNull().unique(),
  name: text('name').notNull(),
  nameSort: text('name_sort').generatedAlwaysAs(swedishSortKey('name')),
  kind: text('kind').$type<OrganiserKind>().notNull(),
  municipalityCode: text('municipality_code').notNull().references(() => municipalities.code),
  status: text('status').$type<OrganiserStatus>().notNull().default('active'),
  concernId: uuid('concern_id').references(() => concerns.id),
  /**
   * Children and pupils over all active units and the school forms they cover. Kept by the registry's
   * use cases in the same transaction as every unit change, so that list filters need no aggregation.
   */
  childrenPupils: integer('children_pupils').notNull().default(0),
  sizeClass: text('size_class').$type<SizeClass>().notNull().default('small'),
  schoolForms: text('school_forms').array().$type<SchoolForm[]>().notNull().default(sql`'{}'::text[]`),
  source: text('source').notNull().default('manual'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('organisers_name_sort_idx').on(sql`${t.nameSort} collate "C"`),
  index('organisers_municipality_idx').on(t.municipalityCode),
  index('organisers_concern_idx').on(t.concernId),
  check('organisers_size_class_chk', sql`${t.sizeClass} in ('small','medium','large')`),
  check('organisers_status_chk', sql`${t.status} in ('active','dormant','ceased')`),
]);

export const schoolUnits = pgTable('school_units', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameSort: text('name_sort').generatedAlwaysAs(swedishSortKey('name')),
  organiserId: uuid('organiser_id').notNull().references(() => organisers.id),
  municipalityCode: text('municipality_code').notNull().references(() => municipalities.code),
  status: text('status').$type<UnitStatus>().notNull().default('active'),
  lat: doublePrecision('lat'),
  lon: doublePrecision('lon'),
  swerefN: doublePrecision('sweref_n'),
  swerefE: doublePrecision('sweref_e'),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('school_units_organiser_idx').on(t.organiserId),
  index('school_units_name_sort_idx').on(sql`${t.nameSort} collate "C"`),
]);

export const unitSchoolForms = pgTable('unit_school_forms', {
  unitId: uuid('unit_id').notNull().references(() => schoolUnits.id, { onDelete: 'cascade' }),
  schoolForm: text('school_form').$type<SchoolForm>().notNull(),
  childrenPupils: integer('children_pupils').notNull().default(0),
}, (t) => [
  primaryKey({ columns: [t.unitId, t.schoolForm] }),
  check('unit_school_forms_count_chk', sql`${t.childrenPupils} >= 0`),
]);

export const contactPersons = pgTable('contact_persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  organiserId: uuid('organiser_id').notNull().references(() => organisers.id),
  name: text('name').notNull(),
  role: text('role').notNull(),
  email: text('email'),
  phone: text('phone'),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  source: text('source').notNull().default('manual'),
  version: integer('version').notNull().default(1),
}, (t) => [index('contact_persons_organiser_idx').on(t.organiserId)]);

/**
 * One row counting changes to the registry. Statement triggers on the registry tables raise it (see
 * the migration), so in-memory read models in any app instance can tell when to reload.
 */
export const registryRevision = pgTable('registry_revision', {
  id: integer('id').primaryKey().default(1),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
});
