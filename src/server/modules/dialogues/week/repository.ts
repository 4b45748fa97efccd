/**
 * Queries of the leader's week. Two round trips answer the whole page: the meetings of the week and
 * of the next 14 days, and the open cases with what is pending on each. The viewer's reach is part of
 * both: a leader's own cases (the indexes on the two leader columns), or a coordinator's office.
 * Instants come back as ISO text (`to_json`), the same from PGlite and from a PostgreSQL server.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DialogueState, MeetingKind } from '../../../../shared/dialogues.ts';
import type { Queryable } from '../../../platform/db/database.ts';

/** Whose cases: a leader's own (either seat of the pair), or an office's (null: every office). */
export type WeekScope = { kind: 'leader'; userId: string } | { kind: 'office'; officeCode: string | null };

function scopeWhere(scope: WeekScope): SQL {
  if (scope.kind === 'leader') return sql`(d.leader_skolverket_id = ${scope.userId} or d.leader_spsm_id = ${scope.userId})`;
  return scope.officeCode === null ? sql`true` : sql`d.office_code = ${scope.officeCode}`;
}

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The organisers of the dialogue `d`, the primary one first, as a JSON array of { id, name }. */
const ORGANISERS = sql`(select coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) order by d_o.is_primary desc, o.name_sort), '[]'::json)
  from dialogue_organisers d_o join organisers o on o.id = d_o.organiser_id where d_o.dialogue_id = d.id)`;

export interface OrganiserRef { id: string; name: string }

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  starts_at: string;
  ends_at: string;
  status: 'planned' | 'held';
  place: string | null;
  video_url: string | null;
  dialogue_id: string;
  state: DialogueState;
  organisers: OrganiserRef[];
  sv_id: string | null;
  sv_name: string | null;
  spsm_id: string | null;
  spsm_name: string | null;
  focus_missing: boolean;
  observation_done: boolean;
}

/**
 * Meetings (not cancelled) of the viewer's dialogues that start in either window, one row per
 * meeting and dialogue (a group intro meeting serves several), in time order.
 */
export async function meetingsInWindows(db: Queryable, scope: WeekScope, windows: readonly { from: Date; to: Date }[]): Promise<MeetingRow[]> {
  const inWindow = sql.join(windows.map((w) => sql`(m.starts_at >= ${w.from.toISOString()}::timestamptz and m.starts_at < ${w.to.toISOString()}::timestamptz)`), sql` or `);
  const result = await db.execute(sql`
    select m.id, m.kind, to_json(m.starts_at) #>> '{}' as starts_at, to_json(m.ends_at) #>> '{}' as ends_at, m.status, m.place, m.video_url,
      d.id as dialogue_id, d.state, ${ORGANISERS} as organisers,
      usv.id as sv_id, usv.name as sv_name, uspsm.id as spsm_id, uspsm.name as spsm_name,
      (d.focus_question is null or d.purpose is null) as focus_missing,
      exists (select 1 from observation_forms f where f.dialogue_id = d.id and f.submitted_at is not null) as observation_done
    from dialogue_meetings m
    join dialogue_meeting_dialogues md on md.meeting_id = m.id
    join dialogues d on d.id = md.dialogue_id
    left join users usv on usv.id = d.leader_skolverket_id
    left join users uspsm on uspsm.id = d.leader_spsm_id
    where m.status <> 'cancelled' and (${inWindow}) and ${scopeWhere(scope)}
    order by m.starts_at, m.id, d.id`);
  return rowsOf<MeetingRow>(result);
}

/** Cases still under way; the final states need nothing more from the leaders. */
const OPEN_STATES: readonly DialogueState[] = [
  'invited', 'accepted', 'intro_held', 'pre_meeting_held', 'physical_held', 'feedback_held', 'follow_up_held',
];

export interface OpenCaseRow {
  id: string;
  state: DialogueState;
  organisers: OrganiserRef[];
  invited_at: string | null;
  answer_deadline: string | null;
  follow_up_wanted: boolean | null;
  notes_id: string | null;
  notes_version: number | null;
  notes_status: 'draft' | 'sent' | 'commented' | 'agreed' | 'registered' | null;
  notes_sent_at: string | null;
  /** The latest on-site dialogue and feedback meeting that has started by `now`. */
  physical_at: string | null;
  feedback_at: string | null;
  follow_up_booked: boolean;
}

/**
 * The viewer's open cases with their latest notes and the meetings that decide what is pending; also
 * the cases left without an answer whose deadline was on or after `unansweredSince` (a late answer is
 * still welcome, so the pair may follow them up).
 */
export async function openCases(db: Queryable, scope: WeekScope, now: Date, unansweredSince: string): Promise<OpenCaseRow[]> {
  const at = now.toISOString();
  const result = await db.execute(sql`
    select d.id, d.state, ${ORGANISERS} as organisers, to_json(d.invited_at) #>> '{}' as invited_at, d.answer_deadline::text as answer_deadline,
      d.follow_up_wanted, n.id as notes_id, n.version_no as notes_version, n.status as notes_status, to_json(n.sent_at) #>> '{}' as notes_sent_at,
      to_json(mm.physical_at) #>> '{}' as physical_at, to_json(mm.feedback_at) #>> '{}' as feedback_at, coalesce(mm.follow_up_booked, false) as follow_up_booked
    from dialogues d
    left join lateral (
      select x.id, x.version_no, x.status, x.sent_at from dialogue_meeting_notes x where x.dialogue_id = d.id order by x.version_no desc limit 1
    ) n on true
    left join lateral (
      select max(m.starts_at) filter (where m.kind = 'physical' and m.starts_at <= ${at}::timestamptz) as physical_at,
        max(m.starts_at) filter (where m.kind = 'feedback' and m.starts_at <= ${at}::timestamptz) as feedback_at,
        bool_or(m.kind = 'follow_up') as follow_up_booked
      from dialogue_meeting_dialogues md join dialogue_meetings m on m.id = md.meeting_id
      where md.dialogue_id = d.id and m.status <> 'cancelled'
    ) mm on true
    where (d.state in (${sql.join(OPEN_STATES.map((s) => sql`${s}`), sql`, `)}) or (d.state = 'no_answer' and d.answer_deadline >= ${unansweredSince}::date))
      and ${scopeWhere(scope)}
    order by d.id`);
  return rowsOf<OpenCaseRow>(result);
}

/** The office a coordinator works at (null when none is set). */
export async function officeOf(db: Queryable, userId: string): Promise<string | null> {
  const [row] = rowsOf<{ office_code: string | null }>(await db.execute(sql`select office_code from users where id = ${userId}`));
  return row?.office_code ?? null;
}
