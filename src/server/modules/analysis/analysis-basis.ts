/** Use case: one organiser's analysis basis, within the caller's organiser scope. */
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { getOrganiserProfile } from '../registry/organisers.ts';
import { sharedSummaries } from '../selfassessment/selfassessments.ts';
import { assembleBasis, loadBasisContext } from './basis-source.ts';
import type { ValueCube } from './cube.ts';

export async function getAnalysisBasis({ db, cube, actor, organiserId, minOrganisers }: {
  db: Database; cube: ValueCube; actor: Actor; organiserId: string; minOrganisers: number;
}) {
  // The scope check comes first: another organiser's representative learns nothing, not even of a missing catalogue.
  const organiser = await getOrganiserProfile({ db, actor, id: organiserId });
  const context = await loadBasisContext({ db, cube, minOrganisers });
  const selfAssessment = (await sharedSummaries(db, [organiserId])).get(organiserId) ?? null;
  return assembleBasis(context, { ...organiser, selfAssessment });
}
