/** Every allowed and every forbidden transition of the dialogue state machine, and each guard. */
import { describe, expect, it } from 'vitest';
import { DIALOGUE_STATES, type DialogueState } from '../../../shared/dialogues.ts';
import { DIALOGUE_EVENTS, guardProblems, possibleEvents, TRANSITIONS, type DialogueEvent, type DialogueFacts, type EventInput } from './state-machine.ts';

/** Facts under which every guard is satisfied, so that only the state decides. */
const ready = (state: DialogueState): DialogueFacts => ({
  state,
  today: '2026-11-23',
  leaderSkolverket: true,
  leaderSpsm: true,
  organisers: 1,
  activeHolds: [],
  answerDeadline: state === 'invited' || state === 'no_answer' ? '2026-11-20' : '2026-12-14',
  focusQuestion: 'Hur följer vi upp elevernas kunskapsutveckling?',
  purpose: 'Att stärka det systematiska kvalitetsarbetet.',
  startedMeetings: ['intro', 'pre_meeting', 'physical', 'feedback', 'follow_up'],
  notesAgreedOrRegistered: true,
  notesRegistered: true,
  followUpWanted: null,
});
const INPUT: EventInput = { declineReason: 'lack_of_resources', withdrawReason: 'Planerad tillsyn' };

// The complete table, written out by hand from PRODUCT.md section 3 (not derived from the code under test).
const ALLOWED: Record<DialogueEvent, DialogueState[]> = {
  invite: ['planned'],
  accept: ['invited', 'no_answer'],
  decline: ['invited', 'no_answer'],
  record_no_answer: ['invited'],
  withdraw: ['planned', 'invited', 'accepted'],
  hold_intro: ['accepted'],
  hold_pre_meeting: ['intro_held'],
  hold_physical: ['pre_meeting_held'],
  hold_feedback: ['physical_held'],
  hold_follow_up: ['feedback_held'],
  close: ['feedback_held', 'follow_up_held'],
};

describe('dialogue state machine', () => {
  for (const event of DIALOGUE_EVENTS) {
    for (const state of DIALOGUE_STATES) {
      const allowed = ALLOWED[event].includes(state);
      it(`${event} from ${state} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const facts = ready(state);
        if (event === 'record_no_answer') facts.answerDeadline = '2026-11-20';
        const problems = guardProblems(facts, event, INPUT);
        if (allowed) {
          expect(problems).toEqual([]);
          expect(possibleEvents(facts)).toContain(event);
        } else {
          expect(problems).toHaveLength(1);
          expect(problems[0]).toMatch(/^Det går inte att /);
          expect(possibleEvents(facts)).not.toContain(event);
        }
      });
    }
  }

  it('leads each event to its state', () => {
    expect(Object.fromEntries(DIALOGUE_EVENTS.map((e) => [e, TRANSITIONS[e].to]))).toEqual({
      invite: 'invited', accept: 'accepted', decline: 'declined', record_no_answer: 'no_answer', withdraw: 'withdrawn',
      hold_intro: 'intro_held', hold_pre_meeting: 'pre_meeting_held', hold_physical: 'physical_held', hold_feedback: 'feedback_held',
      hold_follow_up: 'follow_up_held', close: 'closed',
    });
  });

  it('never leaves a final state', () => {
    for (const state of ['declined', 'closed', 'withdrawn'] as const) expect(possibleEvents(ready(state))).toEqual([]);
  });
});

describe('guards', () => {
  const problems = (state: DialogueState, event: DialogueEvent, change: Partial<DialogueFacts>, input: EventInput = INPUT) =>
    guardProblems({ ...ready(state), ...change }, event, input);

  it('invites only with a pair from both agencies, a future deadline and no hold', () => {
    expect(problems('planned', 'invite', { leaderSpsm: false })).toEqual(['Dialogen behöver en dialogutförare från Skolverket och en från SPSM innan inbjudan skickas.']);
    expect(problems('planned', 'invite', { answerDeadline: null })).toEqual(['Ange sista dag för svar.']);
    expect(problems('planned', 'invite', { answerDeadline: '2026-11-01' })[0]).toMatch(/har redan passerat/);
    expect(problems('planned', 'invite', { activeHolds: ['planerad tillsyn 2027-02-01'] })[0]).toMatch(/ska inte bjudas in just nu: planerad tillsyn/);
    expect(problems('planned', 'invite', { organisers: 0 })).toEqual(['Dialogen har ingen huvudman.']);
  });

  it('needs a decline reason, and keeps "no answer" apart from a no', () => {
    expect(problems('invited', 'decline', {}, {})).toEqual(['Ange skälet till att huvudmannen tackar nej.']);
    expect(problems('invited', 'decline', {}, { declineReason: 'no_answer' })[0]).toMatch(/Inget svar/);
  });

  it('records no answer only after the deadline', () => {
    expect(problems('invited', 'record_no_answer', { answerDeadline: '2026-11-23' })[0]).toMatch(/har inte passerat/);
    expect(problems('invited', 'record_no_answer', { answerDeadline: '2026-11-22' })).toEqual([]);
  });

  it('marks a meeting held only once it has started, and the physical dialogue only with focus question and purpose', () => {
    expect(problems('accepted', 'hold_intro', { startedMeetings: [] })[0]).toMatch(/inget introduktionsmöte som har börjat/);
    expect(problems('pre_meeting_held', 'hold_physical', { focusQuestion: ' ' })).toEqual(['Fokusfråga och syfte ska vara överenskomna före dialogen på plats.']);
  });

  it('closes only with registered notes, and not while a follow-up is still wanted', () => {
    expect(problems('feedback_held', 'close', { notesRegistered: false })[0]).toMatch(/diarieförda/);
    expect(problems('feedback_held', 'close', { followUpWanted: true })[0]).toMatch(/uppföljningsmöte är planerat/);
    expect(problems('feedback_held', 'close', { followUpWanted: null })).toEqual([]);
    expect(problems('feedback_held', 'hold_follow_up', { followUpWanted: false })).toEqual(['Huvudmannen har avböjt uppföljningsmötet.']);
  });

  it('needs a reason to withdraw', () => {
    expect(problems('invited', 'withdraw', {}, { withdrawReason: '' })).toEqual(['Ange varför dialogen återkallas.']);
  });
});
