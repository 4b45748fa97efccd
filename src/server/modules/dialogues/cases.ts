/**
 * Use cases of the dialogue case: list and read within the caller's reach, create a case with its
 * pair, change it (If-Match), and take a step of the lifecycle through the state machine's guards.
 */
import type { DialogueDetail } from '../../../shared/api/dialogues.ts';
import type { DeclineReason, DialogueState } from '../../../shared/dialogues.ts';
import type { OfficeCode } from '../../../shared/offices.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { AnswerMemo } from '../../platform/db/answer-memo.ts';
import type { Database, Queryable, Tx } from '../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../platform/errors.ts';
import { audit, type AuditActor } from '../audit/audit.ts';
import { markOrganiserCeased } from '../registry/organisers.ts';
import { swedishToday } from './calendar/swedish-time.ts';
import { mailInvitation } from './invitation-mail.ts';
import { addMonths } from './planning/dates.ts';
import { markMeetingsHeld, participantsOf } from './meetings/repository.ts';
import { checkPair } from './pair.ts';
import {
  activeHolds, concernsOf, findDialogue, insertDialogue, insertDialogueOrganisers, insertTransition, listDialogues, meetingsOf, notesState, organisersOf,
  updateDialogueIfVersion, usersByIds, type DialogueRow,
} from './repository.ts';
import { DIALOGUE_EVENTS, guardProblems, HELD_MEETING, possibleEvents, TRANSITIONS, type DialogueEvent, type DialogueFacts } from './state-machine.ts';

/** Representatives answer the invitation; everything else is the agencies'. */
const ORGANISER_EVENTS: readonly DialogueEvent[] = ['accept', 'decline'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);


export interface CaseListQuery {
  state?: DialogueState | undefined; leader?: string | undefined; roundId?: string | undefined; organiserId?: string | undefined; limit: number; offset: number;
}

/**
 * The case list, remembered for a few seconds per caller's reach and query and forgotten at every
 * commit (platform/db/answer-memo.ts): leaders keep the list open, and on the embedded database each
 * page of it costs several queries on the main thread.
 */
export function rememberedCaseList(db: Database) {
  const memo = new AnswerMemo<Awaited<ReturnType<typeof listCases>>>(db, { ttlMs: 5000, maxEntries: 2000 });
  return ({ actor, query }: { actor: Actor; query: CaseListQuery }) => {
    const scope = organiserScope(actor);
    const key = JSON.stringify([scope.kind === 'all' ? '*' : scope.organiserId, query.leader === 'me' ? actor.userId : query.leader, query]);
    return memo.get(key, () => listCases({ db, actor, query }));
  };
}

export async function listCases({ db, actor, query }: { db: Database; actor: Actor; query: CaseListQuery }) {
  const leaderId = query.leader === 'me' ? actor.userId : query.leader;
  const { items, total } = await db.read((q) => listDialogues(q, organiserScope(actor), { ...query, leaderId }));
  return {
    total,
    items: items.map(({ dialogue: d, organiserName }) => ({
      id: d.id, state: d.state, organiserName, officeCode: d.officeCode, invitedAt: iso(d.invitedAt), answerDeadline: d.answerDeadline, version: d.version,
    })),
  };
}

type Members = Awaited<ReturnType<typeof organisersOf>>;
type MeetingRows = Awaited<ReturnType<typeof meetingsOf>>;

/** The guards' facts, from the case and the organisers and meetings the caller has already read. */
async function factsOf(q: Queryable, row: DialogueRow, members: Members, meetingRows: MeetingRows, today: string, now: Date): Promise<DialogueFacts> {
  const [holdRows, notes] = await Promise.all([activeHolds(q, members.map((m) => m.id), today), notesState(q, row.id)]);
  return {
    state: row.state,
    today,
    leaderSkolverket: row.leaderSkolverketId !== null,
    leaderSpsm: row.leaderSpsmId !== null,
    organisers: members.length,
    activeHolds: holdRows.map((h) => `${h.reason} (till och med ${h.endsOn})`),
    answerDeadline: row.answerDeadline,
    focusQuestion: row.focusQuestion,
    purpose: row.purpose,
    startedMeetings: meetingRows.filter(({ meeting: m }) => m.status !== 'cancelled' && m.startsAt <= now).map(({ meeting: m }) => m.kind),
    notesAgreedOrRegistered: notes === 'agreed' || notes === 'registered',
    notesRegistered: notes === 'registered',
    followUpWanted: row.followUpWanted,
  };
}

/** The follow-up is proposed for about six months after the feedback meeting, until it is held or declined. */
export const FOLLOW_UP_MONTHS = 6;

/** The day the follow-up is due: six months after the feedback meeting's Swedish date. */
export const followUpDueOn = (feedbackStartsAt: Date): string => addMonths(swedishToday(feedbackStartsAt), FOLLOW_UP_MONTHS);

function followUpProposal(row: DialogueRow, meetingRows: MeetingRows): string | null {
  if (row.state !== 'feedback_held' || row.followUpWanted !== true) return null;
  const feedback = meetingRows.filter(({ meeting: m }) => m.kind === 'feedback' && m.status === 'held').at(-1)?.meeting;
  if (!feedback) return null;
  return followUpDueOn(feedback.startsAt);
}

export async function getCase({ db, actor, id, now = new Date() }: { db: Database; actor: Actor; id: string; now?: Date }): Promise<DialogueDetail> {
  return db.read(async (q) => {
    const row = await findDialogue(q, id, organiserScope(actor));
    if (!row) throw notFound('Dialogen');
    const [members, meetingRows, leaders] = await Promise.all([
      organisersOf(q, id), meetingsOf(q, id), usersByIds(q, [row.leaderSkolverketId, row.leaderSpsmId].filter((x): x is string => x !== null)),
    ]);
    const [facts, people] = await Promise.all([
      factsOf(q, row, members, meetingRows, swedishToday(now), now), participantsOf(q, meetingRows.map(({ meeting: m }) => m.id)),
    ]);
    const mine = actor.role === 'organiser_rep' ? ORGANISER_EVENTS : DIALOGUE_EVENTS;
    const events = possibleEvents(facts).filter((e) => mine.includes(e));
    const leader = (userId: string | null) => {
      const user = leaders.find((l) => l.id === userId);
      return user ? { id: user.id, name: user.name } : null;
    };
    return {
      id: row.id, state: row.state, organiserName: members[0]?.name ?? null, officeCode: row.officeCode, invitedAt: iso(row.invitedAt),
      answerDeadline: row.answerDeadline, version: row.version, roundId: row.roundId, organisers: members,
      leaderSkolverket: leader(row.leaderSkolverketId), leaderSpsm: leader(row.leaderSpsmId), schoolForms: row.schoolForms,
      focusQuestion: row.focusQuestion, purpose: row.purpose, declineReason: row.declineReason, declineNote: row.declineNote,
      followUpWanted: row.followUpWanted,
      followUpProposedOn: followUpProposal(row, meetingRows),
      meetings: meetingRows.map(({ meeting: m }) => ({
        id: m.id, kind: m.kind, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(), place: m.place, videoUrl: m.videoUrl, status: m.status,
        version: m.version,
        participants: people.filter((p) => p.meetingId === m.id).map((p) => ({ name: p.name, email: p.email, title: p.title, role: p.role })),
      })),
      possibleEvents: events,
      blockers: Object.fromEntries(events.map((e) => [e, guardProblems(facts, e, { declineReason: 'other', withdrawReason: 'x' })])),
    };
  });
}

export interface CaseInput {
  organiserIds: string[];
  roundId: string | null;
  officeCode: OfficeCode;
  leaderSkolverketId: string | null;
  leaderSpsmId: string | null;
  schoolForms: SchoolForm[];
  answerDeadline: string | null;
}

/** A dialogue with several organisers is a group dialogue of one concern (koncern). */
async function checkGroup(tx: Tx, organiserIds: readonly string[]): Promise<void> {
  const unique = [...new Set(organiserIds)];
  if (unique.length < 2) return;
  const rows = await concernsOf(tx, unique);
  const concerns = new Set(rows.map((r) => r.concernId));
  if (rows.some((r) => r.concernId === null) || concerns.size > 1) {
    const outside = rows.filter((r) => r.concernId === null || r.concernId !== rows[0]!.concernId).map((r) => r.name);
    throw validation([{
      path: 'organiserIds', field: 'organiserIds',
      message: `En gemensam dialog kan bara hållas med huvudmän i samma koncern. ${outside.join(', ')} hör inte till samma koncern som ${rows[0]!.name}.`,
    }]);
  }
}

export async function createCase({ db, actor, input }: { db: Database; actor: Actor; input: CaseInput }) {
  const id = await db.transaction(async (tx) => {
    await checkPair(tx, input.leaderSkolverketId, input.leaderSpsmId);
    await checkGroup(tx, input.organiserIds);
    const row = await insertDialogue(tx, {
      roundId: input.roundId, officeCode: input.officeCode, leaderSkolverketId: input.leaderSkolverketId, leaderSpsmId: input.leaderSpsmId,
      schoolForms: input.schoolForms, answerDeadline: input.answerDeadline,
    });
    const unique = [...new Set(input.organiserIds)];
    await insertDialogueOrganisers(tx, unique.map((organiserId, i) => ({ dialogueId: row.id, organiserId, primary: i === 0 })));
    await audit(tx, actor, unique.map((organiserId) => ({
      event: 'dialogue.created' as const, entityType: 'dialogue', entityId: row.id, organiserId, details: { organisers: unique.length },
    })));
    return row.id;
  }).catch((error: unknown) => {
    if (error instanceof DomainError) throw error;
    // A foreign key refused an organiser or round that does not exist.
    if (String((error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code) === '23503') {
      throw validation([{ path: 'organiserIds', field: 'organiserIds', message: 'En av huvudmännen eller omgången finns inte.' }]);
    }
    throw error;
  });
  return getCase({ db, actor, id });
}

export interface CaseChanges {
  leaderSkolverketId?: string | null | undefined;
  leaderSpsmId?: string | null | undefined;
  schoolForms?: SchoolForm[] | undefined;
  focusQuestion?: string | null | undefined;
  purpose?: string | null | undefined;
  answerDeadline?: string | null | undefined;
  followUpWanted?: boolean | undefined;
}

export async function updateCase({ db, actor, id, version, changes }: { db: Database; actor: Actor; id: string; version: number; changes: CaseChanges }) {
  await db.transaction(async (tx) => {
    const current = await findDialogue(tx, id, organiserScope(actor));
    if (!current) throw notFound('Dialogen');
    if (current.version !== version) throw versionConflict('Dialogen');
    if (['declined', 'closed', 'withdrawn'].includes(current.state)) {
      throw new DomainError('conflict', 'Dialogen är avslutad och kan inte ändras.', 'final state');
    }
    const sv = changes.leaderSkolverketId !== undefined ? changes.leaderSkolverketId : current.leaderSkolverketId;
    const spsm = changes.leaderSpsmId !== undefined ? changes.leaderSpsmId : current.leaderSpsmId;
    await checkPair(tx, sv, spsm);
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const updated = await updateDialogueIfVersion(tx, id, version, set);
    if (!updated) throw versionConflict('Dialogen');
    const members = await organisersOf(tx, id);
    await audit(tx, actor, members.map((m) => ({
      event: 'dialogue.updated' as const, entityType: 'dialogue', entityId: id, organiserId: m.id, details: { fields: Object.keys(set) },
    })));
  });
  return getCase({ db, actor, id });
}

export interface StepInput {
  declineReason?: DeclineReason | undefined;
  note?: string | undefined;
}

/**
 * Takes one step of a case inside the caller's transaction: checks the guards, changes the state,
 * records the transition, mails the invitation, and audits. Opening a round calls it for every case of
 * the round in one transaction; `version` null skips the If-Match check (the round has read the case).
 */
export async function takeStep(tx: Tx, { actor, current, version, event, input = {}, now, publicUrl }: {
  /** A person, or the system for a step taken by a rule (no answer by the deadline). */
  actor: AuditActor; current: DialogueRow; version: number | null; event: DialogueEvent; input?: StepInput; now: Date;
  /** Where the web client is, for the links in e-mails. */
  publicUrl: string;
}): Promise<void> {
  if (version !== null && current.version !== version) throw versionConflict('Dialogen');
  const [members, meetingRows] = await Promise.all([organisersOf(tx, current.id), meetingsOf(tx, current.id)]);
  const facts = await factsOf(tx, current, members, meetingRows, swedishToday(now), now);
  const problems = guardProblems(facts, event, { declineReason: input.declineReason, withdrawReason: input.note });
  if (problems.length > 0) {
    throw new DomainError('conflict', problems.join(' '), `guard refused ${event}`, problems.map((message) => ({ path: 'event', field: 'event', message })));
  }
  const to = TRANSITIONS[event].to;
  const set: Parameters<typeof updateDialogueIfVersion>[3] = { state: to };
  if (event === 'invite') set.invitedAt = now;
  if (event === 'accept' || event === 'decline') set.answeredAt = now;
  if (event === 'decline') Object.assign(set, { declineReason: input.declineReason, declineNote: input.note ?? null });
  if (event === 'record_no_answer') set.declineReason = 'no_answer';
  if (event === 'withdraw') set.declineNote = input.note ?? null;
  // The follow-up about six months after feedback is proposed at once; the organiser may decline it.
  if (event === 'hold_feedback') set.followUpWanted = true;
  if (event === 'close' || event === 'withdraw') set.closedAt = now;
  const updated = await updateDialogueIfVersion(tx, current.id, current.version, set);
  if (!updated) throw versionConflict('Dialogen');
  const heldKind = HELD_MEETING[event];
  if (heldKind) await markMeetingsHeld(tx, current.id, heldKind, now);
  await insertTransition(tx, { dialogueId: current.id, event, fromState: current.state, toState: to, at: now, actorId: 'userId' in actor ? actor.userId : null });
  if (event === 'decline' && input.declineReason === 'organiser_ceased') {
    for (const m of members) await markOrganiserCeased(tx, actor, m.id, 'Svar på inbjudan till kvalitetsdialog');
  }
  if (event === 'invite') await mailInvitation(tx, { dialogue: updated, members, publicUrl, today: swedishToday(now) });
  await audit(tx, actor, members.map((m) => ({
    event: 'dialogue.event' as const, entityType: 'dialogue', entityId: current.id, organiserId: m.id,
    details: { event, from: current.state, to, ...(input.declineReason ? { declineReason: input.declineReason } : {}) },
  })));
}

export async function applyEvent({ db, actor, id, version, event, declineReason, note, publicUrl, now = new Date() }: {
  db: Database; actor: Actor; id: string; version: number; event: DialogueEvent; publicUrl: string;
  declineReason?: DeclineReason | undefined; note?: string | undefined; now?: Date;
}) {
  if (actor.role === 'organiser_rep' && !ORGANISER_EVENTS.includes(event)) {
    throw new DomainError('forbidden', 'Som huvudman kan du tacka ja eller nej till dialogen; övriga steg tas av dialogutförarna.', 'organiser event');
  }
  await db.transaction(async (tx) => {
    const current = await findDialogue(tx, id, organiserScope(actor));
    if (!current) throw notFound('Dialogen');
    await takeStep(tx, { actor, current, version, event, input: { declineReason, note }, now, publicUrl });
  });
  return getCase({ db, actor, id, now });
}

/** Reminds the organisers of an invitation not yet answered; says how many contact persons were mailed. */
export async function sendReminder({ db, actor, id, publicUrl, now = new Date() }: { db: Database; actor: Actor; id: string; publicUrl: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const current = await findDialogue(tx, id, organiserScope(actor));
    if (!current) throw notFound('Dialogen');
    if (current.state !== 'invited') throw new DomainError('conflict', 'Påminnelser skickas bara om inbjudningar som inte är besvarade.', `remind in ${current.state}`);
    const members = await organisersOf(tx, id);
    const sent = await mailInvitation(tx, { dialogue: current, members, publicUrl, today: swedishToday(now), reminder: now });
    if (sent === 0) throw new DomainError('conflict', 'Ingen av huvudmännen har en kontaktperson med e-postadress. Lägg till en i registret först.', 'no contacts');
    await audit(tx, actor, members.map((m) => ({ event: 'dialogue.reminder_sent' as const, entityType: 'dialogue', entityId: id, organiserId: m.id, details: { sent } })));
    return { sent };
  });
}
