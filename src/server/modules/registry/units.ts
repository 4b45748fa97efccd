/** Use cases on school units. */
import type { Database } from '../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../platform/http/access.ts';
import { listUnits, type UnitFilter } from './repository.ts';

type UnitListRow = Awaited<ReturnType<typeof listUnits>>['items'][number];

/** A unit with its total of children and pupils over its school forms. */
export const presentUnit = (unit: UnitListRow) => ({
  ...unit,
  childrenPupils: unit.schoolForms.reduce((sum, f) => sum + f.childrenPupils, 0),
});

export async function searchUnits({ db, actor, filter }: { db: Database; actor: Actor; filter: UnitFilter }) {
  const result = await db.read((q) => listUnits(q, filter, organiserScope(actor)));
  return { total: result.total, items: result.items.map(presentUnit) };
}
