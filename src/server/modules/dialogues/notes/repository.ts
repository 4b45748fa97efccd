/** Queries of the meeting notes, their register entries and each agency's case number series. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DialogueAgency } from '../../../../shared/dialogues.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { users } from '../../access/schema.ts';
import { caseNumberSeries, meetingNotes, registerEntries } from '../schema.ts';

export type NotesRow = typeof meetingNotes.$inferSelect;

/** Every version of a dialogue's notes, the newest first, with the name of who last changed it. */
export function notesVersionsOf(db: Queryable, dialogueId: string) {
  return db.select({ notes: meetingNotes, updatedByName: users.name }).from(meetingNotes)
    .leftJoin(users, eq(users.id, meetingNotes.updatedBy))
    .where(eq(meetingNotes.dialogueId, dialogueId)).orderBy(desc(meetingNotes.versionNo));
}

/** The newest version, locked for the rest of the transaction so that two steps cannot cross. */
export async function latestNotesForUpdate(tx: Tx, dialogueId: string): Promise<NotesRow | undefined> {
  const [row] = await tx.select().from(meetingNotes).where(eq(meetingNotes.dialogueId, dialogueId))
    .orderBy(desc(meetingNotes.versionNo)).limit(1).for('update');
  return row;
}

export async function findNotes(db: Queryable, id: string): Promise<NotesRow | undefined> {
  const [row] = await db.select().from(meetingNotes).where(eq(meetingNotes.id, id));
  return row;
}

export async function insertNotes(tx: Tx, row: typeof meetingNotes.$inferInsert): Promise<NotesRow> {
  const [created] = await tx.insert(meetingNotes).values(row).returning();
  return created!;
}

/** Changes a version only when it is still the revision the caller read; raises the revision. */
export async function updateNotesIfRevision(tx: Tx, id: string, revision: number, set: Partial<typeof meetingNotes.$inferInsert>) {
  const [row] = await tx.update(meetingNotes).set({ ...set, updatedAt: new Date(), revision: sql`${meetingNotes.revision} + 1` })
    .where(and(eq(meetingNotes.id, id), eq(meetingNotes.revision, revision))).returning();
  return row;
}

export function registerEntriesOf(db: Queryable, notesIds: readonly string[]) {
  if (notesIds.length === 0) return Promise.resolve([]);
  return db.select().from(registerEntries).where(inArray(registerEntries.notesId, [...notesIds])).orderBy(registerEntries.agency);
}

export async function insertRegisterEntries(tx: Tx, rows: (typeof registerEntries.$inferInsert)[]): Promise<void> {
  await tx.insert(registerEntries).values(rows);
}

/**
 * Takes the next number of the agency's series for the year, atomically: a new year's series starts
 * at 1 in the format of the agency's latest series (or the default).
 */
export async function takeCaseNumber(tx: Tx, agency: DialogueAgency, year: number, defaultFormat: string): Promise<{ n: number; format: string }> {
  const latestFormat = sql`coalesce((select s.format from dialogue_case_number_series s where s.agency = ${agency} order by s.year desc limit 1), ${defaultFormat})`;
  const [row] = await tx.insert(caseNumberSeries).values({ agency, year, next: 2, format: latestFormat })
    .onConflictDoUpdate({ target: [caseNumberSeries.agency, caseNumberSeries.year], set: { next: sql`${caseNumberSeries.next} + 1` } })
    .returning({ next: caseNumberSeries.next, format: caseNumberSeries.format });
  return { n: row!.next - 1, format: row!.format };
}

export function seriesOf(db: Queryable, year: number) {
  return db.select().from(caseNumberSeries).where(eq(caseNumberSeries.year, year));
}

/** Sets the agency's format from this year on (the numbers already given keep theirs). */
export async function setSeriesFormat(tx: Tx, agency: DialogueAgency, year: number, format: string): Promise<void> {
  await tx.insert(caseNumberSeries).values({ agency, year, next: 1, format })
    .onConflictDoUpdate({ target: [caseNumberSeries.agency, caseNumberSeries.year], set: { format } });
}
