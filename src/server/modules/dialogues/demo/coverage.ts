/**
 * Who was offered a dialogue by the end of 2025: the 37 municipal organisers in another targeted
 * intervention are never invited; four of them lie in municipalities without private organisers and
 * one in a municipality whose only private organiser declines, so that exactly five municipalities
 * have nobody reached. The organisers still to be offered in spring 2026 are private ones, chosen so
 * that the published participation shares by kind and by size agree (see quotas.ts).
 */
import type { Random } from '../../demo/random.ts';
import { PERSONA_MUNICIPALITY } from '../../demo/personas.ts';
import { countCells, participantQuotas, privateRate, type CellCounts } from './quotas.ts';
import {
  HISTORY_YEARS, MUNICIPALITIES_NOT_REACHED, NOT_YET_OFFERED_MEDIUM_CAP, PARTICIPATION, TABLE_1, TARGETED_INTERVENTIONS, TARGETED_SIZE,
} from './targets.ts';
import type { HistoryOrganiser } from './types.ts';
import { groupBy } from './collections.ts';

export interface CoveragePlan {
  /** Municipal organisers under a targeted intervention, never invited. */
  targeted: HistoryOrganiser[];
  /** Municipalities of the four targeted organisers without private organisers, and the fifth. */
  notReached: string[];
  /** The private organiser of the fifth municipality; it must decline. */
  mustDecline: string;
  /** One private organiser in each other targeted municipality takes part, so it counts as reached. */
  mustTakePart: string[];
  /** Invited in 2022–2025. */
  invited: HistoryOrganiser[];
  /** Offered first in spring 2026. */
  notYetOffered: HistoryOrganiser[];
}

const INVITED_2022_2025 = HISTORY_YEARS.reduce((sum, year) => sum + TABLE_1[year].invited, 0);

export function planCoverage(random: Random, organisers: readonly HistoryOrganiser[], protectedKeys: ReadonlySet<string>): CoveragePlan {
  const privateByMunicipality = groupBy(organisers.filter((o) => o.group === 'private'), (o) => o.municipalityCode);
  const privateOf = (code: string) => privateByMunicipality.get(code) ?? [];
  const candidates = random.shuffle(organisers.filter((o) => o.kind === 'kommun' && o.status === 'active'
    && o.childrenPupils >= TARGETED_SIZE.min && o.childrenPupils <= TARGETED_SIZE.max && o.municipalityCode !== PERSONA_MUNICIPALITY));

  const withoutPrivate = candidates.filter((o) => privateOf(o.municipalityCode).length === 0).slice(0, MUNICIPALITIES_NOT_REACHED.withoutPrivate);
  const fifth = candidates.find((o) => privateOf(o.municipalityCode).length === 1 && privateOf(o.municipalityCode)[0]!.status === 'active'
    && !protectedKeys.has(privateOf(o.municipalityCode)[0]!.key));
  if (withoutPrivate.length < MUNICIPALITIES_NOT_REACHED.withoutPrivate || !fifth) {
    throw new Error('Demohistoriken behöver fyra kommuner utan enskilda huvudmän och en med en enda enskild huvudman (700–30 000 barn och elever i kommunen).');
  }
  const others = candidates.filter((o) => o !== fifth && privateOf(o.municipalityCode).some((p) => p.status === 'active'))
    .slice(0, TARGETED_INTERVENTIONS - withoutPrivate.length - 1);
  const targeted = [...withoutPrivate, fifth, ...others];
  const mustDecline = privateOf(fifth.municipalityCode)[0]!.key;

  // Organisers that must stay invited: the one private organiser of each targeted municipality that
  // keeps the municipality reached, the fifth municipality's decliner, dormant and ceased organisers
  // (they never answer), large ones, and the demo personas' organisers.
  const keep = new Set<string>([mustDecline, ...protectedKeys]);
  const mustTakePart: string[] = [];
  for (const t of others) {
    const active = privateOf(t.municipalityCode).filter((o) => o.status === 'active');
    const keeper = active.find((o) => keep.has(o.key)) ?? random.pick(active.length > 0 ? active : privateOf(t.municipalityCode));
    keep.add(keeper.key);
    mustTakePart.push(keeper.key);
  }
  const targetedKeys = new Set(targeted.map((o) => o.key));
  const rest = organisers.filter((o) => !targetedKeys.has(o.key));
  const pool = rest.filter((o) => o.group === 'private' && o.status === 'active' && o.sizeClass !== 'large' && !keep.has(o.key));
  const later = rest.length - INVITED_2022_2025;
  if (later < 0) throw new Error(`Demohistoriken behöver minst ${INVITED_2022_2025 + targeted.length} huvudmän.`);

  const mediumCount = chooseMediumCount(countCells(rest), later, pool.filter((o) => o.sizeClass === 'medium').length);
  const medium = random.shuffle(pool.filter((o) => o.sizeClass === 'medium')).slice(0, mediumCount);
  const small = random.shuffle(pool.filter((o) => o.sizeClass === 'small')).slice(0, later - mediumCount);
  const notYet = new Set([...medium, ...small].map((o) => o.key));
  if (notYet.size !== later) throw new Error('Demohistoriken hittade för få enskilda huvudmän att erbjuda först 2026.');
  return {
    targeted,
    notReached: [...withoutPrivate, fifth].map((o) => o.municipalityCode),
    mustDecline,
    mustTakePart,
    invited: rest.filter((o) => !notYet.has(o.key)),
    notYetOffered: rest.filter((o) => notYet.has(o.key)),
  };
}

/** How many of those offered later are medium-sized, so that the private share comes closest to 72 %. */
function chooseMediumCount(all: CellCounts, later: number, availableMedium: number): number {
  let best = 0;
  let bestGap = Infinity;
  const max = Math.min(availableMedium, Math.floor(later * NOT_YET_OFFERED_MEDIUM_CAP));
  for (let medium = 0; medium <= max; medium++) {
    const counts: CellCounts = { ...all };
    counts['private-medium'] = (counts['private-medium'] ?? 0) - medium;
    counts['private-small'] = (counts['private-small'] ?? 0) - (later - medium);
    const gap = Math.abs(privateRate(counts, participantQuotas(counts)) - PARTICIPATION.private);
    if (gap < bestGap - 1e-9) {
      best = medium;
      bestGap = gap;
    }
  }
  return best;
}
