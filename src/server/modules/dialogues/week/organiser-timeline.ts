/**
 * The organiser's timeline (C9): every contact the state has had with one organiser, newest first —
 * dialogue invitations and answers, meetings, meeting notes sent, agreed and registered, Skolinspektionen's
 * planned inspections and quality reviews, self-assessments started and shared, e-mails sent (kind and
 * subject, never the body) and analysis-basis documents built — so that the agencies and the
 * inspectorate send consistent signals. An agency's internal notes are never part of it.
 *
 * Reach: representatives only their own organiser (another organiser is "not found", as everywhere);
 * agency staff see self-assessments only while the organiser shares them (as in the self-assessment
 * module); the inspectorate's liaison sees no self-assessments, which the organiser shares with the
 * dialogue agencies only.
 */
import type { OrganiserTimeline, TimelineEntry, TimelineKind } from '../../../../shared/api/dialogue-week.ts';
import { AGENCY_STAFF } from '../../../../shared/roles.ts';
import type { Database } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { notFound } from '../../../platform/errors.ts';
import { organiserExists, timelineRows, type TimelineRow, type TimelineVisibility } from './timeline-repository.ts';

function visibilityOf(actor: Actor): TimelineVisibility {
  if (actor.role === 'organiser_rep') return { selfAssessments: 'own', organiserMail: true };
  if (AGENCY_STAFF.includes(actor.role)) return { selfAssessments: 'shared', organiserMail: false };
  return { selfAssessments: 'none', organiserMail: false };
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function entryOf(row: TimelineRow): TimelineEntry {
  const p = row.payload;
  const kind = row.kind as TimelineKind;
  return {
    id: row.id,
    // A planned inspection is a calendar date: it is given as that date, not as an instant at midnight.
    at: row.date_only ? String(p.date) : new Date(row.at).toISOString(),
    dateOnly: row.date_only,
    kind,
    dialogueId: row.dialogue_id,
    meeting: kind === 'meeting'
      ? { kind: p.kind as never, status: p.status as never, endsAt: new Date(String(p.endsAt)).toISOString() }
      : null,
    declineReason: (str(p.declineReason) as TimelineEntry['declineReason']) ?? null,
    caseNumbers: (p.caseNumbers as TimelineEntry['caseNumbers'] | undefined) ?? [],
    holdKind: kind === 'inspection' || kind === 'quality_review' ? kind : null,
    email: kind === 'email' ? { kind: String(p.kind), subject: String(p.subject), status: p.status as never } : null,
    selfAssessment: kind === 'self_assessment_started' || kind === 'self_assessment_shared' ? { id: String(p.id), title: String(p.title) } : null,
    basis: kind === 'analysis_basis'
      ? { formats: p.formats as ('xlsx' | 'pdf')[], catalogueLabel: String(p.catalogueLabel), vintageLabel: str(p.vintageLabel) }
      : null,
  };
}

export async function timelineOf({ db, actor, organiserId, limit, offset }: {
  db: Database; actor: Actor; organiserId: string; limit: number; offset: number;
}): Promise<OrganiserTimeline> {
  const scope = organiserScope(actor);
  if (scope.kind === 'organiser' && scope.organiserId !== organiserId) throw notFound('Huvudmannen');
  return db.read(async (q) => {
    // One more than asked for tells whether older entries follow.
    const [exists, rows] = await Promise.all([organiserExists(q, organiserId), timelineRows(q, organiserId, visibilityOf(actor), limit + 1, offset)]);
    if (!exists) throw notFound('Huvudmannen');
    return { items: rows.slice(0, limit).map(entryOf), offset, limit, hasMore: rows.length > limit };
  });
}
