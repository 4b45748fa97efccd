/**
 * The dialogue case's lifecycle as one explicit state machine. Each event names the states it may
 * leave and the state it leads to; guards state what else must be true, in Swedish, so that a refused
 * step says why. Pure: the use cases gather the facts and apply the result.
 */
import type { DeclineReason, DialogueState, MeetingKind } from '../../../shared/dialogues.ts';

export const DIALOGUE_EVENTS = [
  'invite', 'accept', 'decline', 'record_no_answer', 'withdraw',
  'hold_intro', 'hold_pre_meeting', 'hold_physical', 'hold_feedback', 'hold_follow_up', 'close',
] as const;
export type DialogueEvent = (typeof DIALOGUE_EVENTS)[number];

export const TRANSITIONS: Record<DialogueEvent, { from: readonly DialogueState[]; to: DialogueState }> = {
  invite: { from: ['planned'], to: 'invited' },
  accept: { from: ['invited', 'no_answer'], to: 'accepted' },
  decline: { from: ['invited', 'no_answer'], to: 'declined' },
  record_no_answer: { from: ['invited'], to: 'no_answer' },
  withdraw: { from: ['planned', 'invited', 'accepted'], to: 'withdrawn' },
  hold_intro: { from: ['accepted'], to: 'intro_held' },
  hold_pre_meeting: { from: ['intro_held'], to: 'pre_meeting_held' },
  hold_physical: { from: ['pre_meeting_held'], to: 'physical_held' },
  hold_feedback: { from: ['physical_held'], to: 'feedback_held' },
  hold_follow_up: { from: ['feedback_held'], to: 'follow_up_held' },
  close: { from: ['feedback_held', 'follow_up_held'], to: 'closed' },
};

/** What the guards look at; gathered by the use case from the case, its meetings, notes and holds. */
export interface DialogueFacts {
  state: DialogueState;
  today: string;
  leaderSkolverket: boolean;
  leaderSpsm: boolean;
  organisers: number;
  /** Holds in force today, by reason (for the message). */
  activeHolds: readonly string[];
  answerDeadline: string | null;
  focusQuestion: string | null;
  purpose: string | null;
  /** Meetings of each kind for this dialogue: planned and already started (so they can be marked held). */
  startedMeetings: readonly string[];
  notesAgreedOrRegistered: boolean;
  notesRegistered: boolean;
  followUpWanted: boolean | null;
}

export interface EventInput {
  declineReason?: DeclineReason | null | undefined;
  withdrawReason?: string | null | undefined;
}

const STATE_WORDS: Record<DialogueState, string> = {
  planned: 'planerad', invited: 'inbjuden', declined: 'avböjd', no_answer: 'utan svar', accepted: 'accepterad',
  intro_held: 'efter introduktionsmötet', pre_meeting_held: 'efter förmötet', physical_held: 'efter dialogen på plats',
  feedback_held: 'efter återkopplingsmötet', follow_up_held: 'efter uppföljningsmötet', closed: 'avslutad', withdrawn: 'återkallad',
};

const EVENT_WORDS: Record<DialogueEvent, string> = {
  invite: 'bjuda in', accept: 'registrera ett ja', decline: 'registrera ett nej', record_no_answer: 'registrera uteblivet svar',
  withdraw: 'återkalla dialogen', hold_intro: 'markera introduktionsmötet som hållet', hold_pre_meeting: 'markera förmötet som hållet',
  hold_physical: 'markera dialogen på plats som hållen', hold_feedback: 'markera återkopplingsmötet som hållet',
  hold_follow_up: 'markera uppföljningsmötet som hållet', close: 'avsluta dialogen',
};

const MEETING_OF: Partial<Record<DialogueEvent, { kind: MeetingKind; words: string }>> = {
  hold_intro: { kind: 'intro', words: 'introduktionsmöte' },
  hold_pre_meeting: { kind: 'pre_meeting', words: 'förmöte' },
  hold_physical: { kind: 'physical', words: 'dialog på plats' },
  hold_feedback: { kind: 'feedback', words: 'återkopplingsmöte' },
  hold_follow_up: { kind: 'follow_up', words: 'uppföljningsmöte' },
};

/** The meeting a step marks as held. */
export const HELD_MEETING: Partial<Record<DialogueEvent, MeetingKind>> = Object.fromEntries(
  Object.entries(MEETING_OF).map(([event, meeting]) => [event, meeting.kind]),
);

/** Every reason the event cannot happen now; empty when it can. */
export function guardProblems(facts: DialogueFacts, event: DialogueEvent, input: EventInput = {}): string[] {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(facts.state)) {
    return [`Det går inte att ${EVENT_WORDS[event]} när dialogen är ${STATE_WORDS[facts.state]}.`];
  }
  const problems: string[] = [];
  const meeting = MEETING_OF[event];
  if (meeting && !facts.startedMeetings.includes(meeting.kind)) {
    problems.push(`Det finns inget ${meeting.words} som har börjat. Boka mötet först; det kan markeras som hållet när det har börjat.`);
  }
  switch (event) {
    case 'invite':
      if (!facts.leaderSkolverket || !facts.leaderSpsm) problems.push('Dialogen behöver en dialogutförare från Skolverket och en från SPSM innan inbjudan skickas.');
      if (facts.organisers === 0) problems.push('Dialogen har ingen huvudman.');
      if (!facts.answerDeadline) problems.push('Ange sista dag för svar.');
      else if (facts.answerDeadline < facts.today) problems.push(`Sista dag för svar (${facts.answerDeadline}) har redan passerat.`);
      for (const hold of facts.activeHolds) problems.push(`Huvudmannen ska inte bjudas in just nu: ${hold}.`);
      break;
    case 'decline':
      if (!input.declineReason) problems.push('Ange skälet till att huvudmannen tackar nej.');
      else if (input.declineReason === 'no_answer') problems.push('Uteblivet svar registreras med "Inget svar", inte som ett nej.');
      break;
    case 'record_no_answer':
      if (facts.answerDeadline && facts.answerDeadline >= facts.today) problems.push(`Sista dag för svar (${facts.answerDeadline}) har inte passerat än.`);
      break;
    case 'withdraw':
      if (!input.withdrawReason?.trim()) problems.push('Ange varför dialogen återkallas.');
      break;
    case 'hold_physical':
      if (!facts.focusQuestion?.trim() || !facts.purpose?.trim()) problems.push('Fokusfråga och syfte ska vara överenskomna före dialogen på plats.');
      break;
    case 'hold_follow_up':
      if (facts.followUpWanted === false) problems.push('Huvudmannen har avböjt uppföljningsmötet.');
      break;
    case 'close':
      if (!facts.notesRegistered) problems.push('Minnesanteckningarna ska vara överenskomna och diarieförda innan dialogen avslutas.');
      if (facts.state === 'feedback_held' && facts.followUpWanted !== false && facts.followUpWanted !== null) {
        problems.push('Ett uppföljningsmöte är planerat. Håll det, eller registrera att huvudmannen avböjer det, innan dialogen avslutas.');
      }
      break;
    default:
      break;
  }
  return problems;
}

/** The events that could happen now (for the case page's buttons); the server checks again on use. */
export const possibleEvents = (facts: DialogueFacts): DialogueEvent[] =>
  DIALOGUE_EVENTS.filter((event) => TRANSITIONS[event].from.includes(facts.state));
