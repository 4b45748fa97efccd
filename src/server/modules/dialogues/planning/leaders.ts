/** The leaders a coordinator picks a pair from: every dialogue leader of Skolverket and of SPSM. */
import type { DialogueLeader } from '../../../../shared/api/dialogue-planning.ts';
import type { Database } from '../../../platform/db/database.ts';
import { dialogueLeaders } from './repository.ts';

export async function listLeaders({ db }: { db: Database }): Promise<{ items: DialogueLeader[] }> {
  const rows = await db.read(dialogueLeaders);
  return {
    items: rows.map((u) => ({ id: u.id, name: u.name, agency: u.role === 'leader_spsm' ? 'spsm' as const : 'skolverket' as const, officeCode: u.officeCode })),
  };
}
