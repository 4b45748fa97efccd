/**
 * Queries of the feedback survey, its anonymous responses and the reported actions. Responses are
 * never read one by one for a dialogue: only counted, or read for the analysts' aggregate with the
 * organisers' grouping attributes (and an id to count distinct organisers by, which never leaves).
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { organisers } from '../../registry/schema.ts';
import { dialogueOrganisers } from '../schema.ts';
import { feedbackResponses, feedbackSurveys, followUpActions } from './schema.ts';

export type SurveyRow = typeof feedbackSurveys.$inferSelect;
export type ActionRow = typeof followUpActions.$inferSelect;

export async function findSurveyOfDialogue(db: Queryable, dialogueId: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(feedbackSurveys).where(eq(feedbackSurveys.dialogueId, dialogueId));
  return row;
}

/** The survey a link names, with the name of the dialogue's main organiser for the page's heading. */
export async function findSurveyForLink(db: Queryable, surveyId: string) {
  // Written out: Drizzle would leave the outer column unqualified, and the subquery would read its own.
  const organiserName = sql<string | null>`(select o.name from dialogue_organisers d_o join organisers o on o.id = d_o.organiser_id
    where d_o.dialogue_id = "feedback_surveys"."dialogue_id" order by d_o.is_primary desc, o.name_sort limit 1)`;
  const [row] = await db.select({ survey: feedbackSurveys, organiserName }).from(feedbackSurveys).where(eq(feedbackSurveys.id, surveyId));
  return row;
}

/**
 * Sends the survey for the first time, or again with a new link: one statement, so that two leaders
 * sending at once both get a consistent row (the later one's link is the valid one).
 */
export async function upsertSurvey(tx: Tx, row: { dialogueId: string; sentAt: Date; expiresAt: Date; sentBy: string }): Promise<SurveyRow> {
  const [saved] = await tx.insert(feedbackSurveys).values(row)
    .onConflictDoUpdate({
      target: feedbackSurveys.dialogueId,
      set: { sentAt: row.sentAt, expiresAt: row.expiresAt, sentBy: row.sentBy, closedAt: null, linkVersion: sql`${feedbackSurveys.linkVersion} + 1` },
    })
    .returning();
  return saved!;
}

export async function countResponses(db: Queryable, surveyId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(feedbackResponses).where(eq(feedbackResponses.surveyId, surveyId));
  return row?.n ?? 0;
}

export async function insertResponse(tx: Tx, row: typeof feedbackResponses.$inferInsert): Promise<void> {
  await tx.insert(feedbackResponses).values(row);
}

/** Every response, one row per response and organiser of its dialogue, for the analysts' aggregate. */
export const responseRows = (db: Queryable) =>
  db.select({
    responseId: feedbackResponses.id,
    submittedAt: feedbackResponses.submittedAt,
    answers: feedbackResponses.answers,
    organiserId: dialogueOrganisers.organiserId,
    sizeClass: organisers.sizeClass,
    kind: organisers.kind,
  })
    .from(feedbackResponses)
    .innerJoin(feedbackSurveys, eq(feedbackSurveys.id, feedbackResponses.surveyId))
    .innerJoin(dialogueOrganisers, eq(dialogueOrganisers.dialogueId, feedbackSurveys.dialogueId))
    .innerJoin(organisers, eq(organisers.id, dialogueOrganisers.organiserId));

export const actionsOf = (db: Queryable, dialogueId: string) =>
  db.select().from(followUpActions).where(eq(followUpActions.dialogueId, dialogueId))
    .orderBy(desc(followUpActions.reportedOn), asc(followUpActions.createdAt));

export async function findAction(db: Queryable, id: string): Promise<ActionRow | undefined> {
  const [row] = await db.select().from(followUpActions).where(eq(followUpActions.id, id));
  return row;
}

export async function insertAction(tx: Tx, row: typeof followUpActions.$inferInsert): Promise<ActionRow> {
  const [created] = await tx.insert(followUpActions).values(row).returning();
  return created!;
}

/** Changes an action only while it still reads as the caller saw it (the table has no version column). */
export async function updateActionIfUnchanged(tx: Tx, seen: ActionRow, set: { text?: string; status?: ActionRow['status'] }) {
  const [row] = await tx.update(followUpActions).set(set)
    .where(and(eq(followUpActions.id, seen.id), eq(followUpActions.text, seen.text), eq(followUpActions.status, seen.status)))
    .returning();
  return row;
}
