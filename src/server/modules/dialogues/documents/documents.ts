/**
 * Documents of a case: the pair and the organiser's representatives attach agendas, presentations
 * and their own material. Size and type are checked before anything is stored; removal keeps the row
 * (a document once shared may be a public record) but hides it.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { findDialogue, organisersOf } from '../repository.ts';
import { ALLOWED_LIST, documentType } from './document-types.ts';
import { documentContent, documentsOf, findDocument, insertDocument, removeDocument } from './repository.ts';

export async function listDocuments({ db, actor, dialogueId, maxBytes }: { db: Database; actor: Actor; dialogueId: string; maxBytes: number }) {
  return db.read(async (q) => {
    if (!(await findDialogue(q, dialogueId, organiserScope(actor)))) throw notFound('Dialogen');
    const rows = await documentsOf(q, dialogueId);
    return { items: rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() })), maxBytes, allowed: ALLOWED_LIST };
  });
}

export async function addDocument({ db, actor, dialogueId, filename, bytes }: { db: Database; actor: Actor; dialogueId: string; filename: string; bytes: Uint8Array }) {
  if (bytes.length === 0) throw new DomainError('validation', `Filen "${filename}" är tom.`, 'empty document', [{ path: 'file', field: 'file', message: 'tom fil' }]);
  const checked = await documentType(bytes, filename);
  if ('problem' in checked) throw new DomainError('unsupported_media_type', checked.problem, 'document type refused');
  await db.transaction(async (tx) => {
    const dialogue = await findDialogue(tx, dialogueId, organiserScope(actor));
    if (!dialogue) throw notFound('Dialogen');
    const content = Buffer.from(bytes);
    const created = await insertDocument(tx, {
      dialogueId, filename: filename.slice(0, 200), contentType: checked.type.mime, sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'), content, uploadedBy: actor.userId ?? null,
    });
    const members = await organisersOf(tx, dialogueId);
    await audit(tx, actor, members.map((m) => ({
      event: 'dialogue.document_added' as const, entityType: 'dialogue', entityId: dialogueId, organiserId: m.id, details: { document: created.id, bytes: content.length },
    })));
  });
}

async function reachableDocument(q: Parameters<typeof findDocument>[0], actor: Actor, id: string) {
  const doc = await findDocument(q, id);
  if (!doc || !(await findDialogue(q, doc.dialogueId, organiserScope(actor)))) throw notFound('Dokumentet');
  return doc;
}

export async function readDocument({ db, actor, id }: { db: Database; actor: Actor; id: string }) {
  return db.read(async (q) => {
    const doc = await reachableDocument(q, actor, id);
    return { ...doc, content: await documentContent(q, id) };
  });
}

export async function deleteDocument({ db, actor, id, now = new Date() }: { db: Database; actor: Actor; id: string; now?: Date }): Promise<string> {
  return db.transaction(async (tx) => {
    const doc = await reachableDocument(tx, actor, id);
    await removeDocument(tx, id, now);
    const members = await organisersOf(tx, doc.dialogueId);
    await audit(tx, actor, members.map((m) => ({
      event: 'dialogue.document_removed' as const, entityType: 'dialogue', entityId: doc.dialogueId, organiserId: m.id, details: { document: id },
    })));
    return doc.dialogueId;
  });
}
