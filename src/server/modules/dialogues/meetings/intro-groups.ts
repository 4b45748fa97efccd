/**
 * The introduction is held digitally for a group of organisers (report-facts: "digital, in a group of
 * several organisers"). A case joins a planned introduction that a case of the same office has
 * booked: the meeting is linked to it, its pair (when they are not there already) and its organiser's
 * participants are added, and only those new participants get the calendar invitation — same UID and
 * SEQUENCE, since the meeting itself has not changed. Holding the introduction on any of the cases
 * marks the shared meeting held; each case takes its own step.
 */
import type { IntroCandidate } from '../../../../shared/api/dialogue-meetings.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { checkMeeting } from '../calendar/meeting-rules.ts';
import { organisersOf } from '../repository.ts';
import { mailMeeting } from './meeting-mail.ts';
import { BOOKABLE, pairMeetings, pairPeople, reachableCase, type MeetingInput } from './meetings.ts';
import { casesOfMeeting, findMeeting, insertParticipants, introMeetingsOfOffice, linkMeeting, participantsOf, plannedMeetingsOfKind } from './repository.ts';

export async function introMeetingsToJoin({ db, actor, dialogueId, now = new Date() }: {
  db: Database; actor: Actor; dialogueId: string; now?: Date;
}): Promise<{ items: IntroCandidate[] }> {
  return db.read(async (q) => {
    const dialogue = await reachableCase(q, actor, dialogueId);
    const rows = await introMeetingsOfOffice(q, dialogue.officeCode, now, dialogue.id);
    return {
      items: rows.map(({ meeting: m, organisers }) => ({
        id: m.id, start: m.startsAt.toISOString(), end: m.endsAt.toISOString(), place: m.place, videoUrl: m.videoUrl, organisers: organisers ?? [],
      })),
    };
  });
}

export async function joinIntroMeeting({ db, actor, dialogueId, meetingId, participants, publicUrl, now = new Date() }: {
  db: Database; actor: Actor; dialogueId: string; meetingId: string; participants: MeetingInput['participants']; publicUrl: string; now?: Date;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const dialogue = await reachableCase(tx, actor, dialogueId);
    if (!BOOKABLE.includes(dialogue.state)) {
      throw new DomainError('conflict', 'Möten bokas när huvudmannen har tackat ja till dialogen och tills den är avslutad.', `cannot join in ${dialogue.state}`);
    }
    const found = await findMeeting(tx, meetingId);
    if (!found || found.meeting.kind !== 'intro') throw notFound('Introduktionsmötet');
    const meeting = found.meeting;
    if (meeting.status !== 'planned') throw new DomainError('conflict', 'Introduktionsmötet är inte längre planerat.', `meeting ${meeting.status}`);
    const cases = await casesOfMeeting(tx, meeting.id);
    if (!cases.some((c) => c.officeCode === dialogue.officeCode)) {
      throw new DomainError('conflict', 'Introduktionsmötet hålls för ett annat kontors huvudmän.', 'intro of another office');
    }
    if ((await plannedMeetingsOfKind(tx, dialogue.id, 'intro')).length > 0) {
      throw new DomainError('conflict', 'Dialogen har redan ett introduktionsmöte. Ställ in det först om huvudmannen ska delta i ett annat.', 'intro exists');
    }
    const times = { start: meeting.startsAt.toISOString(), end: meeting.endsAt.toISOString() };
    const problems = checkMeeting({
      meeting: { id: meeting.id, kind: 'intro', ...times, place: meeting.place, videoUrl: meeting.videoUrl }, now,
      leaderMeetings: await pairMeetings(tx, dialogue, times.start, times.end),
    });
    if (problems.length > 0) throw validation(problems);

    const present = await participantsOf(tx, [meeting.id]);
    const { leaders, organizer } = await pairPeople(tx, dialogue, actor);
    const newLeaders = leaders.filter((l) => !present.some((p) => p.userId === l.id));
    await linkMeeting(tx, meeting.id, [dialogue.id]);
    const added = [
      ...newLeaders.map((l) => ({
        meetingId: meeting.id, role: l.id === dialogue.leaderSpsmId ? 'leader_spsm' as const : 'leader_skolverket' as const,
        name: l.name, email: l.email, title: l.id === dialogue.leaderSpsmId ? 'Dialogutförare, SPSM' : 'Dialogutförare, Skolverket', userId: l.id,
      })),
      ...participants.map((p) => ({ meetingId: meeting.id, role: 'organiser' as const, name: p.name, email: p.email, title: p.title })),
    ];
    await insertParticipants(tx, added);
    const members = await organisersOf(tx, dialogue.id);
    await mailMeeting(tx, {
      change: 'booked', meeting, dialogueId: dialogue.id, organisers: members.map((m) => m.name),
      participants: added.map((p) => ({ name: p.name, email: p.email, title: p.title })), organizer, publicUrl, organiserId: members[0]?.id ?? null,
    });
    await audit(tx, actor, members.map((m) => ({
      event: 'dialogue.meeting_booked' as const, entityType: 'dialogue', entityId: dialogue.id, organiserId: m.id,
      details: { meeting: meeting.id, kind: meeting.kind, start: times.start, sequence: meeting.icalSequence, joined: true },
    })));
  });
}
