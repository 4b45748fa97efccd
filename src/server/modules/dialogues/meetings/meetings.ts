/**
 * Booking, moving and cancelling a dialogue's meetings. Each checks the scheduling rules (working
 * days, hours, place or link, the pair's other meetings), keeps the meeting's calendar identity (UID
 * stays, SEQUENCE rises on every change) and sends the participants their calendar invitation or
 * cancellation through the outbox in the same transaction.
 */
import { MEETING_KIND_LABELS, type DialogueState, type MeetingKind } from '../../../../shared/dialogues.ts';
import type { Database, Queryable, Tx } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { checkMeeting, type LeaderMeeting } from '../calendar/meeting-rules.ts';
import { findDialogue, organisersOf, usersByIds, type DialogueRow } from '../repository.ts';
import { mailMeeting, type MailParticipant } from './meeting-mail.ts';
import {
  casesOfMeeting, findMeeting, insertMeeting, insertParticipants, leaderMeetingsBetween, linkMeeting, participantsOf, updateMeetingIfVersion, type MeetingRow,
} from './repository.ts';

/** Meetings are booked once the organiser has said yes, until the case is finished. */
export const BOOKABLE: readonly DialogueState[] = ['accepted', 'intro_held', 'pre_meeting_held', 'physical_held', 'feedback_held', 'follow_up_held'];
const DAY = 24 * 3600 * 1000;

export interface MeetingInput {
  kind: MeetingKind;
  start: string;
  end: string;
  place: string | null;
  videoUrl: string | null;
  participants: { name: string; email: string | null; title: string | null }[];
}

export async function reachableCase(db: Queryable, actor: Actor, dialogueId: string): Promise<DialogueRow> {
  const dialogue = await findDialogue(db, dialogueId, organiserScope(actor));
  if (!dialogue) throw notFound('Dialogen');
  return dialogue;
}

type Pair = Pick<DialogueRow, 'leaderSkolverketId' | 'leaderSpsmId'>;
const leaderIdsOf = (...pairs: Pair[]) => [...new Set(pairs.flatMap((d) => [d.leaderSkolverketId, d.leaderSpsmId]))].filter((x): x is string => x !== null);

/** The other meetings of these pairs around the proposed time, named for the message. */
export async function pairMeetings(tx: Tx, pairs: Pair | Pair[], start: string, end: string): Promise<LeaderMeeting[]> {
  const from = new Date(start);
  const to = new Date(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return [];
  const rows = await leaderMeetingsBetween(tx, leaderIdsOf(...[pairs].flat()), new Date(from.getTime() - DAY), new Date(to.getTime() + DAY));
  return rows.map(({ meeting: m, organiserName }) => ({
    id: m.id, start: m.startsAt.toISOString(), end: m.endsAt.toISOString(), label: `${MEETING_KIND_LABELS[m.kind].sv.toLowerCase()} med ${organiserName}`,
  }));
}

/** The leader who sends the invitation: the caller when they lead the case, else Skolverket's leader. */
export async function pairPeople(tx: Tx, dialogue: DialogueRow, actor: Actor) {
  const leaders = await usersByIds(tx, leaderIdsOf(dialogue));
  const sender = leaders.find((l) => l.id === actor.userId) ?? leaders.find((l) => l.id === dialogue.leaderSkolverketId) ?? leaders[0];
  if (!sender?.email) throw new DomainError('conflict', 'Dialogen behöver sina två dialogutförare innan möten bokas.', 'no leaders');
  return { leaders, organizer: { name: sender.name, email: sender.email } };
}

async function mailAll(tx: Tx, change: 'booked' | 'moved' | 'cancelled', meeting: MeetingRow, dialogue: DialogueRow, actor: Actor, publicUrl: string, reason: string | null = null) {
  const [members, people, { organizer }, cases] = await Promise.all([
    organisersOf(tx, dialogue.id), participantsOf(tx, [meeting.id]), pairPeople(tx, dialogue, actor), casesOfMeeting(tx, meeting.id),
  ]);
  // A shared introduction names every organiser taking part.
  const everyone = cases.length > 1 ? (await Promise.all(cases.map((c) => organisersOf(tx, c.id)))).flat() : members;
  const participants: MailParticipant[] = people.map((p) => ({ name: p.name, email: p.email, title: p.title }));
  await mailMeeting(tx, {
    change, meeting, dialogueId: dialogue.id, organisers: everyone.map((m) => m.name), participants, organizer, publicUrl, reason,
    organiserId: members[0]?.id ?? null,
  });
  await audit(tx, actor, members.map((m) => ({
    event: change === 'booked' ? 'dialogue.meeting_booked' as const : change === 'moved' ? 'dialogue.meeting_changed' as const : 'dialogue.meeting_cancelled' as const,
    entityType: 'dialogue', entityId: dialogue.id, organiserId: m.id,
    details: { meeting: meeting.id, kind: meeting.kind, start: meeting.startsAt.toISOString(), sequence: meeting.icalSequence },
  })));
}

export async function bookMeeting({ db, actor, dialogueId, input, publicUrl, now = new Date() }: {
  db: Database; actor: Actor; dialogueId: string; input: MeetingInput; publicUrl: string; now?: Date;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const dialogue = await reachableCase(tx, actor, dialogueId);
    if (!BOOKABLE.includes(dialogue.state)) {
      throw new DomainError('conflict', 'Möten bokas när huvudmannen har tackat ja till dialogen och tills den är avslutad.', `cannot book in ${dialogue.state}`);
    }
    if (input.kind === 'follow_up' && dialogue.followUpWanted === false) {
      throw new DomainError('conflict', 'Huvudmannen har avböjt uppföljningsmötet.', 'follow-up declined');
    }
    const problems = checkMeeting({ meeting: { kind: input.kind, start: input.start, end: input.end, place: input.place, videoUrl: input.videoUrl }, now, leaderMeetings: await pairMeetings(tx, dialogue, input.start, input.end) });
    if (problems.length > 0) throw validation(problems);
    const { leaders } = await pairPeople(tx, dialogue, actor);
    const id = crypto.randomUUID();
    const meeting = await insertMeeting(tx, {
      id, kind: input.kind, startsAt: new Date(input.start), endsAt: new Date(input.end), place: input.place, videoUrl: input.videoUrl,
      icalUid: `meeting-${id}@kvalitetsnav`, icalSequence: 0, createdBy: actor.userId ?? null,
    });
    await linkMeeting(tx, meeting.id, [dialogue.id]);
    await insertParticipants(tx, [
      ...leaders.map((l) => ({
        meetingId: meeting.id, role: l.id === dialogue.leaderSpsmId ? 'leader_spsm' as const : 'leader_skolverket' as const,
        name: l.name, email: l.email, title: l.id === dialogue.leaderSpsmId ? 'Dialogutförare, SPSM' : 'Dialogutförare, Skolverket', userId: l.id,
      })),
      ...input.participants.map((p) => ({ meetingId: meeting.id, role: 'organiser' as const, name: p.name, email: p.email, title: p.title })),
    ]);
    await mailAll(tx, 'booked', meeting, dialogue, actor, publicUrl);
  });
}

async function reachableMeeting(tx: Tx, actor: Actor, meetingId: string, version: number, dialogueId?: string) {
  const found = await findMeeting(tx, meetingId, dialogueId);
  if (!found) throw notFound('Mötet');
  const dialogue = await reachableCase(tx, actor, found.dialogueId);
  if (found.meeting.version !== version) throw versionConflict('Mötet');
  if (found.meeting.status !== 'planned') {
    throw new DomainError('conflict', found.meeting.status === 'held' ? 'Mötet är redan hållet och kan inte ändras.' : 'Mötet är inställt.', `meeting ${found.meeting.status}`);
  }
  return { meeting: found.meeting, dialogue };
}

/** `dialogueId`: the case whose page the change comes from (a shared introduction belongs to several). */
export async function moveMeeting({ db, actor, meetingId, dialogueId, version, change, publicUrl, now = new Date() }: {
  db: Database; actor: Actor; meetingId: string; dialogueId?: string | undefined; version: number; publicUrl: string; now?: Date;
  change: { start: string; end: string; place: string | null; videoUrl: string | null };
}): Promise<string> {
  return db.transaction(async (tx) => {
    const { meeting, dialogue } = await reachableMeeting(tx, actor, meetingId, version, dialogueId);
    // Every pair taking part must be free at the new time.
    const pairs = await casesOfMeeting(tx, meeting.id);
    const problems = checkMeeting({ meeting: { id: meeting.id, kind: meeting.kind, ...change }, now, leaderMeetings: await pairMeetings(tx, pairs, change.start, change.end) });
    if (problems.length > 0) throw validation(problems);
    const updated = await updateMeetingIfVersion(tx, meeting.id, version, {
      startsAt: new Date(change.start), endsAt: new Date(change.end), place: change.place, videoUrl: change.videoUrl, icalSequence: meeting.icalSequence + 1,
    });
    if (!updated) throw versionConflict('Mötet');
    await mailAll(tx, 'moved', updated, dialogue, actor, publicUrl);
    return dialogue.id;
  });
}

export async function cancelMeeting({ db, actor, meetingId, dialogueId, version, reason, publicUrl }: {
  db: Database; actor: Actor; meetingId: string; dialogueId?: string | undefined; version: number; reason: string | null; publicUrl: string;
}): Promise<string> {
  return db.transaction(async (tx) => {
    const { meeting, dialogue } = await reachableMeeting(tx, actor, meetingId, version, dialogueId);
    const updated = await updateMeetingIfVersion(tx, meeting.id, version, { status: 'cancelled', icalSequence: meeting.icalSequence + 1 });
    if (!updated) throw versionConflict('Mötet');
    await mailAll(tx, 'cancelled', updated, dialogue, actor, publicUrl, reason);
    return dialogue.id;
  });
}
