/**
 * The leader's week: one ISO week's meetings day by day (Monday to Sunday, Swedish time), and, as of
 * today, the notes that wait for the organiser's approval, the invitations whose answer is overdue
 * (still invited, or set to "no answer" by the deadline watch within the last UNANSWERED_SHOWN_DAYS)
 * and what to prepare (meetings of the next 14 days and what each still needs; notes to draft after
 * an on-site dialogue; the follow-up about six months after feedback to book).
 *
 * Whose cases: a leader sees the cases where they sit in the pair. A coordinator sees the cases of
 * their office (users.office_code), since coordinators plan and watch an office's work; a coordinator
 * without an office is a national one and sees every office.
 */
import {
  datesOfWeek, isoWeekOf, leaderWeek as leaderWeekSchema, shiftWeek, type LeaderWeek, type WeekMeeting, type WeekNeed,
} from '../../../../shared/api/dialogue-week.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { DomainError } from '../../../platform/errors.ts';
import { holidayName } from '../calendar/holidays.ts';
import { followUpDueOn } from '../cases.ts';
import { addDays } from '../planning/dates.ts';
import { daysBetween, stockholmDate, stockholmMinuteOfDay } from '../calendar/swedish-time.ts';
import { AnswerMemo } from '../../../platform/db/answer-memo.ts';
import { meetingsInWindows, officeOf, openCases, type MeetingRow, type OpenCaseRow, type WeekScope } from './repository.ts';

const PREPARE_DAYS = 14;
/** How long a case left without an answer stays among the overdue answers, for the pair to follow up. */
const UNANSWERED_SHOWN_DAYS = 30;
/** The follow-up (due about six months after the feedback meeting) shows this long before, to be booked in time. */
const FOLLOW_UP_SHOW_DAYS_BEFORE = 60;
const DAY_MS = 86_400_000;
/** How long another instance's changes may take to show (this process's own commits show at once; see platform/db/answer-memo.ts). */
const REMEMBER_MS = 5_000;

/** The instant of midnight at the start of a Swedish calendar date (never in the spring gap, which is at 02.00). */
export function stockholmMidnight(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (stockholmDate(candidate) === date && stockholmMinuteOfDay(candidate) === 0) return candidate;
  }
  throw new RangeError(`no Swedish midnight on ${date}`);
}

const iso = (value: string | null): string | null => (value === null ? null : new Date(value).toISOString());

async function scopeOf(db: Database, actor: Actor): Promise<WeekScope> {
  if (actor.role === 'leader_skolverket' || actor.role === 'leader_spsm') return { kind: 'leader', userId: actor.userId };
  if (actor.role === 'coordinator') return { kind: 'office', officeCode: await db.read((q) => officeOf(q, actor.userId)) };
  // The route admits only leaders and coordinators; anyone else reaching here is a programming error.
  throw new DomainError('forbidden', 'Veckoöversikten är till för dialogutförare och samordnare.', `leader week for ${actor.role}`);
}

/** Rows of one meeting (one per dialogue it serves) → the meeting as the week shows it. */
function meetingOf(rows: MeetingRow[], viewer: WeekScope): WeekMeeting {
  const first = rows[0]!;
  const skolverket = first.sv_id ? { id: first.sv_id, name: first.sv_name ?? '' } : null;
  const spsm = first.spsm_id ? { id: first.spsm_id, name: first.spsm_name ?? '' } : null;
  let otherLeader = null;
  if (viewer.kind === 'leader') otherLeader = skolverket?.id === viewer.userId ? spsm : skolverket;
  return {
    id: first.id, kind: first.kind, startsAt: new Date(first.starts_at).toISOString(), endsAt: new Date(first.ends_at).toISOString(),
    status: first.status, place: first.place, videoUrl: first.video_url,
    dialogues: rows.map((r) => ({ id: r.dialogue_id, state: r.state, organisers: r.organisers })),
    pair: { skolverket, spsm }, otherLeader,
  };
}

function groupMeetings(rows: MeetingRow[], viewer: WeekScope): { meeting: WeekMeeting; rows: MeetingRow[] }[] {
  const byId = new Map<string, MeetingRow[]>();
  for (const row of rows) {
    const list = byId.get(row.id);
    if (list) list.push(row);
    else byId.set(row.id, [row]);
  }
  return [...byId.values()].map((list) => ({ meeting: meetingOf(list, viewer), rows: list }));
}

/** What a coming meeting still needs, from the facts of its dialogues. */
function needsOf(kind: WeekMeeting['kind'], rows: MeetingRow[]): WeekNeed[] {
  const needs: WeekNeed[] = [];
  const focusMissing = rows.some((r) => r.focus_missing);
  // The focus question and purpose are agreed at the pre-meeting, and must be in place before the on-site dialogue.
  if ((kind === 'pre_meeting' || kind === 'physical') && focusMissing) needs.push('focus_question');
  if (kind === 'physical') needs.push('analysis_basis');
  if (kind === 'feedback' && rows.some((r) => !r.observation_done)) needs.push('observation_form');
  return needs;
}

function tasksOf(cases: OpenCaseRow[], today: string): LeaderWeek['prepare']['tasks'] {
  const tasks: LeaderWeek['prepare']['tasks'] = [];
  for (const c of cases) {
    const dialogue = { id: c.id, state: c.state, organisers: c.organisers };
    if (c.physical_at !== null && c.notes_id === null) {
      tasks.push({ kind: 'draft_notes', dialogue, date: stockholmDate(new Date(c.physical_at)) });
    }
    if (c.state === 'feedback_held' && c.follow_up_wanted === true && !c.follow_up_booked && c.feedback_at !== null) {
      const due = followUpDueOn(new Date(c.feedback_at));
      if (daysBetween(today, due) <= FOLLOW_UP_SHOW_DAYS_BEFORE) tasks.push({ kind: 'book_follow_up', dialogue, date: due });
    }
  }
  return tasks.sort((a, b) => a.date.localeCompare(b.date) || a.dialogue.id.localeCompare(b.dialogue.id));
}

export async function leaderWeek({ db, actor, week, now = new Date() }: {
  db: Database; actor: Actor; week?: string | undefined; now?: Date;
}): Promise<LeaderWeek> {
  const today = stockholmDate(now);
  const shown = week ?? isoWeekOf(today);
  const dates = datesOfWeek(shown);
  const scope = await scopeOf(db, actor);
  const weekWindow = { from: stockholmMidnight(dates[0]!), to: stockholmMidnight(datesOfWeek(shiftWeek(shown, 1))[0]!) };
  const prepareWindow = { from: now, to: new Date(now.getTime() + PREPARE_DAYS * DAY_MS) };

  const [meetingRows, cases] = await db.read((q) => Promise.all([meetingsInWindows(q, scope, [weekWindow, prepareWindow]), openCases(q, scope, now, addDays(today, -UNANSWERED_SHOWN_DAYS))]));
  const meetings = groupMeetings(meetingRows, scope);
  const inWindow = (m: WeekMeeting, w: { from: Date; to: Date }) => {
    const start = Date.parse(m.startsAt);
    return start >= w.from.getTime() && start < w.to.getTime();
  };

  const days = dates.map((date, i) => ({
    date, weekday: i + 1, holiday: holidayName(date),
    meetings: meetings.filter(({ meeting }) => inWindow(meeting, weekWindow) && stockholmDate(new Date(meeting.startsAt)) === date).map(({ meeting }) => meeting),
  }));

  return {
    week: shown, previousWeek: shiftWeek(shown, -1), nextWeek: shiftWeek(shown, 1), today,
    scope: scope.kind === 'leader' ? { kind: 'leader' } : { kind: 'office', officeCode: scope.officeCode },
    days,
    notesAwaitingApproval: cases
      .filter((c) => c.notes_status === 'sent' || c.notes_status === 'commented')
      .map((c) => ({
        dialogue: { id: c.id, state: c.state, organisers: c.organisers }, notesId: c.notes_id!, versionNo: c.notes_version!,
        status: c.notes_status as 'sent' | 'commented', sentAt: iso(c.notes_sent_at),
        daysSinceSent: c.notes_sent_at === null ? null : daysBetween(stockholmDate(new Date(c.notes_sent_at)), today),
      }))
      .sort((a, b) => (b.daysSinceSent ?? 0) - (a.daysSinceSent ?? 0) || a.dialogue.id.localeCompare(b.dialogue.id)),
    overdueAnswers: cases
      .filter((c) => (c.state === 'invited' || c.state === 'no_answer') && c.answer_deadline !== null && c.answer_deadline < today)
      .map((c) => ({
        dialogue: { id: c.id, state: c.state, organisers: c.organisers }, invitedAt: iso(c.invited_at), answerDeadline: c.answer_deadline!,
        daysOverdue: daysBetween(c.answer_deadline!, today),
      }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.dialogue.id.localeCompare(b.dialogue.id)),
    prepare: {
      meetings: meetings
        .filter(({ meeting }) => meeting.status === 'planned' && inWindow(meeting, prepareWindow))
        .map(({ meeting, rows }) => ({ meeting, needs: needsOf(meeting.kind, rows) })),
      tasks: tasksOf(cases, today),
    },
  };
}

/**
 * The leader's week for the routes, as JSON text: answers are remembered per person, week and day
 * for a few seconds and forgotten at every commit of this process (platform/db/answer-memo.ts), so that the page stays
 * fast when many keep it open. Each answer is checked against the response schema once, when it is
 * computed, and remembered as text, so that a remembered answer costs no schema check or
 * serialisation per request.
 */
export function rememberedLeaderWeek(db: Database): (options: { actor: Actor; week?: string | undefined }) => Promise<string> {
  const memo = new AnswerMemo<string>(db, { ttlMs: REMEMBER_MS, maxEntries: 2000 });
  return ({ actor, week }) => {
    const now = new Date();
    const today = stockholmDate(now);
    const shown = week ?? isoWeekOf(today);
    return memo.get(`${actor.userId}|${actor.role}|${shown}|${today}`, async () =>
      JSON.stringify(leaderWeekSchema.parse(await leaderWeek({ db, actor, week: shown, now }))));
  };
}
