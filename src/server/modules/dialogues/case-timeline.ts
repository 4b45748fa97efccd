/**
 * The timeline of one case: its steps, meetings booked and cancelled, the notes sent, answered and
 * registered, and documents attached, in time order. Built from the case's own records, so the
 * organiser's representative sees the same history as the pair — but never an agency's internal
 * notes or the pair's unsent drafts.
 */
import type { CaseTimelineEntry } from '../../../shared/api/dialogues.ts';
import type { Database } from '../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../platform/http/access.ts';
import { notFound } from '../../platform/errors.ts';
import { documentsOf } from './documents/repository.ts';
import { notesVersionsOf, registerEntriesOf } from './notes/repository.ts';
import { findDialogue, meetingsOf, transitionsOf } from './repository.ts';

export async function caseTimeline({ db, actor, dialogueId }: { db: Database; actor: Actor; dialogueId: string }): Promise<{ items: CaseTimelineEntry[] }> {
  return db.read(async (q) => {
    if (!(await findDialogue(q, dialogueId, organiserScope(actor)))) throw notFound('Dialogen');
    const [steps, meetingRows, notes, docs] = await Promise.all([transitionsOf(q, dialogueId), meetingsOf(q, dialogueId), notesVersionsOf(q, dialogueId), documentsOf(q, dialogueId)]);
    const entries = await registerEntriesOf(q, notes.map((n) => n.notes.id));
    const items: CaseTimelineEntry[] = [
      ...steps.map(({ transition: s, actorName }) => ({ at: s.at.toISOString(), kind: 'step' as const, code: s.event, actorName, detail: s.toState })),
      ...meetingRows.map(({ meeting: m }) => ({ at: m.createdAt.toISOString(), kind: 'meeting_booked' as const, code: m.kind, actorName: null, detail: m.startsAt.toISOString() })),
      ...notes.flatMap(({ notes: n }) => [
        ...(n.sentAt ? [{ at: n.sentAt.toISOString(), kind: 'notes_sent' as const, code: String(n.versionNo), actorName: null, detail: null }] : []),
        ...(n.status === 'commented' ? [{ at: n.updatedAt.toISOString(), kind: 'notes_commented' as const, code: String(n.versionNo), actorName: null, detail: null }] : []),
        ...(n.agreedAt ? [{ at: n.agreedAt.toISOString(), kind: 'notes_agreed' as const, code: String(n.versionNo), actorName: n.agreedBy, detail: null }] : []),
      ]),
      ...entries.map((e) => ({ at: e.registeredAt.toISOString(), kind: 'notes_registered' as const, code: e.agency, actorName: null, detail: e.caseNumber })),
      ...docs.map((d) => ({ at: d.uploadedAt.toISOString(), kind: 'document_added' as const, code: d.contentType, actorName: d.uploadedByName, detail: d.filename })),
    ];
    return { items: items.sort((a, b) => a.at.localeCompare(b.at)) };
  });
}
