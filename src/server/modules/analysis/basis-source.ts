/**
 * What an analysis basis is built from — the published catalogue, the latest value import, the value
 * cube and the organiser's facts — and the assembly of one basis from them. The scoped public path
 * (analysis-basis.ts) and the system's batch both build through here, so that a stored snapshot holds
 * exactly what a user would have been shown. Nothing here checks a caller's scope: callers do.
 */
import type { AnalysisBasis, SelfAssessmentSummary } from '../../../shared/api/analysis.ts';
import type { CatalogueContent } from '../../../shared/api/catalogue.ts';
import type { Database } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { findLatestPublished } from '../catalogue/repository.ts';
import { sharedSummaries } from '../selfassessment/selfassessments.ts';
import { buildAnalysisBasis } from './basis.ts';
import type { CubeData, ValueCube } from './cube.ts';
import { loadBasisProfiles, type BasisProfile } from './profile-repository.ts';
import { latestImport } from './repository.ts';

export interface BasisContext {
  cube: CubeData;
  catalogue: { id: string; label: string; content: CatalogueContent };
  vintage: { id: string; label: string; importedAt: string } | null;
  minOrganisers: number;
}

export async function loadBasisContext({ db, cube, minOrganisers }: { db: Database; cube: ValueCube; minOrganisers: number }): Promise<BasisContext> {
  const [catalogue, vintage] = await db.read((q) => Promise.all([findLatestPublished(q), latestImport(q)]));
  if (!catalogue) {
    throw new DomainError('not_found', 'Det finns ingen publicerad version av kvalitetssystemet att bygga analysunderlaget på.', 'no published catalogue');
  }
  return {
    cube: await cube.current(),
    catalogue: { id: catalogue.id, label: catalogue.label, content: catalogue.content },
    vintage: vintage ? { id: vintage.id, label: vintage.label, importedAt: vintage.importedAt.toISOString() } : null,
    minOrganisers,
  };
}

/** An organiser's facts and the self-assessment it shares (part of the inputs key too): with the context, what one basis is built from. */
export type BasisSubject = BasisProfile & { selfAssessment: SelfAssessmentSummary | null };

/** The subjects of many organisers at once (the batch builds thousands). */
export async function loadBasisSubjects(db: Database, ids: readonly string[]): Promise<Map<string, BasisSubject>> {
  const profiles = await db.read((q) => loadBasisProfiles(q, ids));
  const summaries = await sharedSummaries(db, ids);
  return new Map([...profiles].map(([id, profile]) => [id, { ...profile, selfAssessment: summaries.get(id) ?? null }]));
}

export function assembleBasis(context: BasisContext, organiser: BasisSubject): AnalysisBasis {
  const { cube, catalogue, vintage, minOrganisers } = context;
  return buildAnalysisBasis({
    cube,
    catalogue,
    organiser: {
      id: organiser.id, name: organiser.name, orgNumber: organiser.orgNumber, kind: organiser.kind, sizeClass: organiser.sizeClass,
      municipalityGroup: cube.attributes.get(organiser.id)?.municipalityGroup ?? null,
      schoolForms: organiser.schoolFormTotals,
    },
    vintage: vintage ? { label: vintage.label, importedAt: vintage.importedAt } : null,
    selfAssessment: organiser.selfAssessment,
    minOrganisers,
  });
}

/** The system's own path (no actor, no scope): one organiser's basis, e.g. for a batch or a job. */
export async function buildBasisFor({ db, cube, organiserId, minOrganisers }: {
  db: Database; cube: ValueCube; organiserId: string; minOrganisers: number;
}): Promise<{ basis: AnalysisBasis; context: BasisContext }> {
  const context = await loadBasisContext({ db, cube, minOrganisers });
  const organiser = (await loadBasisSubjects(db, [organiserId])).get(organiserId);
  if (!organiser) throw new DomainError('not_found', 'Huvudmannen finns inte.', `organiser ${organiserId} not found`);
  return { basis: assembleBasis(context, organiser), context };
}
