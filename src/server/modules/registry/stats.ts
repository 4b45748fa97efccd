/**
 * Registry aggregates for analysts. A group with fewer organisers than the configured minimum is
 * suppressed: neither its count nor its children are shown.
 */
import type { Database } from '../../platform/db/database.ts';
import { countByDimension, type StatsDimension } from './stats-repository.ts';

const DIMENSIONS: StatsDimension[] = ['sizeClass', 'kind', 'county', 'office'];

export async function registryStats({ db, minGroupSize }: { db: Database; minGroupSize: number }) {
  const groups = await db.read(async (q) => {
    const all = [];
    for (const dimension of DIMENSIONS) {
      for (const row of await countByDimension(q, dimension)) {
        const suppressed = row.organisers < minGroupSize;
        all.push({
          dimension, key: row.key, suppressed,
          organisers: suppressed ? null : row.organisers,
          childrenPupils: suppressed ? null : row.childrenPupils,
        });
      }
    }
    return all;
  });
  return { minGroupSize, groups };
}
