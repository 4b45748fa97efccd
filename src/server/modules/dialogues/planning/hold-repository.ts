/**
 * Queries of holds. Who reaches a hold is part of every query: the inspectorate reaches the holds it
 * registered itself (source 'inspectorate'), the agencies reach all of them.
 */
import { and, asc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { HoldListQuery } from '../../../../shared/api/dialogue-planning.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { organisers } from '../../registry/schema.ts';
import { holds } from '../schema.ts';

export type HoldRow = typeof holds.$inferSelect;
export type HoldSource = HoldRow['source'];

/** Which holds a caller reaches: those of one source, or all. */
export type HoldScope = { kind: 'all' } | { kind: 'source'; source: HoldSource };

const scopeWhere = (scope: HoldScope): SQL | undefined => (scope.kind === 'source' ? eq(holds.source, scope.source) : undefined);

const withOrganiser = { hold: holds, organiserName: organisers.name, orgNumber: organisers.orgNumber };

export async function listHolds(db: Queryable, scope: HoldScope, filter: HoldListQuery & { today: string; organiserIds?: string[] | undefined }) {
  const where = and(
    scopeWhere(scope),
    filter.organiserIds ? inArray(holds.organiserId, filter.organiserIds.length ? filter.organiserIds : ['00000000-0000-0000-0000-000000000000']) : undefined,
    filter.kind ? inArray(holds.kind, filter.kind) : undefined,
    filter.source ? eq(holds.source, filter.source) : undefined,
    filter.externalRef ? eq(holds.externalRef, filter.externalRef) : undefined,
    filter.status === 'current' ? and(isNull(holds.endedAt), gte(holds.endsOn, filter.today)) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select(withOrganiser).from(holds).innerJoin(organisers, eq(organisers.id, holds.organiserId)).where(where)
      .orderBy(asc(holds.startsOn), asc(organisers.nameSort), asc(holds.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(holds).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findHold(db: Queryable, id: string, scope: HoldScope) {
  const [row] = await db.select(withOrganiser).from(holds).innerJoin(organisers, eq(organisers.id, holds.organiserId))
    .where(and(eq(holds.id, id), scopeWhere(scope)));
  return row;
}

export async function lockHold(tx: Tx, id: string, scope: HoldScope): Promise<HoldRow | undefined> {
  const [row] = await tx.select().from(holds).where(and(eq(holds.id, id), scopeWhere(scope))).for('update');
  return row;
}

/** The hold a source registered under its own reference (a repeated call updates it). */
export async function lockHoldByRef(tx: Tx, source: HoldSource, externalRef: string): Promise<HoldRow | undefined> {
  const [row] = await tx.select().from(holds).where(and(eq(holds.source, source), eq(holds.externalRef, externalRef))).for('update');
  return row;
}

export async function insertHold(tx: Tx, row: typeof holds.$inferInsert): Promise<HoldRow> {
  const [created] = await tx.insert(holds).values(row).returning();
  return created!;
}

export async function updateHoldIfVersion(tx: Tx, id: string, version: number, set: Partial<typeof holds.$inferInsert>) {
  const [row] = await tx.update(holds).set({ ...set, version: sql`${holds.version} + 1` })
    .where(and(eq(holds.id, id), eq(holds.version, version))).returning();
  return row;
}

/** Holds not ended, for these organisers (all organisers when none are named), that share a day with the period. */
export function holdsDuring(db: Queryable, from: string, to: string, organiserIds?: readonly string[]) {
  if (organiserIds && organiserIds.length === 0) return Promise.resolve([]);
  return db.select().from(holds).where(and(
    organiserIds ? inArray(holds.organiserId, [...organiserIds]) : undefined,
    lte(holds.startsOn, to), gte(holds.endsOn, from), isNull(holds.endedAt),
  )).orderBy(asc(holds.startsOn));
}

/** Holds not ended of these organisers, whatever their dates. */
export function openHoldsOf(db: Queryable, organiserIds: readonly string[]) {
  if (organiserIds.length === 0) return Promise.resolve([]);
  return db.select().from(holds).where(and(inArray(holds.organiserId, [...organiserIds]), isNull(holds.endedAt))).orderBy(asc(holds.startsOn));
}

/** The organiser a hold is for, by its id or its organisation number (normalised: ten digits). */
export async function findOrganiserRef(db: Queryable, by: { id: string } | { orgNumber: string }) {
  const [row] = await db.select({ id: organisers.id, name: organisers.name, orgNumber: organisers.orgNumber }).from(organisers)
    .where('id' in by ? eq(organisers.id, by.id) : eq(organisers.orgNumber, by.orgNumber));
  return row;
}
