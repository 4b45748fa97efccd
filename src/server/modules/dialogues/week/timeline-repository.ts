/**
 * The query of an organiser's timeline: every state contact from the tables that record it, in one
 * round trip (a UNION ALL, newest first). What each caller may see is decided here, in the query:
 * an agency's internal notes are never read at all; the notes' text and the e-mails' bodies and
 * addresses are not selected; self-assessments appear to the agencies only while the organiser shares
 * them, and to nobody else; the self-assessment invitations the organiser sends its own colleagues
 * show only to the organiser.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/database.ts';

export interface TimelineVisibility {
  /** 'own': the organiser's representative; 'shared': agency staff; 'none': anyone else. */
  selfAssessments: 'own' | 'shared' | 'none';
  /** The organiser's mails to its own colleagues (self-assessment invitations). */
  organiserMail: boolean;
}

export interface TimelineRow {
  id: string;
  at: string;
  date_only: boolean;
  kind: string;
  dialogue_id: string | null;
  payload: Record<string, unknown>;
}

const TRANSITION_KINDS = sql`case t.event when 'invite' then 'dialogue_invited' when 'accept' then 'dialogue_accepted'
  when 'decline' then 'dialogue_declined' when 'record_no_answer' then 'dialogue_no_answer' when 'withdraw' then 'dialogue_withdrawn'
  else 'dialogue_closed' end`;

/** The organiser's entries, newest first, `limit` of them after `offset`. */
export async function timelineRows(db: Queryable, organiserId: string, visibility: TimelineVisibility, limit: number, offset: number): Promise<TimelineRow[]> {
  // Each part needs at most this many of its newest rows for the page asked for.
  const take = offset + limit;
  const parts: SQL[] = [
    sql`(select 't:' || t.id as id, t.at, false as date_only, ${TRANSITION_KINDS} as kind, t.dialogue_id,
        json_build_object('declineReason', case when t.event = 'decline' then d.decline_reason end) as payload
      from dialogue_organisers d_o join dialogue_transitions t on t.dialogue_id = d_o.dialogue_id join dialogues d on d.id = t.dialogue_id
      where d_o.organiser_id = ${organiserId} and t.event in ('invite', 'accept', 'decline', 'record_no_answer', 'withdraw', 'close')
      order by t.at desc limit ${take})`,
    sql`(select 'm:' || m.id || ':' || md.dialogue_id as id, m.starts_at as at, false, 'meeting', md.dialogue_id,
        json_build_object('kind', m.kind, 'status', m.status, 'endsAt', m.ends_at)
      from dialogue_organisers d_o join dialogue_meeting_dialogues md on md.dialogue_id = d_o.dialogue_id join dialogue_meetings m on m.id = md.meeting_id
      where d_o.organiser_id = ${organiserId}
      order by m.starts_at desc limit ${take})`,
    sql`(select 'ns:' || n.id, n.sent_at, false, 'notes_sent', n.dialogue_id, json_build_object('versionNo', n.version_no)
      from dialogue_organisers d_o join dialogue_meeting_notes n on n.dialogue_id = d_o.dialogue_id
      where d_o.organiser_id = ${organiserId} and n.sent_at is not null
      order by n.sent_at desc limit ${take})`,
    sql`(select 'na:' || n.id, n.agreed_at, false, 'notes_agreed', n.dialogue_id, json_build_object('versionNo', n.version_no)
      from dialogue_organisers d_o join dialogue_meeting_notes n on n.dialogue_id = d_o.dialogue_id
      where d_o.organiser_id = ${organiserId} and n.agreed_at is not null
      order by n.agreed_at desc limit ${take})`,
    sql`(select 'nr:' || n.id, min(r.registered_at), false, 'notes_registered', n.dialogue_id,
        json_build_object('caseNumbers', json_agg(json_build_object('agency', r.agency, 'caseNumber', r.case_number) order by r.agency))
      from dialogue_organisers d_o join dialogue_meeting_notes n on n.dialogue_id = d_o.dialogue_id join dialogue_register_entries r on r.notes_id = n.id
      where d_o.organiser_id = ${organiserId}
      group by n.id, n.dialogue_id
      order by min(r.registered_at) desc limit ${take})`,
    // Only what Skolinspektionen registered; the agencies' own holds (manual, targeted interventions) are not contacts.
    sql`(select 'h:' || h.id, coalesce(h.planned_on, h.starts_on)::timestamp at time zone 'Europe/Stockholm', true, h.kind, null::uuid,
        json_build_object('date', coalesce(h.planned_on, h.starts_on)::text)
      from dialogue_holds h
      where h.organiser_id = ${organiserId} and h.source = 'inspectorate' and h.kind in ('inspection', 'quality_review')
      order by coalesce(h.planned_on, h.starts_on) desc limit ${take})`,
    sql`(select 'e:' || x.id, coalesce(x.sent_at, x.created_at), false, 'email', null::uuid,
        json_build_object('kind', x.kind, 'subject', x.subject, 'status', x.status)
      from outbox_messages x
      where x.organiser_id = ${organiserId} ${visibility.organiserMail ? sql`` : sql`and not starts_with(x.kind, 'self_assessment.')`}
      order by coalesce(x.sent_at, x.created_at) desc limit ${take})`,
    sql`(select 'b:' || min(b.id::text), min(b.created_at), false, 'analysis_basis', null::uuid,
        json_build_object('formats', json_agg(b.format order by b.format desc), 'catalogueLabel', b.catalogue_label, 'vintageLabel', b.vintage_label)
      from basis_snapshots b
      where b.organiser_id = ${organiserId}
      group by coalesce(b.batch_id, b.id), b.catalogue_label, b.vintage_label
      order by min(b.created_at) desc limit ${take})`,
  ];
  if (visibility.selfAssessments !== 'none') {
    const shared = visibility.selfAssessments === 'shared' ? sql`and s.shared_at is not null` : sql``;
    parts.push(
      sql`(select 'ss:' || s.id, s.created_at, false, 'self_assessment_started', null::uuid, json_build_object('id', s.id, 'title', s.title)
        from self_assessments s where s.organiser_id = ${organiserId} ${shared}
        order by s.created_at desc limit ${take})`,
      sql`(select 'sd:' || s.id, s.shared_at, false, 'self_assessment_shared', null::uuid, json_build_object('id', s.id, 'title', s.title)
        from self_assessments s where s.organiser_id = ${organiserId} and s.shared_at is not null
        order by s.shared_at desc limit ${take})`,
    );
  }
  const result = await db.execute(sql`
    select id, to_json(at) #>> '{}' as at, date_only, kind, dialogue_id, payload
    from (${sql.join(parts, sql` union all `)}) entries
    order by entries.at desc, entries.id desc
    limit ${limit} offset ${offset}`);
  return (result as unknown as { rows: TimelineRow[] }).rows;
}

export async function organiserExists(db: Queryable, organiserId: string): Promise<boolean> {
  const result = await db.execute(sql`select 1 from organisers where id = ${organiserId}`);
  return (result as unknown as { rows: unknown[] }).rows.length > 0;
}
