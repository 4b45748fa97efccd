/**
 * Queries of cycle planning: cycles, rounds and their cases, the facts eligibility is computed from
 * (organisers with their office and county, offers made within a cycle), the leaders a pair is chosen
 * from, and the cases and meetings collisions are looked for in. Only agency staff reach these routes,
 * so no organiser scope applies; holds have their own queries (hold-repository.ts).
 */
import { and, asc, desc, eq, gte, inArray, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import type { DialogueState } from '../../../../shared/dialogues.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { users } from '../../access/schema.ts';
import { municipalities, organisers } from '../../registry/schema.ts';
import { cycles, dialogueOrganisers, dialogues, meetingDialogues, meetings, rounds } from '../schema.ts';

export type CycleRow = typeof cycles.$inferSelect;
export type RoundRow = typeof rounds.$inferSelect;

/** A case that has ended or was never taken up: no longer part of what the round still has to do. */
export const FINAL_STATES: readonly DialogueState[] = ['declined', 'no_answer', 'closed', 'withdrawn'];

const roundCount = sql<number>`(select count(*)::int from dialogue_rounds r where r.cycle_id = "dialogue_cycles"."id")`;
const dialogueCount = sql<number>`(select count(*)::int from dialogues d where d.round_id = "dialogue_rounds"."id")`;

export function listCycles(db: Queryable) {
  return db.select({ cycle: cycles, rounds: roundCount }).from(cycles).orderBy(desc(cycles.startsOn));
}

export async function findCycle(db: Queryable, id: string) {
  const [row] = await db.select({ cycle: cycles, rounds: roundCount }).from(cycles).where(eq(cycles.id, id));
  return row;
}

/** A cycle whose window shares a day with this one. */
export async function overlappingCycle(db: Queryable, startsOn: string, endsOn: string): Promise<CycleRow | undefined> {
  const [row] = await db.select().from(cycles).where(and(lte(cycles.startsOn, endsOn), gte(cycles.endsOn, startsOn))).limit(1);
  return row;
}

export async function insertCycle(tx: Tx, row: typeof cycles.$inferInsert): Promise<CycleRow> {
  const [created] = await tx.insert(cycles).values(row).returning();
  return created!;
}

export function listRounds(db: Queryable, cycleId: string) {
  return db.select({ round: rounds, dialogues: dialogueCount }).from(rounds)
    .where(eq(rounds.cycleId, cycleId)).orderBy(asc(rounds.invitationDate), asc(rounds.name));
}

export async function findRound(db: Queryable, id: string) {
  const [row] = await db.select({ round: rounds, cycle: cycles, dialogues: dialogueCount }).from(rounds)
    .innerJoin(cycles, eq(cycles.id, rounds.cycleId)).where(eq(rounds.id, id));
  return row;
}

/** The round, locked until the transaction ends: opening it and adding to it do not cross. */
export async function lockRound(tx: Tx, id: string): Promise<RoundRow | undefined> {
  const [row] = await tx.select().from(rounds).where(eq(rounds.id, id)).for('update');
  return row;
}

export async function insertRound(tx: Tx, row: typeof rounds.$inferInsert): Promise<RoundRow> {
  const [created] = await tx.insert(rounds).values(row).returning();
  return created!;
}

export async function setRoundStatusIfVersion(tx: Tx, id: string, version: number, status: RoundRow['status']) {
  const [row] = await tx.update(rounds).set({ status, version: sql`${rounds.version} + 1` })
    .where(and(eq(rounds.id, id), eq(rounds.version, version))).returning();
  return row;
}

/** Every case of the round, oldest first. */
export function casesOfRound(db: Queryable, roundId: string) {
  return db.select().from(dialogues).where(eq(dialogues.roundId, roundId)).orderBy(asc(dialogues.createdAt), asc(dialogues.id));
}

export function casesOfRoundIn(db: Queryable, roundId: string, state: DialogueState) {
  return db.select().from(dialogues).where(and(eq(dialogues.roundId, roundId), eq(dialogues.state, state)))
    .orderBy(asc(dialogues.createdAt), asc(dialogues.id));
}

/** The organisers of these cases, the primary one first. */
export function organisersOfCases(db: Queryable, dialogueIds: readonly string[]) {
  if (dialogueIds.length === 0) return Promise.resolve([]);
  return db.select({
    dialogueId: dialogueOrganisers.dialogueId, id: organisers.id, name: organisers.name, orgNumber: organisers.orgNumber,
  }).from(dialogueOrganisers).innerJoin(organisers, eq(organisers.id, dialogueOrganisers.organiserId))
    .where(inArray(dialogueOrganisers.dialogueId, [...dialogueIds]))
    .orderBy(desc(dialogueOrganisers.primary), asc(organisers.nameSort));
}

export function leaderNames(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]));
}

/** The leaders a pair is chosen from: each agency's dialogue leaders. */
export function dialogueLeaders(db: Queryable) {
  return db.select({ id: users.id, name: users.name, role: users.role, officeCode: users.officeCode }).from(users)
    .where(inArray(users.role, ['leader_skolverket', 'leader_spsm'])).orderBy(asc(users.name));
}

/** Every organiser with what eligibility and its filters need (about 2,800 rows). */
export function organiserFacts(db: Queryable, ids?: readonly string[]) {
  return db.select({
    id: organisers.id, name: organisers.name, orgNumber: organisers.orgNumber, kind: organisers.kind, status: organisers.status,
    sizeClass: organisers.sizeClass, schoolForms: organisers.schoolForms, municipalityName: municipalities.name,
    countyCode: municipalities.countyCode, officeCode: municipalities.officeCode,
  }).from(organisers).innerJoin(municipalities, eq(municipalities.code, organisers.municipalityCode))
    .where(ids ? inArray(organisers.id, ids.length > 0 ? [...ids] : ['00000000-0000-0000-0000-000000000000']) : undefined);
}
export type OrganiserFact = Awaited<ReturnType<typeof organiserFacts>>[number];

/**
 * Offers that may count within a cycle: cases (not withdrawn) in one of its rounds, or invited from
 * the day before its start to the day after its end (the exact Swedish date is decided by the caller).
 */
export function offersAround(db: Queryable, cycle: CycleRow) {
  const from = new Date(`${cycle.startsOn}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 1);
  const to = new Date(`${cycle.endsOn}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 2);
  return db.select({
    organiserId: dialogueOrganisers.organiserId, dialogueId: dialogues.id, state: dialogues.state, invitedAt: dialogues.invitedAt,
    roundCycleId: rounds.cycleId, roundName: rounds.name, invitationDate: rounds.invitationDate,
  }).from(dialogues)
    .innerJoin(dialogueOrganisers, eq(dialogueOrganisers.dialogueId, dialogues.id))
    .leftJoin(rounds, eq(rounds.id, dialogues.roundId))
    .where(and(
      ne(dialogues.state, 'withdrawn'),
      or(eq(rounds.cycleId, cycle.id), and(gte(dialogues.invitedAt, from), lte(dialogues.invitedAt, to))),
    ));
}

/** Rounds still being worked on (planned or open). */
export function activeRounds(db: Queryable) {
  return db.select().from(rounds).where(inArray(rounds.status, ['planned', 'open'])).orderBy(asc(rounds.invitationDate));
}

/** The cases of these rounds that are still under way, one row per organiser. */
export function liveCasesOfRounds(db: Queryable, roundIds: readonly string[]) {
  if (roundIds.length === 0) return Promise.resolve([]);
  return db.select({
    dialogueId: dialogues.id, state: dialogues.state, roundId: dialogues.roundId, organiserId: organisers.id, organiserName: organisers.name,
  }).from(dialogues)
    .innerJoin(dialogueOrganisers, eq(dialogueOrganisers.dialogueId, dialogues.id))
    .innerJoin(organisers, eq(organisers.id, dialogueOrganisers.organiserId))
    .where(and(inArray(dialogues.roundId, [...roundIds]), notInArray(dialogues.state, [...FINAL_STATES])))
    .orderBy(asc(organisers.nameSort), asc(dialogues.id));
}

/** The booked (not yet held or cancelled) meetings of these cases. */
export function plannedMeetingsOf(db: Queryable, dialogueIds: readonly string[]) {
  if (dialogueIds.length === 0) return Promise.resolve([]);
  return db.select({ dialogueId: meetingDialogues.dialogueId, kind: meetings.kind, startsAt: meetings.startsAt }).from(meetings)
    .innerJoin(meetingDialogues, eq(meetingDialogues.meetingId, meetings.id))
    .where(and(inArray(meetingDialogues.dialogueId, [...dialogueIds]), eq(meetings.status, 'planned')))
    .orderBy(asc(meetings.startsAt));
}
