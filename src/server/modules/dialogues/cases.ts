/**
 * Use cases of the dialogue case: list and read within the caller's reach, create a case with its
 * pair, change it (If-Match), and take a step of the lifecycle through the state machine's guards.
 */
import type { DialogueDetail } from '../../../shared/api/dialogues.ts';
import type { DeclineReason, DialogueState } from '../../../shared/dialogues.ts';
import type { OfficeCode } from '../../../shared/offices.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../platform/errors.ts';
import { audit } from '../audit/audit.ts';
import { markOrganiserCeased } from '../registry/organisers.ts';
import { checkPair } from './pair.ts';
import {
  activeHolds, findDialogue, insertDialogue, insertDialogueOrganisers, listDialogues, meetingsOf, notesState, organisersOf,
  updateDialogueIfVersion, usersByIds, type DialogueRow,
} from './repository.ts';
import { DIALOGUE_EVENTS, guardProblems, possibleEvents, TRANSITIONS, type DialogueEvent, type DialogueFacts } from './state-machine.ts';

/** Representatives answer the invitation; everything else is the agencies'. */
const ORGANISER_EVENTS: readonly DialogueEvent[] = ['accept', 'decline'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Today's calendar date in Sweden. */
export const swedishToday = (now = new Date()): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

export async function listCases({ db, actor, query }: {
  db: Database; actor: Actor;
  query: { state?: DialogueState | undefined; leader?: string | undefined; roundId?: string | undefined; organiserId?: string | undefined; limit: number; offset: number };
}) {
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

export async function getCase({ db, actor, id, now = new Date() }: { db: Database; actor: Actor; id: string; now?: Date }): Promise<DialogueDetail> {
  return db.read(async (q) => {
    const row = await findDialogue(q, id, organiserScope(actor));
    if (!row) throw notFound('Dialogen');
    const [members, meetingRows, leaders] = await Promise.all([
      organisersOf(q, id), meetingsOf(q, id), usersByIds(q, [row.leaderSkolverketId, row.leaderSpsmId].filter((x): x is string => x !== null)),
    ]);
    const facts = await factsOf(q, row, members, meetingRows, swedishToday(now), now);
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
      meetings: meetingRows.map(({ meeting: m }) => ({
        id: m.id, kind: m.kind, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(), place: m.place, videoUrl: m.videoUrl, status: m.status,
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

export async function createCase({ db, actor, input }: { db: Database; actor: Actor; input: CaseInput }) {
  const id = await db.transaction(async (tx) => {
    await checkPair(tx, input.leaderSkolverketId, input.leaderSpsmId);
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

export async function applyEvent({ db, actor, id, version, event, declineReason, note, now = new Date() }: {
  db: Database; actor: Actor; id: string; version: number; event: DialogueEvent;
  declineReason?: DeclineReason | undefined; note?: string | undefined; now?: Date;
}) {
  if (actor.role === 'organiser_rep' && !ORGANISER_EVENTS.includes(event)) {
    throw new DomainError('forbidden', 'Som huvudman kan du tacka ja eller nej till dialogen; övriga steg tas av dialogutförarna.', 'organiser event');
  }
  await db.transaction(async (tx) => {
    const current = await findDialogue(tx, id, organiserScope(actor));
    if (!current) throw notFound('Dialogen');
    if (current.version !== version) throw versionConflict('Dialogen');
    const [members, meetingRows] = await Promise.all([organisersOf(tx, id), meetingsOf(tx, id)]);
    const facts = await factsOf(tx, current, members, meetingRows, swedishToday(now), now);
    const problems = guardProblems(facts, event, { declineReason, withdrawReason: note });
    if (problems.length > 0) {
      throw new DomainError('conflict', problems.join(' '), `guard refused ${event}`, problems.map((message) => ({ path: 'event', field: 'event', message })));
    }
    const to = TRANSITIONS[event].to;
    const set: Parameters<typeof updateDialogueIfVersion>[3] = { state: to };
    if (event === 'invite') set.invitedAt = now;
    if (event === 'accept' || event === 'decline') set.answeredAt = now;
    if (event === 'decline') Object.assign(set, { declineReason, declineNote: note ?? null });
    if (event === 'record_no_answer') set.declineReason = 'no_answer';
    // The follow-up about six months after feedback is proposed at once; the organiser may decline it.
    if (event === 'hold_feedback') set.followUpWanted = true;
    if (event === 'close' || event === 'withdraw') set.closedAt = now;
    const updated = await updateDialogueIfVersion(tx, id, version, set);
    if (!updated) throw versionConflict('Dialogen');
    if (event === 'decline' && declineReason === 'organiser_ceased') {
      for (const m of members) await markOrganiserCeased(tx, actor, m.id, 'Svar på inbjudan till kvalitetsdialog');
    }
    await audit(tx, actor, members.map((m) => ({
      event: 'dialogue.event' as const, entityType: 'dialogue', entityId: id, organiserId: m.id,
      details: { event, from: current.state, to, ...(declineReason ? { declineReason } : {}) },
    })));
  });
  return getCase({ db, actor, id, now });
}
