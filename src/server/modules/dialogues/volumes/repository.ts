/**
 * Queries behind the yearly dialogue volumes. They read organiser ids only to count organisers once;
 * nothing here leaves the module except through the aggregates of volumes.ts. Years and dates are
 * Swedish (Europe/Stockholm), as the evaluation counts them.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import type { DeclineReason } from '../../../../shared/dialogues.ts';
import type { OrganiserKind, SizeClass } from '../../../../shared/organiser.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { municipalities, organisers } from '../../registry/schema.ts';
import { readRegistryRevision } from '../../registry/repository.ts';
import { dialogueOrganisers, dialogues, meetings, transitions } from '../schema.ts';

const swedishDate = (column: unknown) => sql<string | null>`to_char(${column} at time zone 'Europe/Stockholm', 'YYYY-MM-DD')`;
const firstOn = (event: string) => swedishDate(sql`min(${transitions.at}) filter (where ${transitions.event} = ${event})`);

/** One invited organiser of one dialogue, with the first day of each answer and whether it took part. */
export interface InvitationRow {
  organiserId: string;
  kind: OrganiserKind;
  sizeClass: SizeClass;
  municipalityCode: string;
  declineReason: DeclineReason | null;
  invitedOn: string;
  acceptedOn: string | null;
  declinedOn: string | null;
  noAnswerOn: string | null;
  withdrawnOn: string | null;
  /** An on-site dialogue of the case has been held. */
  tookPart: boolean;
}

export async function invitationRows(db: Queryable): Promise<InvitationRow[]> {
  const steps = db.$with('steps').as(db.select({
    dialogueId: transitions.dialogueId,
    invitedOn: firstOn('invite').as('invited_on'),
    acceptedOn: firstOn('accept').as('accepted_on'),
    declinedOn: firstOn('decline').as('declined_on'),
    noAnswerOn: firstOn('record_no_answer').as('no_answer_on'),
    withdrawnOn: firstOn('withdraw').as('withdrawn_on'),
  }).from(transitions).groupBy(transitions.dialogueId));
  const tookPart = sql<boolean>`exists (select 1 from dialogue_meeting_dialogues m_d join dialogue_meetings m on m.id = m_d.meeting_id
    where m_d.dialogue_id = ${dialogues.id} and m.kind = 'physical' and m.status = 'held')`;
  const rows = await db.with(steps).select({
    organiserId: dialogueOrganisers.organiserId, kind: organisers.kind, sizeClass: organisers.sizeClass, municipalityCode: organisers.municipalityCode,
    declineReason: dialogues.declineReason, invitedOn: steps.invitedOn, acceptedOn: steps.acceptedOn, declinedOn: steps.declinedOn,
    noAnswerOn: steps.noAnswerOn, withdrawnOn: steps.withdrawnOn, tookPart,
  }).from(steps)
    .innerJoin(dialogues, eq(dialogues.id, steps.dialogueId))
    .innerJoin(dialogueOrganisers, eq(dialogueOrganisers.dialogueId, dialogues.id))
    .innerJoin(organisers, eq(organisers.id, dialogueOrganisers.organiserId))
    .where(sql`${steps.invitedOn} is not null`);
  return rows as InvitationRow[];
}

/** On-site dialogues held per Swedish calendar year. */
export async function physicalHeldByYear(db: Queryable): Promise<Map<number, number>> {
  const year = sql<number>`extract(year from ${meetings.startsAt} at time zone 'Europe/Stockholm')::int`;
  const rows = await db.select({ year, n: count() }).from(meetings)
    .where(and(eq(meetings.kind, 'physical'), eq(meetings.status, 'held'))).groupBy(year);
  return new Map(rows.map((r) => [Number(r.year), r.n]));
}

/** Every municipality, with its municipal organiser (the municipality as organiser) where there is one. */
export async function municipalityOrganisers(db: Queryable): Promise<{ code: string; municipalOrganiserId: string | null }[]> {
  return db.select({ code: municipalities.code, municipalOrganiserId: sql<string | null>`min(${organisers.id}::text)` })
    .from(municipalities)
    .leftJoin(organisers, and(eq(organisers.municipalityCode, municipalities.code), eq(organisers.kind, 'kommun')))
    .groupBy(municipalities.code);
}

/**
 * Changes whenever anything the volumes count changes: a step of a case, a meeting held, a case's
 * organisers or fields, or the registry (kinds, size classes). Cheap enough to ask a few times a second.
 */
export async function volumesFingerprint(db: Queryable): Promise<string> {
  const [row] = await db.select({
    steps: sql<string>`(select count(*) || ':' || coalesce(max(${transitions.at})::text, '') from ${transitions})`,
    held: sql<string>`(select count(*)::text from ${meetings} where ${meetings.kind} = 'physical' and ${meetings.status} = 'held')`,
    members: sql<string>`(select count(*)::text from ${dialogueOrganisers})`,
    cases: sql<string>`(select count(*) || ':' || coalesce(sum(${dialogues.version}), 0) from ${dialogues})`,
  }).from(sql`(select 1) as one`);
  return `${row!.steps}|${row!.held}|${row!.members}|${row!.cases}|${await readRegistryRevision(db)}`;
}
