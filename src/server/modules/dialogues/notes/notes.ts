/**
 * The notes workflow. The pair drafts (both may edit; every save names the revision it started from,
 * so a save over someone else's newer text is refused with that text, never lost), sends the draft
 * to the organiser, who comments or approves it. Comments lead to a new version; the approved
 * version is locked (also by a database trigger) and registered at both agencies.
 */
import type { NotesVersion } from '../../../../shared/api/dialogue-notes.ts';
import type { DialogueState } from '../../../../shared/dialogues.ts';
import type { Database, Queryable, Tx } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound } from '../../../platform/errors.ts';
import { linkSigner, type LinkSigner } from '../../access/links.ts';
import { audit, type AuditActor } from '../../audit/audit.ts';
import { enqueueMail } from '../../messaging/outbox.ts';
import { leadersForMail } from '../invitation-mail.ts';
import { notesForReviewMail } from '../mail/templates.ts';
import { findDialogue, mailContactsOf, meetingsOf, organisersOf, usersByIds, type DialogueRow } from '../repository.ts';
import { swedishToday } from '../calendar/swedish-time.ts';
import {
  insertNotes, latestNotesForUpdate, notesVersionsOf, registerEntriesOf, updateNotesIfRevision, type NotesRow,
} from './repository.ts';

/** Notes are written after the on-site dialogue. */
export const NOTES_STATES: readonly DialogueState[] = ['physical_held', 'feedback_held', 'follow_up_held', 'closed'];
const REVIEW_DAYS = 14;
/** The link keeps working a while after the last day, for a late answer. */
const LINK_GRACE_DAYS = 30;

/** What a review link names: the notes version and the contact person it was sent to. */
export const reviewSubject = (notesId: string, contactId: string): string => `${notesId}:${contactId}`;

export type SaveDraftResult = { saved: NotesVersion } | { conflict: NotesVersion };

export async function reachable(db: Queryable, actor: Actor, dialogueId: string): Promise<DialogueRow> {
  const dialogue = await findDialogue(db, dialogueId, organiserScope(actor));
  if (!dialogue) throw notFound('Dialogen');
  return dialogue;
}

async function present(db: Queryable, rows: { notes: NotesRow; updatedByName: string | null }[]): Promise<NotesVersion[]> {
  const entries = await registerEntriesOf(db, rows.map((r) => r.notes.id));
  return rows.map(({ notes: n, updatedByName }) => ({
    id: n.id, versionNo: n.versionNo, text: n.text, status: n.status, correctsId: n.correctsId, organiserComment: n.organiserComment,
    sentAt: n.sentAt?.toISOString() ?? null, agreedAt: n.agreedAt?.toISOString() ?? null, agreedBy: n.agreedBy,
    updatedAt: n.updatedAt.toISOString(), updatedByName, revision: n.revision,
    registerEntries: entries.filter((e) => e.notesId === n.id).map((e) => ({ agency: e.agency, caseNumber: e.caseNumber, registeredAt: e.registeredAt.toISOString() })),
  }));
}

/** The versions the caller may read: representatives never see the pair's drafts. */
export async function listNotes({ db, actor, dialogueId }: { db: Database; actor: Actor; dialogueId: string }): Promise<{ items: NotesVersion[] }> {
  return db.read(async (q) => {
    await reachable(q, actor, dialogueId);
    const rows = await notesVersionsOf(q, dialogueId);
    const visible = actor.role === 'organiser_rep' ? rows.filter((r) => r.notes.status !== 'draft') : rows;
    return { items: await present(q, visible) };
  });
}

async function presentOne(q: Queryable, id: string, dialogueId: string) {
  const rows = await notesVersionsOf(q, dialogueId);
  return (await present(q, rows.filter((r) => r.notes.id === id)))[0]!;
}

const refused = (message: string, log: string) => new DomainError('conflict', message, log);

type NotesEvent = 'dialogue.notes_saved' | 'dialogue.notes_sent' | 'dialogue.notes_commented' | 'dialogue.notes_agreed' | 'dialogue.notes_corrected';

/** `by`: the organiser's person who answered (through a link there is no user to name). */
async function auditNotes(tx: Tx, actor: AuditActor, dialogueId: string, event: NotesEvent, notes: NotesRow, by?: string) {
  const members = await organisersOf(tx, dialogueId);
  await audit(tx, actor, members.map((m) => ({
    event, entityType: 'dialogue', entityId: dialogueId, organiserId: m.id,
    details: { notes: notes.id, versionNo: notes.versionNo, revision: notes.revision, ...(by ? { by } : {}) },
  })));
}

export async function saveDraft({ db, actor, dialogueId, text, baseRevision }: {
  db: Database; actor: Actor; dialogueId: string; text: string; baseRevision: number;
}): Promise<SaveDraftResult> {
  const outcome = await db.transaction(async (tx): Promise<{ saved: string } | { conflict: string }> => {
    const dialogue = await reachable(tx, actor, dialogueId);
    if (!NOTES_STATES.includes(dialogue.state)) throw refused('Minnesanteckningar skrivs när dialogen på plats är hållen.', `notes in ${dialogue.state}`);
    const latest = await latestNotesForUpdate(tx, dialogueId);
    if (latest?.status === 'sent') throw refused('Anteckningarna är skickade till huvudmannen. Vänta på kommentarer eller godkännande.', 'notes sent');
    if (latest?.status === 'agreed' || latest?.status === 'registered') {
      throw refused('Godkända anteckningar kan inte ändras. Skriv en rättelse; den blir en ny version som hänvisar till den gamla.', 'notes agreed');
    }
    if (latest?.status === 'draft') {
      if (baseRevision !== latest.revision) return { conflict: latest.id };
      const saved = await updateNotesIfRevision(tx, latest.id, baseRevision, { text, updatedBy: actor.userId ?? null });
      if (!saved) return { conflict: latest.id };
      await auditNotes(tx, actor, dialogueId, 'dialogue.notes_saved', saved);
      return { saved: saved.id };
    }
    // No notes yet, or the organiser has commented: a new version begins.
    if (baseRevision !== 0 && latest) return { conflict: latest.id };
    const created = await insertNotes(tx, {
      dialogueId, versionNo: (latest?.versionNo ?? 0) + 1, text, status: 'draft', updatedBy: actor.userId ?? null,
    });
    await auditNotes(tx, actor, dialogueId, 'dialogue.notes_saved', created);
    return { saved: created.id };
  });
  return db.read(async (q) => ('saved' in outcome
    ? { saved: await presentOne(q, outcome.saved, dialogueId) }
    : { conflict: await presentOne(q, outcome.conflict, dialogueId) }));
}

/** The newest version, which must be the one the caller saw, at the revision they saw. */
async function current(tx: Tx, dialogueId: string, notesId: string, revision: number): Promise<NotesRow> {
  const latest = await latestNotesForUpdate(tx, dialogueId);
  if (!latest || latest.id !== notesId) throw notFound('Den versionen av minnesanteckningarna');
  if (latest.revision !== revision) {
    throw new DomainError('version_conflict', 'Anteckningarna har ändrats sedan du öppnade dem. Ladda om sidan och läs den senaste versionen.', 'notes stale');
  }
  return latest;
}

export async function sendNotes({ db, actor, dialogueId, notesId, revision, publicUrl, linkSecret, now = new Date() }: {
  db: Database; actor: Actor; dialogueId: string; notesId: string; revision: number; publicUrl: string; linkSecret: string | undefined; now?: Date;
}): Promise<void> {
  const signer = await linkSigner(db, linkSecret);
  await db.transaction(async (tx) => {
    const dialogue = await reachable(tx, actor, dialogueId);
    const notes = await current(tx, dialogueId, notesId, revision);
    if (notes.status !== 'draft') throw refused('Bara ett utkast kan skickas till huvudmannen.', `send ${notes.status}`);
    if (notes.text.trim() === '') throw refused('Anteckningarna är tomma. Skriv dem innan de skickas.', 'empty notes');
    const sent = await updateNotesIfRevision(tx, notes.id, revision, { status: 'sent', sentAt: now, updatedBy: actor.userId ?? null });
    if (!sent) throw refused('Anteckningarna ändrades samtidigt. Ladda om sidan.', 'send race');
    await mailForReview(tx, { dialogue, notes: sent, publicUrl, signer, now });
    await auditNotes(tx, actor, dialogueId, 'dialogue.notes_sent', sent);
  });
}

/** One e-mail per organiser to its first contact person, each with their own signed link to read and answer the notes. */
async function mailForReview(tx: Tx, { dialogue, notes, publicUrl, signer, now }: {
  dialogue: DialogueRow; notes: NotesRow; publicUrl: string; signer: LinkSigner; now: Date;
}) {
  const today = swedishToday(now);
  const [members, meetingRows, leaders] = await Promise.all([organisersOf(tx, dialogue.id), meetingsOf(tx, dialogue.id), leadersForMail(tx, dialogue)]);
  const physical = meetingRows.find(({ meeting: m }) => m.kind === 'physical' && m.status === 'held')?.meeting;
  const contacts = await mailContactsOf(tx, members.map((m) => m.id), today);
  const reviewBy = swedishToday(new Date(now.getTime() + REVIEW_DAYS * 24 * 3600 * 1000));
  const seen = new Set<string>();
  const linkExpires = new Date(now.getTime() + (REVIEW_DAYS + LINK_GRACE_DAYS) * 24 * 3600 * 1000);
  const recipients = contacts.filter((c) => c.email && !seen.has(c.organiserId) && seen.add(c.organiserId));
  const messages = await Promise.all(recipients.map(async (c) => {
    const token = await signer.sign({ purpose: 'notes_review', subject: reviewSubject(notes.id, c.id), version: notes.versionNo }, linkExpires);
    const mail = notesForReviewMail({
      recipientName: c.name, organisers: members.map((m) => m.name), leaders, dialogueDate: physical?.startsAt.toISOString() ?? today,
      reviewUrl: `${publicUrl.replace(/\/$/, '')}/anteckningar#${token}`, reviewBy, version: notes.versionNo,
    });
    return { kind: 'notes_for_review', to: { name: c.name, address: c.email! }, subject: mail.subject, text: mail.text, organiserId: c.organiserId, related: { type: 'dialogue', id: dialogue.id } };
  }));
  if (messages.length) await enqueueMail(tx, messages);
}

export type NotesAnswer = { approve: true } | { approve: false; comment: string };

/**
 * The organiser's answer to sent notes inside the caller's transaction: a comment (the pair revise) or
 * the approval (locked), by `person`, the name the agreed notes keep.
 */
export async function answerSentNotes(tx: Tx, { auditActor, dialogueId, notesId, revision, answer, person, now }: {
  auditActor: AuditActor; dialogueId: string; notesId: string; revision: number; answer: NotesAnswer; person: string; now: Date;
}): Promise<void> {
  const notes = await current(tx, dialogueId, notesId, revision);
  if (notes.status !== 'sent') throw refused('Bara anteckningar som har skickats till er kan kommenteras eller godkännas.', `answer ${notes.status}`);
  const set = answer.approve
    ? { status: 'agreed' as const, agreedAt: now, agreedBy: person }
    : { status: 'commented' as const, organiserComment: answer.comment };
  const updated = await updateNotesIfRevision(tx, notes.id, revision, set);
  if (!updated) throw refused('Anteckningarna ändrades samtidigt. Ladda om sidan.', 'answer race');
  await auditNotes(tx, auditActor, dialogueId, answer.approve ? 'dialogue.notes_agreed' : 'dialogue.notes_commented', updated, person);
}

/** The signed-in representative's answer to sent notes. */
export async function answerNotes({ db, actor, dialogueId, notesId, revision, answer, now = new Date() }: {
  db: Database; actor: Actor; dialogueId: string; notesId: string; revision: number; now?: Date; answer: NotesAnswer;
}): Promise<void> {
  await db.transaction(async (tx) => {
    await reachable(tx, actor, dialogueId);
    const [person] = await usersByIds(tx, actor.userId ? [actor.userId] : []);
    await answerSentNotes(tx, { auditActor: actor, dialogueId, notesId, revision, answer, person: person?.name ?? 'Huvudmannen', now });
  });
}

/** A correction of registered notes: a new draft version that refers to the registered one. */
export async function startCorrection({ db, actor, dialogueId, text }: { db: Database; actor: Actor; dialogueId: string; text: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await reachable(tx, actor, dialogueId);
    const latest = await latestNotesForUpdate(tx, dialogueId);
    if (latest?.status !== 'registered') throw refused('Bara diarieförda anteckningar rättas; ändra annars utkastet.', 'correct unregistered');
    const created = await insertNotes(tx, {
      dialogueId, versionNo: latest.versionNo + 1, text, status: 'draft', correctsId: latest.id, updatedBy: actor.userId ?? null,
    });
    await auditNotes(tx, actor, dialogueId, 'dialogue.notes_corrected', created);
  });
}
