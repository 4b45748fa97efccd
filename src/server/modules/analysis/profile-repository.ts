/**
 * The organiser facts an analysis basis is built from, for many organisers in one query (the batch
 * builds thousands). Children per school form count active units only, as the organiser profile does.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OrganiserKind, SizeClass } from '../../../shared/organiser.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisers, schoolUnits, unitSchoolForms } from '../registry/schema.ts';

export interface BasisProfile {
  id: string;
  name: string;
  orgNumber: string;
  kind: OrganiserKind;
  sizeClass: SizeClass;
  schoolFormTotals: { schoolForm: SchoolForm; childrenPupils: number }[];
}

export async function loadBasisProfiles(db: Queryable, ids: readonly string[]): Promise<Map<string, BasisProfile>> {
  if (ids.length === 0) return new Map();
  const [rows, totals] = await Promise.all([
    db.select({ id: organisers.id, name: organisers.name, orgNumber: organisers.orgNumber, kind: organisers.kind, sizeClass: organisers.sizeClass })
      .from(organisers).where(inArray(organisers.id, [...ids])),
    db.select({ organiserId: schoolUnits.organiserId, schoolForm: unitSchoolForms.schoolForm, childrenPupils: sql<number>`sum(${unitSchoolForms.childrenPupils})::int` })
      .from(unitSchoolForms)
      .innerJoin(schoolUnits, eq(schoolUnits.id, unitSchoolForms.unitId))
      .where(and(inArray(schoolUnits.organiserId, [...ids]), eq(schoolUnits.status, 'active')))
      .groupBy(schoolUnits.organiserId, unitSchoolForms.schoolForm)
      .orderBy(schoolUnits.organiserId, unitSchoolForms.schoolForm),
  ]);
  const profiles = new Map<string, BasisProfile>(rows.map((r) => [r.id, { ...r, schoolFormTotals: [] }]));
  for (const t of totals) profiles.get(t.organiserId)?.schoolFormTotals.push({ schoolForm: t.schoolForm, childrenPupils: t.childrenPupils });
  return profiles;
}
