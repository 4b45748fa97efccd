/**
 * Use cases of the catalogue: read versions, keep one draft, publish it (after the consistency
 * rules), and record change requests against any version's elements.
 */
import type { CatalogueContent } from '../../../shared/api/catalogue.ts';
import { catalogueElements } from '../../../shared/catalogue-elements.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { DomainError, notFound, versionConflict } from '../../platform/errors.ts';
import { audit } from '../audit/audit.ts';
import { catalogueFindings } from './consistency.ts';
import {
  findDraft, findLatestPublished, findVersion, insertChangeRequest, insertVersion, listChangeRequests, listVersions,
  updateDraftIfVersion, type CatalogueVersionRow,
} from './repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentVersion(row: CatalogueVersionRow) {
  return {
    id: row.id, label: row.label, status: row.status, basedOnId: row.basedOnId, createdAt: row.createdAt.toISOString(),
    publishedAt: iso(row.publishedAt), version: row.version, content: row.content,
  };
}

export async function getVersions(db: Database) {
  const rows = await db.read(listVersions);
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), publishedAt: iso(r.publishedAt) })) };
}

export async function getVersion(db: Database, id: string) {
  const row = await db.read((q) => findVersion(q, id));
  if (!row) throw notFound('Katalogversionen');
  return presentVersion(row);
}

/** Starts the next revision as a copy of the latest published version. */
export async function createDraft({ db, actor, label }: { db: Database; actor: Actor; label: string }) {
  return db.transaction(async (tx) => {
    if (await findDraft(tx)) {
      throw new DomainError('conflict', 'Det finns redan ett utkast. Publicera eller fortsätt arbeta i det innan du skapar ett nytt.', 'draft exists');
    }
    const base = await findLatestPublished(tx);
    const content: CatalogueContent = base?.content ?? { goals: [], indicators: [], conditions: [], successFactors: [] };
    const row = await insertVersion(tx, { label, status: 'draft', content, basedOnId: base?.id ?? null, createdBy: actor.userId });
    await audit(tx, actor, { event: 'catalogue.draft_created', entityType: 'catalogue_version', entityId: row.id, details: { label, basedOn: base?.id ?? null } });
    return presentVersion(row);
  });
}

async function lockedDraft(db: Database, id: string, version: number) {
  const row = await db.read((q) => findVersion(q, id));
  if (!row) throw notFound('Katalogversionen');
  if (row.status !== 'draft') {
    throw new DomainError('conflict', 'Versionen är publicerad och kan inte ändras. Skapa ett nytt utkast för nästa revidering.', 'published version is immutable');
  }
  if (row.version !== version) throw versionConflict('Utkastet');
  return row;
}

export async function updateDraft({ db, actor, id, version, label, content }: {
  db: Database; actor: Actor; id: string; version: number; label?: string | undefined; content: CatalogueContent;
}) {
  await lockedDraft(db, id, version);
  return db.transaction(async (tx) => {
    const row = await updateDraftIfVersion(tx, id, version, label ? { label, content } : { content });
    if (!row) throw versionConflict('Utkastet');
    await audit(tx, actor, { event: 'catalogue.draft_updated', entityType: 'catalogue_version', entityId: id, details: { elements: catalogueElements(content).length } });
    return presentVersion(row);
  });
}

export async function publishDraft({ db, actor, id, version }: { db: Database; actor: Actor; id: string; version: number }) {
  const draft = await lockedDraft(db, id, version);
  // Warnings (e.g. an indicator no sub-goal uses) do not stop a publication; errors do.
  const problems = catalogueFindings(draft.content).filter((f) => f.severity === 'error').map((f) => f.message);
  if (problems.length > 0) {
    throw new DomainError('validation', `Utkastet kan inte publiceras: ${problems.length} problem måste rättas först.`, 'draft inconsistent',
      problems.map((message) => ({ path: 'content', message })));
  }
  return db.transaction(async (tx) => {
    const row = await updateDraftIfVersion(tx, id, version, { status: 'published', publishedAt: new Date(), publishedBy: actor.userId });
    if (!row) throw versionConflict('Utkastet');
    await audit(tx, actor, { event: 'catalogue.published', entityType: 'catalogue_version', entityId: id, details: { label: row.label } });
    return presentVersion(row);
  });
}

export async function recordChangeRequest({ db, actor, versionId, elementKey, text, source }: {
  db: Database; actor: Actor; versionId: string; elementKey: string; text: string; source?: string | null | undefined;
}) {
  return db.transaction(async (tx) => {
    const version = await findVersion(tx, versionId);
    if (!version) throw notFound('Katalogversionen');
    if (!catalogueElements(version.content).some((e) => e.key === elementKey)) {
      throw new DomainError('validation', `Elementet "${elementKey}" finns inte i versionen "${version.label}".`, 'unknown element',
        [{ path: 'elementKey', field: 'elementKey', message: 'okänt element i versionen' }]);
    }
    const row = await insertChangeRequest(tx, { versionId, elementKey, text, source: source ?? null, submittedBy: actor.userId });
    await audit(tx, actor, { event: 'catalogue.change_requested', entityType: 'catalogue_version', entityId: versionId, details: { elementKey, changeRequest: row.id } });
    return { ...row, createdAt: row.createdAt.toISOString(), submittedByName: actor.name };
  });
}

export async function getChangeRequests(db: Database, versionId: string) {
  return db.read(async (q) => {
    if (!(await findVersion(q, versionId))) throw notFound('Katalogversionen');
    const rows = await listChangeRequests(q, versionId);
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
  });
}
