/**
 * The organiser's contact person reads and answers the meeting notes through the signed link in the
 * notes e-mail, without an account. The link names one notes version and the person it was sent to:
 * the approval keeps that person's name, and the audit log says it came through the link. A link to
 * notes that have been answered, revised or registered since still shows them, but takes no answer.
 */
import type { NotesReview, NotesReviewAnswer } from '../../../../shared/api/dialogue-notes.ts';
import type { Config } from '../../../platform/config.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { DomainError } from '../../../platform/errors.ts';
import { invalidLink, linkSigner } from '../../access/links.ts';
import { swedishToday } from '../calendar/swedish-time.ts';
import { contactOf, meetingsOf, organisersOf } from '../repository.ts';
import { answerSentNotes } from './notes.ts';
import { findNotes, latestNotesForUpdate } from './repository.ts';

const LINK_ACTOR = { system: 'notes_review_link' } as const;

/** The notes version and the contact person a valid link names; invalid when either is gone or the version differs. */
async function linked(db: Database, config: Config, token: string) {
  const claims = await (await linkSigner(db, config.LINK_SECRET)).verify(token, 'notes_review');
  const [notesId, contactId] = claims.subject.split(':');
  if (!notesId || !contactId) throw invalidLink();
  return db.read(async (q) => {
    const notes = await findNotes(q, notesId);
    if (!notes || notes.versionNo !== claims.version) throw invalidLink();
    const members = await organisersOf(q, notes.dialogueId);
    const contact = await contactOf(q, contactId, members.map((m) => m.id));
    if (!contact) throw invalidLink();
    return { notes, members, contact };
  });
}

async function dialogueDateOf(db: Queryable, dialogueId: string): Promise<string | null> {
  const held = (await meetingsOf(db, dialogueId)).map((r) => r.meeting).find((m) => m.kind === 'physical' && m.status === 'held');
  return held ? swedishToday(held.startsAt) : null;
}

export async function openNotesByLink({ db, config, token }: { db: Database; config: Config; token: string }): Promise<NotesReview> {
  const { notes, members, contact } = await linked(db, config, token);
  return {
    recipientName: contact.name,
    organisers: members.map((m) => m.name),
    dialogueDate: await db.read((q) => dialogueDateOf(q, notes.dialogueId)),
    versionNo: notes.versionNo, text: notes.text, status: notes.status,
    agreedBy: notes.agreedBy, agreedAt: notes.agreedAt?.toISOString() ?? null, organiserComment: notes.organiserComment,
  };
}

export async function answerNotesByLink({ db, config, token, answer, now = new Date() }: {
  db: Database; config: Config; token: string; answer: NotesReviewAnswer; now?: Date;
}): Promise<NotesReview> {
  const { notes, contact } = await linked(db, config, token);
  await db.transaction(async (tx) => {
    if ((await latestNotesForUpdate(tx, notes.dialogueId))?.id !== notes.id) {
      throw new DomainError('conflict', 'Det finns en nyare version av anteckningarna. Öppna länken i det senaste e-postmeddelandet om dem.', 'notes link superseded');
    }
    await answerSentNotes(tx, { auditActor: LINK_ACTOR, dialogueId: notes.dialogueId, notesId: notes.id, revision: notes.revision, answer, person: contact.name, now });
  });
  return openNotesByLink({ db, config, token });
}
