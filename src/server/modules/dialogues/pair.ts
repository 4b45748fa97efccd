/** The leader pair: one leader from Skolverket and one from SPSM, each a leader of that agency. */
import type { Tx } from '../../platform/db/database.ts';
import { validation } from '../../platform/errors.ts';
import { usersByIds } from './repository.ts';

export async function checkPair(tx: Tx, skolverketId: string | null, spsmId: string | null): Promise<void> {
  const ids = [skolverketId, spsmId].filter((x): x is string => x !== null);
  if (ids.length === 0) return;
  const found = await usersByIds(tx, ids);
  const problems = [];
  if (skolverketId && spsmId && skolverketId === spsmId) {
    problems.push({ path: 'leaderSpsmId', field: 'leaderSpsmId', message: 'Paret ska vara två personer, en från varje myndighet.' });
  }
  const sv = found.find((u) => u.id === skolverketId);
  if (skolverketId && (!sv || sv.role !== 'leader_skolverket')) {
    problems.push({
      path: 'leaderSkolverketId', field: 'leaderSkolverketId',
      message: sv?.role === 'leader_spsm' ? `${sv.name} är dialogutförare vid SPSM; paret ska ha en dialogutförare från varje myndighet.` : 'Välj en dialogutförare från Skolverket.',
    });
  }
  const spsm = found.find((u) => u.id === spsmId);
  if (spsmId && (!spsm || spsm.role !== 'leader_spsm')) {
    problems.push({
      path: 'leaderSpsmId', field: 'leaderSpsmId',
      message: spsm?.role === 'leader_skolverket' ? `${spsm.name} är dialogutförare vid Skolverket; paret ska ha en dialogutförare från varje myndighet.` : 'Välj en dialogutförare från SPSM.',
    });
  }
  if (problems.length > 0) throw validation(problems);
}
