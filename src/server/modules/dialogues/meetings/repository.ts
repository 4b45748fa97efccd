/**
 * Queries of dialogue meetings. A meeting is reached through a dialogue the caller reaches; a
 * leader's other meetings are read to keep one person from being booked twice at once.
 */
import { and, asc, eq, gt, inArray, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { MeetingKind } from '../../../../shared/dialogues.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { dialogues, meetingDialogues, meetingParticipants, meetings } from '../schema.ts';

export type MeetingRow = typeof meetings.$inferSelect;

export async function insertMeeting(tx: Tx, row: typeof meetings.$inferInsert): Promise<MeetingRow> {
  const [created] = await tx.insert(meetings).values(row).returning();
  return created!;
}

export async function linkMeeting(tx: Tx, meetingId: string, dialogueIds: readonly string[]): Promise<void> {
  await tx.insert(meetingDialogues).values(dialogueIds.map((dialogueId) => ({ meetingId, dialogueId })));
}

export async function insertParticipants(tx: Tx, rows: (typeof meetingParticipants.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(meetingParticipants).values(rows);
}

export function participantsOf(db: Queryable, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db.select().from(meetingParticipants).where(inArray(meetingParticipants.meetingId, [...meetingIds]))
    .orderBy(asc(meetingParticipants.role), asc(meetingParticipants.name));
}

/**
 * The meeting and one of its dialogues: `dialogueId` when given (the page it is changed from; a shared
 * introduction belongs to several), else the first.
 */
export async function findMeeting(db: Queryable, meetingId: string, dialogueId?: string) {
  const [row] = await db.select({ meeting: meetings, dialogueId: meetingDialogues.dialogueId }).from(meetings)
    .innerJoin(meetingDialogues, eq(meetingDialogues.meetingId, meetings.id))
    .where(and(eq(meetings.id, meetingId), dialogueId ? eq(meetingDialogues.dialogueId, dialogueId) : undefined))
    .orderBy(asc(meetingDialogues.dialogueId)).limit(1);
  return row;
}

/** Every case a meeting belongs to, with its pair (a shared introduction has several). */
export function casesOfMeeting(db: Queryable, meetingId: string) {
  return db.select({ id: dialogues.id, officeCode: dialogues.officeCode, leaderSkolverketId: dialogues.leaderSkolverketId, leaderSpsmId: dialogues.leaderSpsmId })
    .from(meetingDialogues).innerJoin(dialogues, eq(dialogues.id, meetingDialogues.dialogueId)).where(eq(meetingDialogues.meetingId, meetingId));
}

/** Planned meetings of any of these leaders that overlap [from, to), with a name for each. */
export function leaderMeetingsBetween(db: Queryable, leaderIds: readonly string[], from: Date, to: Date) {
  if (leaderIds.length === 0) return Promise.resolve([]);
  const organiserName = sql<string>`(select o.name from dialogue_organisers d_o join organisers o on o.id = d_o.organiser_id
    where d_o.dialogue_id = ${dialogues.id} order by d_o.is_primary desc, o.name_sort limit 1)`;
  return db.selectDistinctOn([meetings.id], { meeting: meetings, organiserName }).from(meetings)
    .innerJoin(meetingDialogues, eq(meetingDialogues.meetingId, meetings.id))
    .innerJoin(dialogues, eq(dialogues.id, meetingDialogues.dialogueId))
    .where(and(
      ne(meetings.status, 'cancelled'), lt(meetings.startsAt, to), gt(meetings.endsAt, from),
      or(inArray(dialogues.leaderSkolverketId, [...leaderIds]), inArray(dialogues.leaderSpsmId, [...leaderIds])),
    ))
    .orderBy(meetings.id);
}

export async function updateMeetingIfVersion(tx: Tx, id: string, version: number, set: Partial<typeof meetings.$inferInsert>) {
  const [row] = await tx.update(meetings).set({ ...set, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.id, id), eq(meetings.version, version))).returning();
  return row;
}

/** Marks the dialogue's started, still planned meetings of this kind as held. */
export async function markMeetingsHeld(tx: Tx, dialogueId: string, kind: MeetingKind, now: Date): Promise<void> {
  await tx.update(meetings).set({ status: 'held', version: sql`${meetings.version} + 1` }).where(and(
    eq(meetings.kind, kind), eq(meetings.status, 'planned'), lte(meetings.startsAt, now),
    inArray(meetings.id, tx.select({ id: meetingDialogues.meetingId }).from(meetingDialogues).where(eq(meetingDialogues.dialogueId, dialogueId))),
  ));
}

/** Planned introductions of the office's cases starting after `after` that the case is not part of, with their organisers' names. */
export function introMeetingsOfOffice(db: Queryable, officeCode: string, after: Date, dialogueId: string) {
  const organiserNames = sql<string[]>`(select array_agg(o.name order by o.name_sort) from dialogue_meeting_dialogues md2
    join dialogue_organisers d_o on d_o.dialogue_id = md2.dialogue_id join organisers o on o.id = d_o.organiser_id
    where md2.meeting_id = ${meetings.id})`;
  return db.selectDistinctOn([meetings.startsAt, meetings.id], { meeting: meetings, organisers: organiserNames }).from(meetings)
    .innerJoin(meetingDialogues, eq(meetingDialogues.meetingId, meetings.id))
    .innerJoin(dialogues, eq(dialogues.id, meetingDialogues.dialogueId))
    .where(and(
      eq(meetings.kind, 'intro'), eq(meetings.status, 'planned'), gt(meetings.startsAt, after), eq(dialogues.officeCode, officeCode),
      sql`not exists (select 1 from dialogue_meeting_dialogues mine where mine.meeting_id = ${meetings.id} and mine.dialogue_id = ${dialogueId})`,
    ))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** The case's planned (not cancelled, not held) meetings of a kind. */
export function plannedMeetingsOfKind(db: Queryable, dialogueId: string, kind: MeetingKind) {
  return db.select({ id: meetings.id }).from(meetings).innerJoin(meetingDialogues, eq(meetingDialogues.meetingId, meetings.id))
    .where(and(eq(meetingDialogues.dialogueId, dialogueId), eq(meetings.kind, kind), ne(meetings.status, 'cancelled')));
}
