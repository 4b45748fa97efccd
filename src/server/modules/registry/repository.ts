/**
 * Queries of organisers and school units. The organiser scope of the caller is part of every query:
 * a representative's scope reaches one organiser, so another organiser's rows are simply not found.
 */
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { OrganiserScope } from '../../platform/http/access.ts';
import { concerns, counties, municipalities, offices, organisers, registryRevision, schoolUnits, unitSchoolForms } from './schema.ts';

export type OrganiserRow = typeof organisers.$inferSelect;
export type NewOrganiserRow = typeof organisers.$inferInsert;
export type UnitRow = typeof schoolUnits.$inferSelect;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function organiserScopeWhere(scope: OrganiserScope): SQL | undefined {
  return scope.kind === 'organiser' ? eq(organisers.id, scope.organiserId) : undefined;
}

const summaryColumns = {
  id: organisers.id,
  orgNumber: organisers.orgNumber,
  name: organisers.name,
  kind: organisers.kind,
  status: organisers.status,
  municipalityCode: organisers.municipalityCode,
  municipalityName: municipalities.name,
  countyCode: municipalities.countyCode,
  countyName: counties.name,
  officeCode: municipalities.officeCode,
  officeName: offices.name,
  childrenPupils: organisers.childrenPupils,
  sizeClass: organisers.sizeClass,
  schoolForms: organisers.schoolForms,
  unitCount: sql<number>`(select count(*)::int from ${schoolUnits} where ${schoolUnits.organiserId} = ${organisers.id})`.mapWith(Number),
  version: organisers.version,
  concernId: organisers.concernId,
};

/** Every organiser's summary, for the in-memory directory. */
export async function loadOrganiserSummaries(db: Queryable) {
  return db
    .select(summaryColumns)
    .from(organisers)
    .innerJoin(municipalities, eq(municipalities.code, organisers.municipalityCode))
    .innerJoin(counties, eq(counties.code, municipalities.countyCode))
    .innerJoin(offices, eq(offices.code, municipalities.officeCode));
}
export type OrganiserSummaryRow = Awaited<ReturnType<typeof loadOrganiserSummaries>>[number];

export async function readRegistryRevision(db: Queryable): Promise<number> {
  const [row] = await db.select({ revision: registryRevision.revision }).from(registryRevision);
  return row?.revision ?? 0;
}

export async function findOrganiser(db: Queryable, id: string, scope: OrganiserScope) {
  const [row] = await db
    .select(summaryColumns)
    .from(organisers)
    .innerJoin(municipalities, eq(municipalities.code, organisers.municipalityCode))
    .innerJoin(counties, eq(counties.code, municipalities.countyCode))
    .innerJoin(offices, eq(offices.code, municipalities.officeCode))
    .where(and(eq(organisers.id, id), organiserScopeWhere(scope)));
  return row;
}

export async function findConcern(db: Queryable, id: string) {
  const [concern] = await db.select().from(concerns).where(eq(concerns.id, id));
  if (!concern) return undefined;
  const members = await db
    .select({ id: organisers.id, name: organisers.name, orgNumber: organisers.orgNumber })
    .from(organisers)
    .where(eq(organisers.concernId, id))
    .orderBy(sql`${organisers.nameSort} collate "C"`);
  return { ...concern, organisers: members };
}

export async function findOrCreateConcern(tx: Tx, name: string): Promise<string> {
  await tx.insert(concerns).values({ name }).onConflictDoNothing();
  const [row] = await tx.select({ id: concerns.id }).from(concerns).where(eq(concerns.name, name));
  return row!.id;
}

export async function lockOrganiser(tx: Tx, id: string, scope: OrganiserScope): Promise<OrganiserRow | undefined> {
  const [row] = await tx.select().from(organisers).where(and(eq(organisers.id, id), organiserScopeWhere(scope))).for('update');
  return row;
}

/** Updates only when the stored version is still the one the caller read; returns the new row or nothing. */
export async function updateOrganiserIfVersion(tx: Tx, id: string, version: number, changes: Partial<NewOrganiserRow>) {
  const [row] = await tx
    .update(organisers)
    .set({ ...changes, version: sql`${organisers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organisers.id, id), eq(organisers.version, version)))
    .returning();
  return row;
}

const unitColumns = {
  id: schoolUnits.id,
  code: schoolUnits.code,
  name: schoolUnits.name,
  organiserId: schoolUnits.organiserId,
  organiserName: organisers.name,
  municipalityCode: schoolUnits.municipalityCode,
  municipalityName: municipalities.name,
  status: schoolUnits.status,
  lat: schoolUnits.lat,
  lon: schoolUnits.lon,
  schoolForms: sql<{ schoolForm: SchoolForm; childrenPupils: number }[]>`coalesce((
    select json_agg(json_build_object('schoolForm', f.school_form, 'childrenPupils', f.children_pupils) order by f.school_form)
    from ${unitSchoolForms} f where f.unit_id = ${schoolUnits.id}), '[]'::json)`,
};

export interface UnitFilter {
  q?: string | undefined;
  organiserId?: string | undefined;
  schoolForm?: string[] | undefined;
  municipality?: string | undefined;
  limit: number;
  offset: number;
}

export async function listUnits(db: Queryable, filter: UnitFilter, scope: OrganiserScope) {
  const where = and(
    scope.kind === 'organiser' ? eq(schoolUnits.organiserId, scope.organiserId) : undefined,
    filter.organiserId ? eq(schoolUnits.organiserId, filter.organiserId) : undefined,
    filter.municipality ? eq(schoolUnits.municipalityCode, filter.municipality) : undefined,
    filter.q ? or(ilike(schoolUnits.name, `%${escapeLike(filter.q)}%`), sql`${schoolUnits.code} like ${`${escapeLike(filter.q)}%`}`) : undefined,
    filter.schoolForm?.length
      ? sql`exists (select 1 from ${unitSchoolForms} f where f.unit_id = ${schoolUnits.id} and f.school_form in ${filter.schoolForm})`
      : undefined,
  );
  const items = await db
    .select(unitColumns)
    .from(schoolUnits)
    .innerJoin(organisers, eq(organisers.id, schoolUnits.organiserId))
    .innerJoin(municipalities, eq(municipalities.code, schoolUnits.municipalityCode))
    .where(where)
    .orderBy(sql`${schoolUnits.nameSort} collate "C"`, asc(schoolUnits.code))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(schoolUnits).where(where);
  return { total: count?.total ?? 0, items };
}

export async function listReference(db: Queryable) {
  const [countyRows, officeRows, municipalityRows] = await Promise.all([
    db.select({ code: counties.code, name: counties.name }).from(counties).orderBy(counties.code),
    db.select({ code: offices.code, name: offices.name, headOffice: offices.headOffice }).from(offices).orderBy(offices.name),
    db
      .select({
        code: municipalities.code, name: municipalities.name, countyCode: municipalities.countyCode, countyName: counties.name,
        officeCode: municipalities.officeCode, officeOverridden: municipalities.officeOverridden,
        municipalityGroup: municipalities.municipalityGroup, municipalityGroupSource: municipalities.municipalityGroupSource, lat: municipalities.lat, lon: municipalities.lon, version: municipalities.version,
      })
      .from(municipalities)
      .innerJoin(counties, eq(counties.code, municipalities.countyCode))
      .orderBy(municipalities.code),
  ]);
  return { counties: countyRows, offices: officeRows, municipalities: municipalityRows };
}

/**
 * Recomputes organisers' derived totals (children and pupils over active units, size class, school
 * forms); called in every transaction that changes units. Thresholds as in `sizeClassOf` (shared).
 */
export async function refreshOrganiserTotals(tx: Tx, organiserIds: string[]): Promise<void> {
  for (let i = 0; i < organiserIds.length; i += 1000) {
    const ids = organiserIds.slice(i, i + 1000);
    await tx.execute(sql`
      update ${organisers} o set
        children_pupils = t.total,
        size_class = case when t.total <= 50 then 'small' when t.total <= 1000 then 'medium' else 'large' end,
        school_forms = t.forms
      from (
        select o2.id,
          coalesce(sum(f.children_pupils), 0)::int as total,
          coalesce(array_agg(distinct f.school_form order by f.school_form) filter (where f.school_form is not null), '{}'::text[]) as forms
        from ${organisers} o2
        left join ${schoolUnits} u on u.organiser_id = o2.id and u.status = 'active'
        left join ${unitSchoolForms} f on f.unit_id = u.id
        where o2.id in ${ids}
        group by o2.id
      ) t
      where o.id = t.id`);
  }
}

/** Children and pupils per school form over an organiser's active units. */
export async function schoolFormTotals(db: Queryable, organiserId: string) {
  return db
    .select({ schoolForm: unitSchoolForms.schoolForm, childrenPupils: sql<number>`sum(${unitSchoolForms.childrenPupils})::int` })
    .from(unitSchoolForms)
    .innerJoin(schoolUnits, eq(schoolUnits.id, unitSchoolForms.unitId))
    .where(and(eq(schoolUnits.organiserId, organiserId), eq(schoolUnits.status, 'active')))
    .groupBy(unitSchoolForms.schoolForm)
    .orderBy(unitSchoolForms.schoolForm);
}
