/** Use case: one organiser's analysis basis, within the caller's organiser scope. */
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { DomainError } from '../../platform/errors.ts';
import { findLatestPublished } from '../catalogue/repository.ts';
import { getOrganiserProfile } from '../registry/organisers.ts';
import { buildAnalysisBasis } from './basis.ts';
import type { ValueCube } from './cube.ts';
import { latestImport } from './repository.ts';

export async function getAnalysisBasis({ db, cube, actor, organiserId, minOrganisers }: {
  db: Database; cube: ValueCube; actor: Actor; organiserId: string; minOrganisers: number;
}) {
  const organiser = await getOrganiserProfile({ db, actor, id: organiserId });
  const [catalogue, vintage] = await db.read((q) => Promise.all([findLatestPublished(q), latestImport(q)]));
  if (!catalogue) {
    throw new DomainError('not_found', 'Det finns ingen publicerad version av kvalitetssystemet att bygga analysunderlaget på.', 'no published catalogue');
  }
  const data = await cube.current();
  return buildAnalysisBasis({
    cube: data,
    catalogue: { id: catalogue.id, label: catalogue.label, content: catalogue.content },
    organiser: {
      id: organiser.id, name: organiser.name, orgNumber: organiser.orgNumber, kind: organiser.kind, sizeClass: organiser.sizeClass,
      municipalityGroup: data.attributes.get(organiser.id)?.municipalityGroup ?? null,
      schoolForms: organiser.schoolFormTotals,
    },
    vintage: vintage ? { label: vintage.label, importedAt: vintage.importedAt.toISOString() } : null,
    selfAssessment: null,
    minOrganisers,
  });
}
