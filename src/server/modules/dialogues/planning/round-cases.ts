/**
 * Adding organisers to a planned round: the coordinator picks eligible organisers and a pair, and one
 * case per organiser is created in one transaction (state planned, the round's answer deadline, the
 * office of the organiser's municipality, the organiser's school forms). An organiser that is not
 * eligible on the round's invitation date refuses the whole request, with the reasons.
 */
import type { RoundAddOrganisers, RoundDetail } from '../../../../shared/api/dialogue-planning.ts';
import type { ErrorDetail } from '../../../../shared/errors.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { checkPair } from '../pair.ts';
import { insertDialogue, insertDialogueOrganisers } from '../repository.ts';
import { assessOrganisers } from './eligibility.ts';
import { findCycle, lockRound } from './repository.ts';
import { getRound } from './rounds.ts';

export async function addOrganisersToRound({ db, actor, roundId, input, now = new Date() }: {
  db: Database; actor: Actor; roundId: string; input: RoundAddOrganisers; now?: Date;
}): Promise<RoundDetail> {
  await db.transaction(async (tx) => {
    const round = await lockRound(tx, roundId);
    if (!round) throw notFound('Omgången');
    if (round.status !== 'planned') {
      throw new DomainError('conflict', 'Omgången är redan öppnad. Huvudmän läggs till medan omgången är planerad.', `round ${round.status}`);
    }
    await checkPair(tx, input.leaderSkolverketId, input.leaderSpsmId);
    const cycle = (await findCycle(tx, round.cycleId))!.cycle;
    const ids = [...new Set(input.organiserIds)];
    const assessed = new Map((await assessOrganisers(tx, cycle, round.invitationDate, ids)).map((a) => [a.fact.id, a]));
    const problems: ErrorDetail[] = ids.flatMap((id, i) => {
      const found = assessed.get(id);
      if (!found) return [{ path: `organiserIds.${i}`, field: 'organiserIds', message: 'Huvudmannen finns inte.' }];
      if (found.reasons.length === 0) return [];
      return [{ path: `organiserIds.${i}`, field: found.fact.name, message: `Kan inte bjudas in i omgången: ${found.reasons.map((r) => r.text).join(' ')}` }];
    });
    if (problems.length > 0) throw validation(problems);

    for (const id of ids) {
      const { fact } = assessed.get(id)!;
      const row = await insertDialogue(tx, {
        roundId, officeCode: fact.officeCode, leaderSkolverketId: input.leaderSkolverketId, leaderSpsmId: input.leaderSpsmId,
        schoolForms: fact.schoolForms, answerDeadline: round.answerDeadline,
      });
      await insertDialogueOrganisers(tx, [{ dialogueId: row.id, organiserId: id, primary: true }]);
      await audit(tx, actor, {
        event: 'dialogue.created', entityType: 'dialogue', entityId: row.id, organiserId: id, details: { organisers: 1, roundId },
      });
    }
    await audit(tx, actor, { event: 'round.updated', entityType: 'dialogue_round', entityId: roundId, details: { added: ids.length } });
  });
  return getRound({ db, id: roundId, now });
}
