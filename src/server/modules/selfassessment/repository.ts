/**
 * Queries of self-assessments, respondents and answers. Who reaches a self-assessment is part of
 * every query: the organiser's own representatives reach all of their organiser's, agency staff only
 * those the organiser has shared.
 */
import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { users } from '../access/schema.ts';
import { catalogueVersions } from '../catalogue/schema.ts';
import { organisers } from '../registry/schema.ts';
import { selfAssessmentAnswers, selfAssessmentRespondents, selfAssessments } from './schema.ts';

/** What a caller may reach: one organiser's self-assessments, or any organiser's shared ones. */
export type Visibility = { kind: 'organiser'; organiserId: string } | { kind: 'shared' };

const visible = (v: Visibility) =>
  v.kind === 'organiser' ? eq(selfAssessments.organiserId, v.organiserId) : isNotNull(selfAssessments.sharedAt);

export type SelfAssessmentRow = typeof selfAssessments.$inferSelect;
export type RespondentRow = typeof selfAssessmentRespondents.$inferSelect;
export type AnswerRow = typeof selfAssessmentAnswers.$inferSelect;

export async function insertSelfAssessment(tx: Tx, row: typeof selfAssessments.$inferInsert): Promise<SelfAssessmentRow> {
  const [created] = await tx.insert(selfAssessments).values(row).returning();
  return created!;
}

/** The self-assessment with its organiser's name and its catalogue version, if the caller reaches it. */
export async function findSelfAssessment(db: Queryable, id: string, visibility: Visibility) {
  const [row] = await db.select({
    assessment: selfAssessments,
    organiserName: organisers.name,
    catalogueLabel: catalogueVersions.label,
    catalogue: catalogueVersions.content,
  }).from(selfAssessments)
    .innerJoin(organisers, eq(organisers.id, selfAssessments.organiserId))
    .innerJoin(catalogueVersions, eq(catalogueVersions.id, selfAssessments.catalogueVersionId))
    .where(and(eq(selfAssessments.id, id), visible(visibility)));
  return row;
}

export function listSelfAssessments(db: Queryable, organiserId: string, visibility: Visibility) {
  const respondents = db.$with('respondent_counts').as(
    db.select({
      selfAssessmentId: selfAssessmentRespondents.selfAssessmentId,
      invited: count().as('invited'),
      answering: sql<number>`count(${selfAssessmentRespondents.lastAnsweredAt})::int`.as('answering'),
    }).from(selfAssessmentRespondents).groupBy(selfAssessmentRespondents.selfAssessmentId),
  );
  return db.with(respondents).select({
    id: selfAssessments.id, title: selfAssessments.title, createdAt: selfAssessments.createdAt, sharedAt: selfAssessments.sharedAt,
    respondents: sql<number>`coalesce(${respondents.invited}, 0)::int`, answering: sql<number>`coalesce(${respondents.answering}, 0)::int`,
  }).from(selfAssessments)
    .leftJoin(respondents, eq(respondents.selfAssessmentId, selfAssessments.id))
    .where(and(eq(selfAssessments.organiserId, organiserId), visible(visibility)))
    .orderBy(desc(selfAssessments.createdAt));
}

/** The latest shared self-assessment of each of these organisers (most have none). */
export function findLatestSharedOf(db: Queryable, organiserIds: readonly string[]) {
  if (organiserIds.length === 0) return Promise.resolve([]);
  return db.selectDistinctOn([selfAssessments.organiserId], { assessment: selfAssessments, catalogue: catalogueVersions.content })
    .from(selfAssessments)
    .innerJoin(catalogueVersions, eq(catalogueVersions.id, selfAssessments.catalogueVersionId))
    .where(and(inArray(selfAssessments.organiserId, [...organiserIds]), isNotNull(selfAssessments.sharedAt)))
    .orderBy(selfAssessments.organiserId, desc(selfAssessments.sharedAt));
}

/** Shares or withdraws, only when the caller edits the version it read. */
export async function setSharedIfVersion(tx: Tx, id: string, version: number, sharedAt: Date | null): Promise<SelfAssessmentRow | undefined> {
  const [row] = await tx.update(selfAssessments)
    .set({ sharedAt, version: sql`${selfAssessments.version} + 1` })
    .where(and(eq(selfAssessments.id, id), eq(selfAssessments.version, version)))
    .returning();
  return row;
}

export async function insertRespondents(tx: Tx, rows: (typeof selfAssessmentRespondents.$inferInsert)[]): Promise<RespondentRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(selfAssessmentRespondents).values(rows).returning();
}

export function listRespondents(db: Queryable, selfAssessmentId: string) {
  return db.select({
    respondent: selfAssessmentRespondents,
    answered: sql<number>`(select count(*)::int from ${selfAssessmentAnswers} a where a.respondent_id = ${selfAssessmentRespondents.id} and (a.rating is not null or a.dont_know))`,
  }).from(selfAssessmentRespondents)
    .where(eq(selfAssessmentRespondents.selfAssessmentId, selfAssessmentId))
    .orderBy(selfAssessmentRespondents.invitedAt, selfAssessmentRespondents.name);
}

/** A respondent with the self-assessment, organiser and catalogue it belongs to (for a link's holder). */
export async function findRespondent(db: Queryable, respondentId: string) {
  const [row] = await db.select({
    respondent: selfAssessmentRespondents,
    assessment: selfAssessments,
    organiserName: organisers.name,
    catalogue: catalogueVersions.content,
  }).from(selfAssessmentRespondents)
    .innerJoin(selfAssessments, eq(selfAssessments.id, selfAssessmentRespondents.selfAssessmentId))
    .innerJoin(organisers, eq(organisers.id, selfAssessments.organiserId))
    .innerJoin(catalogueVersions, eq(catalogueVersions.id, selfAssessments.catalogueVersionId))
    .where(eq(selfAssessmentRespondents.id, respondentId));
  return row;
}

export async function findRespondentOfUser(db: Queryable, selfAssessmentId: string, userId: string): Promise<RespondentRow | undefined> {
  const [row] = await db.select().from(selfAssessmentRespondents)
    .where(and(eq(selfAssessmentRespondents.selfAssessmentId, selfAssessmentId), eq(selfAssessmentRespondents.userId, userId)));
  return row;
}

export async function renewRespondentLink(tx: Tx, respondentId: string, expiresAt: Date): Promise<RespondentRow | undefined> {
  const [row] = await tx.update(selfAssessmentRespondents)
    .set({ linkVersion: sql`${selfAssessmentRespondents.linkVersion} + 1`, linkExpiresAt: expiresAt })
    .where(eq(selfAssessmentRespondents.id, respondentId))
    .returning();
  return row;
}

/** Every rating given in these self-assessments, by whom (for the spread; never shown per person). */
export function answersOfAssessments(db: Queryable, selfAssessmentIds: readonly string[]) {
  if (selfAssessmentIds.length === 0) return Promise.resolve([]);
  return db.select({
    selfAssessmentId: selfAssessmentRespondents.selfAssessmentId,
    respondentId: selfAssessmentAnswers.respondentId, statementKey: selfAssessmentAnswers.statementKey,
    rating: selfAssessmentAnswers.rating, dontKnow: selfAssessmentAnswers.dontKnow,
  }).from(selfAssessmentAnswers)
    .innerJoin(selfAssessmentRespondents, eq(selfAssessmentRespondents.id, selfAssessmentAnswers.respondentId))
    .where(inArray(selfAssessmentRespondents.selfAssessmentId, [...selfAssessmentIds]));
}

export const answersOfAssessment = (db: Queryable, selfAssessmentId: string) => answersOfAssessments(db, [selfAssessmentId]);

export function answersOfRespondent(db: Queryable, respondentId: string): Promise<AnswerRow[]> {
  return db.select().from(selfAssessmentAnswers).where(eq(selfAssessmentAnswers.respondentId, respondentId));
}

export async function findAnswer(db: Queryable, respondentId: string, statementKey: string): Promise<AnswerRow | undefined> {
  const [row] = await db.select().from(selfAssessmentAnswers)
    .where(and(eq(selfAssessmentAnswers.respondentId, respondentId), eq(selfAssessmentAnswers.statementKey, statementKey)));
  return row;
}

export interface AnswerValues {
  rating: number | null;
  dontKnow: boolean;
  comment: string;
}

/**
 * Saves an answer only if it is still at `baseRevision` (0: not answered yet). Answers the saved row,
 * or undefined when another save came first.
 */
export async function saveAnswerIfRevision(tx: Tx, respondentId: string, statementKey: string, values: AnswerValues, baseRevision: number, at: Date): Promise<AnswerRow | undefined> {
  if (baseRevision === 0) {
    const [row] = await tx.insert(selfAssessmentAnswers)
      .values({ respondentId, statementKey, ...values, revision: 1, updatedAt: at })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await tx.update(selfAssessmentAnswers)
    .set({ ...values, revision: sql`${selfAssessmentAnswers.revision} + 1`, updatedAt: at })
    .where(and(
      eq(selfAssessmentAnswers.respondentId, respondentId),
      eq(selfAssessmentAnswers.statementKey, statementKey),
      eq(selfAssessmentAnswers.revision, baseRevision),
    ))
    .returning();
  return row;
}

export async function touchRespondent(tx: Tx, respondentId: string, at: Date): Promise<void> {
  await tx.update(selfAssessmentRespondents).set({ lastAnsweredAt: at }).where(eq(selfAssessmentRespondents.id, respondentId));
}

export async function userEmail(db: Queryable, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email;
}
