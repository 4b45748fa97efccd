/**
 * Queries of dialogue cases. The caller's reach is part of every query: representatives reach the
 * cases their organiser takes part in; an agency's notes are returned only to that agency, or to the
 * other one when marked shared.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DialogueAgency, DialogueState } from '../../../shared/dialogues.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import type { OrganiserScope } from '../../platform/http/access.ts';
import { users } from '../access/schema.ts';
import { contactPersons, organisers } from '../registry/schema.ts';
import { agencyNotes, dialogueOrganisers, dialogues, holds, meetingDialogues, meetings, meetingNotes, transitions } from './schema.ts';

export type DialogueRow = typeof dialogues.$inferSelect;

function scopeWhere(scope: OrganiserScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  return takesPart(scope.organiserId);
}

/** The dialogue has this organiser among its organisers (written out: Drizzle leaves columns unqualified here). */
function takesPart(organiserId: string): SQL {
  return sql`exists (select 1 from dialogue_organisers d_o where d_o.dialogue_id = "dialogues"."id" and d_o.organiser_id = ${organiserId})`;
}

export interface DialogueFilter {
  state?: DialogueState | undefined;
  leaderId?: string | undefined;
  roundId?: string | undefined;
  organiserId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listDialogues(db: Queryable, scope: OrganiserScope, filter: DialogueFilter) {
  const where = and(
    scopeWhere(scope),
    filter.state ? eq(dialogues.state, filter.state) : undefined,
    filter.leaderId ? or(eq(dialogues.leaderSkolverketId, filter.leaderId), eq(dialogues.leaderSpsmId, filter.leaderId)) : undefined,
    filter.roundId ? eq(dialogues.roundId, filter.roundId) : undefined,
    filter.organiserId ? takesPart(filter.organiserId) : undefined,
  );
  const primaryName = sql<string>`(select o.name from dialogue_organisers d_o join organisers o on o.id = d_o.organiser_id
    where d_o.dialogue_id = "dialogues"."id" order by d_o.is_primary desc, o.name_sort limit 1)`;
  const [items, [total]] = await Promise.all([
    db.select({ dialogue: dialogues, organiserName: primaryName }).from(dialogues).where(where)
      .orderBy(desc(dialogues.createdAt), asc(dialogues.id)).limit(filter.limit).offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(dialogues).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findDialogue(db: Queryable, id: string, scope: OrganiserScope): Promise<DialogueRow | undefined> {
  const [row] = await db.select().from(dialogues).where(and(eq(dialogues.id, id), scopeWhere(scope)));
  return row;
}

/** Invited cases whose answer deadline is before `today`, locked; a sweep running elsewhere skips them. */
export function invitedPastDeadline(tx: Tx, today: string): Promise<DialogueRow[]> {
  return tx.select().from(dialogues).where(and(eq(dialogues.state, 'invited'), lt(dialogues.answerDeadline, today)))
    .orderBy(asc(dialogues.answerDeadline), asc(dialogues.id)).for('update', { skipLocked: true });
}

export function organisersOf(db: Queryable, dialogueId: string) {
  return db.select({ id: organisers.id, name: organisers.name, orgNumber: organisers.orgNumber, primary: dialogueOrganisers.primary })
    .from(dialogueOrganisers).innerJoin(organisers, eq(organisers.id, dialogueOrganisers.organiserId))
    .where(eq(dialogueOrganisers.dialogueId, dialogueId))
    .orderBy(desc(dialogueOrganisers.primary), organisers.nameSort);
}

export function meetingsOf(db: Queryable, dialogueId: string) {
  return db.select({ meeting: meetings }).from(meetings)
    .innerJoin(meetingDialogues, eq(meetingDialogues.meetingId, meetings.id))
    .where(eq(meetingDialogues.dialogueId, dialogueId))
    .orderBy(asc(meetings.startsAt));
}

export async function usersByIds(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name, email: users.email, role: users.role, agency: users.agency, officeCode: users.officeCode })
    .from(users).where(inArray(users.id, [...ids]));
}

/** Holds in force on `day` for any of these organisers. */
export function activeHolds(db: Queryable, organiserIds: readonly string[], day: string) {
  if (organiserIds.length === 0) return Promise.resolve([]);
  return db.select().from(holds).where(and(
    inArray(holds.organiserId, [...organiserIds]), lte(holds.startsOn, day), gte(holds.endsOn, day), isNull(holds.endedAt),
  ));
}

/** Whether the dialogue's latest notes are agreed or registered. */
export async function notesState(db: Queryable, dialogueId: string) {
  const [latest] = await db.select({ status: meetingNotes.status }).from(meetingNotes)
    .where(eq(meetingNotes.dialogueId, dialogueId)).orderBy(desc(meetingNotes.versionNo)).limit(1);
  return latest?.status ?? null;
}

export async function insertDialogue(tx: Tx, row: typeof dialogues.$inferInsert): Promise<DialogueRow> {
  const [created] = await tx.insert(dialogues).values(row).returning();
  return created!;
}

export async function insertDialogueOrganisers(tx: Tx, rows: (typeof dialogueOrganisers.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(dialogueOrganisers).values(rows);
}

/** Changes a case only when it is still the version the caller read. */
export async function updateDialogueIfVersion(tx: Tx, id: string, version: number, set: Partial<typeof dialogues.$inferInsert>) {
  const [row] = await tx.update(dialogues).set({ ...set, version: sql`${dialogues.version} + 1` })
    .where(and(eq(dialogues.id, id), eq(dialogues.version, version))).returning();
  return row;
}

/** The agency's own notes and the other agency's shared ones; nothing for anyone else. */
export function agencyNotesOf(db: Queryable, dialogueId: string, agency: DialogueAgency) {
  return db.select({ note: agencyNotes, authorName: users.name }).from(agencyNotes)
    .innerJoin(users, eq(users.id, agencyNotes.authorId))
    .where(and(eq(agencyNotes.dialogueId, dialogueId), or(eq(agencyNotes.agency, agency), eq(agencyNotes.shared, true))))
    .orderBy(asc(agencyNotes.createdAt));
}

export async function insertAgencyNote(tx: Tx, row: typeof agencyNotes.$inferInsert) {
  const [created] = await tx.insert(agencyNotes).values(row).returning();
  return created!;
}

export async function insertTransition(tx: Tx, row: typeof transitions.$inferInsert): Promise<void> {
  await tx.insert(transitions).values(row);
}

/** The organisers' current contact persons with an e-mail address, the first per organiser first. */
export function mailContactsOf(db: Queryable, organiserIds: readonly string[], day: string) {
  if (organiserIds.length === 0) return Promise.resolve([]);
  return db.select({ id: contactPersons.id, organiserId: contactPersons.organiserId, name: contactPersons.name, email: contactPersons.email })
    .from(contactPersons)
    .where(and(
      inArray(contactPersons.organiserId, [...organiserIds]), isNotNull(contactPersons.email),
      lte(contactPersons.validFrom, day), or(isNull(contactPersons.validTo), gte(contactPersons.validTo, day)),
    ))
    .orderBy(asc(contactPersons.organiserId), asc(contactPersons.validFrom), asc(contactPersons.id));
}

/** A contact person of one of these organisers, by id (a notes link names the person it was sent to). */
export async function contactOf(db: Queryable, contactId: string, organiserIds: readonly string[]) {
  if (organiserIds.length === 0) return undefined;
  const [row] = await db.select({ id: contactPersons.id, name: contactPersons.name }).from(contactPersons)
    .where(and(eq(contactPersons.id, contactId), inArray(contactPersons.organiserId, [...organiserIds])));
  return row;
}

/** Every step of a case with who took it (the history loaded from before has no actor). */
export function transitionsOf(db: Queryable, dialogueId: string) {
  return db.select({ transition: transitions, actorName: users.name }).from(transitions)
    .leftJoin(users, eq(users.id, transitions.actorId))
    .where(eq(transitions.dialogueId, dialogueId)).orderBy(asc(transitions.at));
}

/** The concern of each organiser, for checking that a group dialogue's organisers belong together. */
export function concernsOf(db: Queryable, organiserIds: readonly string[]) {
  if (organiserIds.length === 0) return Promise.resolve([]);
  return db.select({ id: organisers.id, name: organisers.name, concernId: organisers.concernId }).from(organisers)
    .where(inArray(organisers.id, [...organiserIds]));
}
