/**
 * Turns the planned dialogues and meetings into the history as it stands on `today`: only what has
 * happened before today is a fact (transitions, answers, held meetings, notes steps); meetings already
 * booked but later are planned; nothing is said about what has not been decided yet.
 */
import type { DialogueState } from '../../../../shared/dialogues.ts';
import type { DemoContact, DemoOrganiser } from '../../demo/types.ts';
import type { Random } from '../../demo/random.ts';
import type { Aftermath } from './aftermath.ts';
import { addWorkingDays, dateOf, instantAt } from './calendar.ts';
import { DECLINE_NOTES, WITHDRAW_REASONS, notesText } from './content.ts';
import type { Geography } from './population.ts';
import type { PlannedDialogue, PlannedMeeting } from './timeline.ts';
import type {
  DialogueTransition, HistoryDialogue, HistoryEvent, HistoryMeeting, LeaderTeam, MeetingParticipant, StaffMember,
} from './types.ts';
import { groupBy } from './collections.ts';

export interface AssembleInput {
  random: Random;
  today: number;
  dialogues: readonly PlannedDialogue[];
  meetings: readonly PlannedMeeting[];
  aftermath: ReadonlyMap<string, Aftermath>;
  withdrawKinds: ReadonlyMap<string, 'inspection' | 'quality_review'>;
  caseNumbers: ReadonlyMap<string, { skolverket: string; spsm: string }>;
  organisers: ReadonlyMap<string, DemoOrganiser>;
  contacts: ReadonlyMap<string, readonly DemoContact[]>;
  staff: ReadonlyMap<string, StaffMember>;
  teams: ReadonlyMap<string, LeaderTeam>;
  geography: Geography;
}

const meetingEnd = (m: PlannedMeeting): string => instantAt(m.day, m.end);

export function assembleDialogues(input: AssembleInput): HistoryDialogue[] {
  const { today, random } = input;
  const byDialogue = groupBy(input.meetings.flatMap((m) => m.dialogueKeys.map((key) => ({ key, m }))), (x) => x.key);

  return input.dialogues.map((d) => {
    const steps: { day: number; at: string; event: HistoryEvent; to: DialogueState }[] = [];
    const step = (day: number | null, at: string, event: HistoryEvent, to: DialogueState) => {
      if (day !== null) steps.push({ day, at, event, to });
    };
    const answerAt = d.answerDay === null ? null : instantAt(d.answerDay, 8 * 60 + random.int(30, 480));
    step(d.round.invitationDay, instantAt(d.round.invitationDay, 8 * 60), 'invite', 'invited');
    const own = (byDialogue.get(d.key) ?? []).map((x) => x.m);
    const first = (kind: PlannedMeeting['kind']) => own.find((m) => m.kind === kind);
    const after = input.aftermath.get(d.key) ?? null;
    switch (d.outcome.kind) {
      case 'declined': step(d.answerDay, answerAt!, 'decline', 'declined'); break;
      case 'no_answer': {
        const day = addWorkingDays(d.round.deadlineDay + 1, 0);
        step(day, instantAt(day, 7 * 60 + 30), 'record_no_answer', 'no_answer');
        break;
      }
      case 'withdrawn': step(d.withdrawDay, instantAt(d.withdrawDay!, 11 * 60), 'withdraw', 'withdrawn'); break;
      case 'dropped_out':
        step(d.answerDay, answerAt!, 'accept', 'accepted');
        step(d.withdrawDay, instantAt(d.withdrawDay!, 11 * 60), 'withdraw', 'withdrawn');
        break;
      case 'participated': {
        step(d.answerDay, answerAt!, 'accept', 'accepted');
        const kinds = [['intro', 'hold_intro', 'intro_held'], ['pre_meeting', 'hold_pre_meeting', 'pre_meeting_held'],
          ['physical', 'hold_physical', 'physical_held'], ['feedback', 'hold_feedback', 'feedback_held'],
          ['follow_up', 'hold_follow_up', 'follow_up_held']] as const;
        for (const [kind, event, to] of kinds) {
          const m = first(kind);
          if (m) step(m.day, meetingEnd(m), event, to);
        }
        step(after!.closeDay, instantAt(after!.closeDay, 15 * 60), 'close', 'closed');
        break;
      }
    }
    const happened = steps.filter((s) => s.day < today);
    const transitions: DialogueTransition[] = happened.map((s, i) => ({ at: s.at, event: s.event, from: i === 0 ? 'planned' : happened[i - 1]!.to, to: s.to }));
    const state = transitions[transitions.length - 1]?.to ?? 'planned';
    const did = (event: HistoryEvent) => transitions.find((t) => t.event === event) ?? null;
    const answered = did('accept') ?? did('decline');
    const withdrawn = did('withdraw');
    const declined = did('decline') ?? did('record_no_answer') ?? (d.outcome.kind === 'dropped_out' ? withdrawn : null);
    return {
      key: d.key, roundKey: d.round.key, cycleKey: d.round.cycleKey, organiserKey: d.organiser.key, officeCode: d.organiser.officeCode,
      teamKey: d.team.key, leaders: { skolverket: d.team.skolverketKey, spsm: d.team.spsmKey }, schoolForms: d.organiser.schoolForms,
      invitedAt: transitions[0]!.at, answerDeadline: dateOf(d.round.deadlineDay), answeredAt: answered?.at ?? null,
      declineReason: declined ? d.outcome.reason : null,
      declineNote: declined && d.outcome.kind === 'declined' ? DECLINE_NOTES[d.outcome.reason!] : null,
      withdrawReason: withdrawn ? (d.outcome.kind === 'dropped_out' ? WITHDRAW_REASONS.droppedOut : WITHDRAW_REASONS[input.withdrawKinds.get(d.key) ?? 'inspection']) : null,
      focusQuestion: after && d.preDay! < today ? after.focusQuestion : null,
      purpose: after && d.preDay! < today ? after.purpose : null,
      followUpWanted: d.feedbackDay !== null && d.feedbackDay < today ? d.followUpWanted : null,
      closedAt: did('close')?.at ?? null,
      state, transitions,
      notes: after && after.draftDay < today ? notesOf(input, d, after) : null,
    };
  });
}

function notesOf(input: AssembleInput, d: PlannedDialogue, a: Aftermath): HistoryDialogue['notes'] {
  const seen = (day: number | null, minute: number) => (day !== null && day < input.today ? instantAt(day, minute) : null);
  const registeredAt = seen(a.registeredDay, 13 * 60);
  const agreedAt = seen(a.agreedDay, 11 * 60);
  const commentedAt = seen(a.commentDay, 10 * 60);
  const sentAt = seen(a.sentDay, 16 * 60);
  const contact = (input.contacts.get(d.organiser.key) ?? [])[0];
  return {
    status: registeredAt ? 'registered' : agreedAt ? 'agreed' : commentedAt ? 'commented' : sentAt ? 'sent' : 'draft',
    text: notesText({ organiserName: input.organisers.get(d.organiser.key)!.name, date: dateOf(d.physicalDays[0]!), focusQuestion: a.focusQuestion, purpose: a.purpose }),
    draftedAt: instantAt(a.draftDay, 14 * 60), sentAt, commentedAt, organiserComment: commentedAt ? a.comment : null,
    agreedAt, agreedBy: agreedAt ? contact?.name ?? 'Huvudmannens företrädare' : null,
    registeredAt, caseNumbers: registeredAt ? input.caseNumbers.get(d.key) ?? null : null,
  };
}

export function assembleMeetings(input: AssembleInput, dialogues: readonly HistoryDialogue[]): HistoryMeeting[] {
  const accepted = new Set(dialogues.filter((d) => d.transitions.some((t) => t.event === 'accept')).map((d) => d.key));
  const organiserOf = new Map(input.dialogues.map((d) => [d.key, d.organiser]));
  const out: HistoryMeeting[] = [];
  for (const m of input.meetings) {
    if (m.bookedDay >= input.today) continue;
    const dialogueKeys = m.dialogueKeys.filter((k) => accepted.has(k));
    if (dialogueKeys.length === 0) continue;
    const team = input.teams.get(m.teamKey)!;
    const date = dateOf(m.day);
    const participants: MeetingParticipant[] = (['skolverket', 'spsm'] as const).map((agency) => {
      const person = input.staff.get(agency === 'skolverket' ? team.skolverketKey : team.spsmKey)!;
      return { role: `leader_${agency}`, name: person.name, email: person.email, title: 'Dialogutförare', staffKey: person.key, organiserKey: null };
    });
    for (const key of dialogueKeys) {
      const organiser = organiserOf.get(key)!;
      const current = (input.contacts.get(organiser.key) ?? []).filter((c) => c.validFrom <= date && (c.validTo === null || c.validTo >= date));
      for (const c of current.slice(0, dialogueKeys.length > 1 ? 1 : 2)) {
        participants.push({ role: 'organiser', name: c.name, email: c.email, title: c.role, staffKey: null, organiserKey: organiser.key });
      }
    }
    const organiser = organiserOf.get(dialogueKeys[0]!)!;
    const onSite = m.kind === 'physical';
    out.push({
      key: m.key, kind: m.kind, dialogueKeys, teamKey: m.teamKey, date, startsAt: instantAt(m.day, m.start), endsAt: instantAt(m.day, m.end),
      place: onSite ? `${input.organisers.get(organiser.key)!.name}, ${input.geography.municipality(organiser.municipalityCode).shortName}` : null,
      videoUrl: onSite ? null : `https://mote.kvalitetsnav.example/${m.key}`,
      status: m.day < input.today ? 'held' : 'planned', participants,
    });
  }
  return out;
}
