/**
 * Concerns (koncerner): a few dozen groups of 2–15 private organisers under one owner, mostly
 * limited companies, as with the national preschool and school chains.
 */
import { CONCERN_PATTERNS } from './organiser-names.ts';
import { brandWord } from './names.ts';
import type { Random } from './random.ts';
import type { DemoConcern } from './types.ts';

const CONCERNS_290 = 32;
const MIN_MEMBERS = 2;
const MAX_MEMBERS = 15;

export interface ConcernCandidate {
  kind: string;
  childrenPupils: number;
  active: boolean;
}

export interface ConcernAssignment {
  concerns: DemoConcern[];
  /** Brand of each concern, by key, for naming its members. */
  brands: Map<string, string>;
  /** Concern key per candidate index, null when outside any concern. */
  memberOf: (string | null)[];
}

export function assignConcerns(random: Random, candidates: readonly ConcernCandidate[], municipalityCount: number): ConcernAssignment {
  const memberOf: (string | null)[] = candidates.map(() => null);
  const concerns: DemoConcern[] = [];
  const brands = new Map<string, string>();
  const usedBrands = new Set<string>();
  // Bigger organisers are likelier to belong to a group; aktiebolag far likelier than the rest.
  const pool = candidates
    .map((c, i) => ({ i, weight: (c.kind === 'aktiebolag' ? 10 : 1) * (c.childrenPupils >= 1000 ? 4 : c.childrenPupils >= 50 ? 2 : 1) }))
    .filter(({ i }) => candidates[i]?.active === true && candidates[i]?.kind !== 'ekonomisk_forening');
  const count = Math.round((CONCERNS_290 * municipalityCount) / 290);
  for (let c = 0; c < count && pool.length >= MIN_MEMBERS; c++) {
    let brand = brandWord(random);
    for (let attempt = 0; usedBrands.has(brand) && attempt < 20; attempt++) brand = brandWord(random);
    if (usedBrands.has(brand)) brand = `${brand} ${c + 1}`;
    usedBrands.add(brand);
    const key = `concern-${String(c + 1).padStart(2, '0')}`;
    concerns.push({ key, name: random.pick(CONCERN_PATTERNS)(brand) });
    brands.set(key, brand);
    // Mostly small groups, a few large chains.
    const size = Math.min(pool.length, MIN_MEMBERS + Math.floor((MAX_MEMBERS - MIN_MEMBERS + 1) * random.next() ** 2.5));
    for (let m = 0; m < size; m++) {
      const pick = random.weightedIndex(pool.map((p) => p.weight));
      const [chosen] = pool.splice(pick, 1);
      if (chosen) memberOf[chosen.i] = key;
    }
  }
  return { concerns, brands, memberOf };
}
