/**
 * Use cases of the observation taxonomy: list and read versions, keep one draft (a copy of the
 * latest published version), save its themes (If-Match) and publish it. A published version never
 * changes; the forms filled in against it keep pointing at it.
 */
import type { TaxonomyDetail } from '../../../../shared/api/dialogue-observations.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import {
  findDraftTaxonomy, findLatestPublishedTaxonomy, findTaxonomy, insertTaxonomy, listTaxonomies, nextTaxonomyVersionNo, publishedTaxonomies,
  updateDraftTaxonomyIfVersion, type TaxonomyRow,
} from './repository.ts';
import type { ObservationTheme } from './schema.ts';
import { draftProblems, publishProblems } from './taxonomy-rules.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentTaxonomy(row: TaxonomyRow): TaxonomyDetail {
  return {
    id: row.id, versionNo: row.versionNo, status: row.status, publishedAt: iso(row.publishedAt), createdAt: row.createdAt.toISOString(),
    version: row.version, themes: row.themes,
  };
}

export async function getTaxonomies(db: Database) {
  const rows = await db.read(listTaxonomies);
  return {
    items: rows.map((row) => {
      const { themes, ...rest } = presentTaxonomy(row);
      return { ...rest, themes: themes.length, needs: themes.reduce((n, t) => n + t.needs.length, 0) };
    }),
  };
}

export async function getTaxonomy(db: Database, id: string) {
  const row = await db.read((q) => findTaxonomy(q, id));
  if (!row) throw notFound('Versionen av observationsteman');
  return presentTaxonomy(row);
}

const isUniqueViolation = (error: unknown) =>
  String((error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code) === '23505';

const draftExists = () =>
  new DomainError('conflict', 'Det finns redan ett utkast. Fortsätt arbeta i det eller publicera det innan du skapar ett nytt.', 'taxonomy draft exists');

/** The next version as a copy of the latest published one (empty when none is published). */
export async function createTaxonomyDraft({ db, actor }: { db: Database; actor: Actor }) {
  return db.transaction(async (tx) => {
    if (await findDraftTaxonomy(tx)) throw draftExists();
    const base = await findLatestPublishedTaxonomy(tx);
    const versionNo = await nextTaxonomyVersionNo(tx);
    const row = await insertTaxonomy(tx, { versionNo, status: 'draft', themes: base?.themes ?? [], createdBy: actor.userId });
    await audit(tx, actor, {
      event: 'observation.taxonomy_saved', entityType: 'observation_taxonomy', entityId: row.id,
      details: { versionNo, basedOn: base?.versionNo ?? null, created: true },
    });
    return presentTaxonomy(row);
  }).catch((error: unknown) => {
    // Two stewards creating a draft at once: the version number is unique, the second one loses.
    if (isUniqueViolation(error)) throw draftExists();
    throw error;
  });
}

async function draftAt(db: Database, id: string, version: number) {
  const row = await db.read((q) => findTaxonomy(q, id));
  if (!row) throw notFound('Versionen av observationsteman');
  if (row.status !== 'draft') {
    throw new DomainError('conflict', `Version ${row.versionNo} är publicerad och kan inte ändras. Skapa ett nytt utkast för ändringar.`, 'published taxonomy is immutable');
  }
  if (row.version !== version) throw versionConflict('Utkastet');
  return row;
}

/** Leaves out empty descriptions, so that a cleared field is not kept as "". */
const tidy = (themes: readonly ObservationTheme[]): ObservationTheme[] =>
  themes.map((t) => ({ key: t.key, label: t.label, ...(t.description ? { description: t.description } : {}), needs: t.needs.map((n) => ({ key: n.key, label: n.label })) }));

export async function saveTaxonomyDraft({ db, actor, id, version, themes }: {
  db: Database; actor: Actor; id: string; version: number; themes: ObservationTheme[];
}) {
  await draftAt(db, id, version);
  const clean = tidy(themes);
  const published = await db.read(publishedTaxonomies);
  const problems = draftProblems(clean, published);
  if (problems.length > 0) throw validation(problems);
  return db.transaction(async (tx) => {
    const row = await updateDraftTaxonomyIfVersion(tx, id, version, { themes: clean });
    if (!row) throw versionConflict('Utkastet');
    await audit(tx, actor, {
      event: 'observation.taxonomy_saved', entityType: 'observation_taxonomy', entityId: id,
      details: { versionNo: row.versionNo, themes: clean.length, needs: clean.reduce((n, t) => n + t.needs.length, 0) },
    });
    return presentTaxonomy(row);
  });
}

export async function publishTaxonomy({ db, actor, id, version }: { db: Database; actor: Actor; id: string; version: number }) {
  const draft = await draftAt(db, id, version);
  const published = await db.read(publishedTaxonomies);
  const problems = publishProblems(draft.themes, published);
  if (problems.length > 0) {
    throw new DomainError('validation', `Utkastet kan inte publiceras: ${problems.map((p) => p.message).join(' ')}`, 'taxonomy draft incomplete', problems);
  }
  return db.transaction(async (tx) => {
    const row = await updateDraftTaxonomyIfVersion(tx, id, version, { status: 'published', publishedAt: new Date() });
    if (!row) throw versionConflict('Utkastet');
    await audit(tx, actor, {
      event: 'observation.taxonomy_published', entityType: 'observation_taxonomy', entityId: id,
      details: { versionNo: row.versionNo, themes: row.themes.length },
    });
    return presentTaxonomy(row);
  });
}
