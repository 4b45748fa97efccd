/** Aggregate queries over the registry (counts only: no organiser identity leaves these). */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { municipalities, organisers } from './schema.ts';

export type StatsDimension = 'sizeClass' | 'kind' | 'county' | 'office';

const COLUMN = {
  sizeClass: organisers.sizeClass,
  kind: organisers.kind,
  county: municipalities.countyCode,
  office: municipalities.officeCode,
} as const;

export async function countByDimension(db: Queryable, dimension: StatsDimension) {
  const key = COLUMN[dimension];
  return db
    .select({ key: sql<string>`${key}`, organisers: sql<number>`count(*)::int`, childrenPupils: sql<number>`coalesce(sum(${organisers.childrenPupils}), 0)::int` })
    .from(organisers)
    .innerJoin(municipalities, eq(municipalities.code, organisers.municipalityCode))
    .where(eq(organisers.status, 'active'))
    .groupBy(key)
    .orderBy(key);
}
