/**
 * Cycles: periods in which every eligible organiser is to be offered a dialogue within N years (the
 * first cycle three years, from the second half of 2025 two). Windows do not overlap, so that "already
 * offered within the cycle" has one meaning.
 */
import { swedishToday } from '../calendar/swedish-time.ts';
import type { Cycle, CycleCreate } from '../../../../shared/api/dialogue-planning.ts';
import type { ErrorDetail } from '../../../../shared/errors.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { notFound, validation } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { addYears, longDate } from './dates.ts';
import { findCycle, insertCycle, listCycles as cycleRows, overlappingCycle, type CycleRow } from './repository.ts';

export const presentCycle = (cycle: CycleRow, rounds: number): Cycle => ({
  id: cycle.id, name: cycle.name, startsOn: cycle.startsOn, endsOn: cycle.endsOn, offerWithinYears: cycle.offerWithinYears, rounds, version: cycle.version,
});

export async function listCycles({ db }: { db: Database }) {
  const rows = await db.read(cycleRows);
  return { items: rows.map((r) => presentCycle(r.cycle, r.rounds)) };
}

export async function getCycle(db: Database, id: string) {
  const row = await db.read((q) => findCycle(q, id));
  if (!row) throw notFound('Cykeln');
  return row;
}

export async function createCycle({ db, actor, input, now = new Date() }: { db: Database; actor: Actor; input: CycleCreate; now?: Date }): Promise<Cycle> {
  const problems: ErrorDetail[] = [];
  const problem = (field: keyof CycleCreate, message: string) => problems.push({ path: field, field, message });
  const latestEnd = addYears(input.startsOn, input.offerWithinYears);
  if (input.endsOn <= input.startsOn) problem('endsOn', 'Sista dagen ska vara efter första dagen.');
  else if (input.endsOn > latestEnd) {
    problem('endsOn', `En cykel där alla ska erbjudas en dialog inom ${input.offerWithinYears} år kan pågå till och med ${longDate(latestEnd)}.`);
  }
  if (input.endsOn < swedishToday(now)) problem('endsOn', 'Cykelns sista dag har redan passerat.');
  if (problems.length > 0) throw validation(problems);

  const id = await db.transaction(async (tx) => {
    const overlap = await overlappingCycle(tx, input.startsOn, input.endsOn);
    if (overlap) {
      throw validation([{
        path: 'startsOn', field: 'startsOn',
        message: `Perioden överlappar ${overlap.name} (${longDate(overlap.startsOn)}–${longDate(overlap.endsOn)}). Cyklerna ska följa på varandra.`,
      }]);
    }
    const row = await insertCycle(tx, { name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, offerWithinYears: input.offerWithinYears });
    await audit(tx, actor, {
      event: 'cycle.created', entityType: 'dialogue_cycle', entityId: row.id,
      details: { name: row.name, startsOn: row.startsOn, endsOn: row.endsOn, offerWithinYears: row.offerWithinYears },
    });
    return row.id;
  });
  const created = await getCycle(db, id);
  return presentCycle(created.cycle, created.rounds);
}
