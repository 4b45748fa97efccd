/**
 * An agency's internal notes on a dialogue. The rule is in the query: a caller reaches their own
 * agency's notes and the other agency's shared ones; callers outside the two agencies reach none.
 */
import type { DialogueAgency } from '../../../shared/dialogues.ts';
import type { Database } from '../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../platform/http/access.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { audit } from '../audit/audit.ts';
import { agencyNotesOf, findDialogue, insertAgencyNote, organisersOf } from './repository.ts';

function agencyOf(actor: Actor): DialogueAgency {
  if (actor.agency === 'skolverket' || actor.agency === 'spsm') return actor.agency;
  throw new DomainError('forbidden', 'Interna anteckningar finns bara för Skolverket och SPSM.', 'no dialogue agency');
}

export async function listAgencyNotes({ db, actor, dialogueId }: { db: Database; actor: Actor; dialogueId: string }) {
  const agency = agencyOf(actor);
  return db.read(async (q) => {
    if (!(await findDialogue(q, dialogueId, organiserScope(actor)))) throw notFound('Dialogen');
    const rows = await agencyNotesOf(q, dialogueId, agency);
    return {
      items: rows.map(({ note, authorName }) => ({
        id: note.id, agency: note.agency, text: note.text, shared: note.shared, authorName, createdAt: note.createdAt.toISOString(),
      })),
    };
  });
}

export async function addAgencyNote({ db, actor, dialogueId, text, shared }: { db: Database; actor: Actor; dialogueId: string; text: string; shared: boolean }) {
  const agency = agencyOf(actor);
  await db.transaction(async (tx) => {
    if (!(await findDialogue(tx, dialogueId, organiserScope(actor)))) throw notFound('Dialogen');
    const note = await insertAgencyNote(tx, { dialogueId, agency, text, shared, authorId: actor.userId });
    const members = await organisersOf(tx, dialogueId);
    // The audit record names the note, never its text: the audit view must not leak it to the other agency.
    await audit(tx, actor, members.map((m) => ({
      event: 'dialogue.agency_note_added' as const, entityType: 'dialogue', entityId: dialogueId, organiserId: m.id, details: { note: note.id, agency, shared },
    })));
  });
  return listAgencyNotes({ db, actor, dialogueId });
}
