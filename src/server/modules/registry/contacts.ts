/** Use cases on contact persons. Reading them is recorded in the audit log, in the same transaction. */
import type { Database } from '../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../platform/http/access.ts';
import { DomainError, notFound, versionConflict } from '../../platform/errors.ts';
import { audit } from '../audit/audit.ts';
import { endContactIfVersion, findContact, insertContact, listContacts, type ContactRow } from './contacts-repository.ts';
import { findOrganiser } from './repository.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function presentContact(row: ContactRow) {
  return {
    id: row.id, name: row.name, role: row.role, email: row.email, phone: row.phone, validFrom: row.validFrom,
    validTo: row.validTo, source: row.source, version: row.version, current: row.validTo === null || row.validTo > today(),
  };
}

export async function readContacts({ db, actor, organiserId }: { db: Database; actor: Actor; organiserId: string }) {
  return db.transaction(async (tx) => {
    if (!(await findOrganiser(tx, organiserId, organiserScope(actor)))) throw notFound('Huvudmannen');
    const rows = await listContacts(tx, organiserId);
    await audit(tx, actor, {
      event: 'contact.read', entityType: 'organiser', entityId: organiserId, organiserId,
      details: { contactIds: rows.map((r) => r.id) },
    });
    return { items: rows.map(presentContact) };
  });
}

export interface NewContact {
  name: string;
  role: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  validFrom: string;
}

export async function addContact({ db, actor, organiserId, contact }: { db: Database; actor: Actor; organiserId: string; contact: NewContact }) {
  return db.transaction(async (tx) => {
    if (!(await findOrganiser(tx, organiserId, organiserScope(actor)))) throw notFound('Huvudmannen');
    const row = await insertContact(tx, {
      organiserId, name: contact.name, role: contact.role, email: contact.email ?? null, phone: contact.phone ?? null,
      validFrom: contact.validFrom, source: actor.role === 'organiser_rep' ? 'organiser' : 'agency',
    });
    await audit(tx, actor, { event: 'contact.created', entityType: 'contact', entityId: row.id, organiserId, details: { role: row.role, validFrom: row.validFrom } });
    return presentContact(row);
  });
}

export async function endContact({ db, actor, contactId, validTo, version }: { db: Database; actor: Actor; contactId: string; validTo: string; version: number }) {
  return db.transaction(async (tx) => {
    const current = await findContact(tx, contactId, organiserScope(actor));
    if (!current) throw notFound('Kontaktpersonen');
    if (current.version !== version) throw versionConflict('Kontaktpersonen');
    if (validTo < current.validFrom) {
      throw new DomainError('validation', `Slutdatum ${validTo} ligger före startdatum ${current.validFrom}.`, 'validTo before validFrom',
        [{ path: 'validTo', field: 'validTo', message: 'ligger före startdatum' }]);
    }
    const row = await endContactIfVersion(tx, contactId, version, validTo);
    if (!row) throw versionConflict('Kontaktpersonen');
    await audit(tx, actor, { event: 'contact.ended', entityType: 'contact', entityId: row.id, organiserId: row.organiserId, details: { validTo } });
    return presentContact(row);
  });
}
