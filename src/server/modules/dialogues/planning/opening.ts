/**
 * Opening a round: in ONE transaction every planned case of the round is invited through the case's
 * own step (guards, transition, invitation e-mail in the outbox, audit), the round becomes open and
 * 'round.opened' is audited. Opening sends the invitations now, also before the planned invitation
 * date; a hold in force today or on the invitation date refuses the case. When any case is refused,
 * nothing is changed and the answer lists every refused organiser with its reasons.
 *
 * And the counterpart once the deadline has passed: "Registrera uteblivna svar" records no answer for
 * every invited case of an open round whose deadline has passed, also in one transaction.
 */
import { swedishToday } from '../calendar/swedish-time.ts';
import type { RoundDetail } from '../../../../shared/api/dialogue-planning.ts';
import type { ErrorDetail } from '../../../../shared/errors.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, versionConflict } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { takeStep } from '../cases.ts';
import type { DialogueRow } from '../repository.ts';
import { holdText } from './eligibility.ts';
import { holdsDuring } from './hold-repository.ts';
import { casesOfRoundIn, lockRound, organisersOfCases, setRoundStatusIfVersion } from './repository.ts';
import { getRound } from './rounds.ts';

const NOT_PLANNED = { open: 'Omgången är redan öppnad.', closed: 'Omgången är stängd.' } as const;

export async function openRound({ db, actor, id, version, publicUrl, now = new Date() }: {
  db: Database; actor: Actor; id: string; version: number; publicUrl: string; now?: Date;
}): Promise<RoundDetail> {
  await db.transaction(async (tx) => {
    const round = await lockRound(tx, id);
    if (!round) throw notFound('Omgången');
    if (round.version !== version) throw versionConflict('Omgången');
    if (round.status !== 'planned') throw new DomainError('conflict', NOT_PLANNED[round.status], `round ${round.status}`);
    const planned = await casesOfRoundIn(tx, id, 'planned');
    if (planned.length === 0) {
      throw new DomainError('conflict', 'Omgången har inga planerade dialoger att bjuda in. Lägg till huvudmän först.', 'empty round');
    }
    const members = await organisersOfCases(tx, planned.map((d) => d.id));
    // takeStep checks the holds in force today; a later invitation date is checked here as well.
    const later = round.invitationDate > swedishToday(now)
      ? await holdsDuring(tx, round.invitationDate, round.invitationDate, [...new Set(members.map((m) => m.id))])
      : [];

    const refused: ErrorDetail[] = [];
    const refuse = (dialogue: DialogueRow, reasons: string[]) => {
      const names = members.filter((m) => m.dialogueId === dialogue.id).map((m) => m.name).join(', ');
      refused.push({ path: `dialogues.${dialogue.id}`, field: names, message: reasons.join(' ') });
    };
    for (const dialogue of planned) {
      const own = new Set(members.filter((m) => m.dialogueId === dialogue.id).map((m) => m.id));
      const holds = later.filter((h) => own.has(h.organiserId));
      if (holds.length > 0) {
        refuse(dialogue, holds.map((h) => `Huvudmannen ska inte bjudas in på inbjudningsdagen: ${holdText(h)}.`));
        continue;
      }
      try {
        await takeStep(tx, { actor, current: dialogue, version: null, event: 'invite', now, publicUrl });
      } catch (error) {
        // A refused guard throws before the step writes anything, so the transaction is still usable.
        if (!(error instanceof DomainError) || error.code !== 'conflict') throw error;
        refuse(dialogue, error.details?.map((d) => d.message) ?? [error.userMessage]);
      }
    }
    if (refused.length > 0) {
      throw new DomainError(
        'conflict',
        `Omgången öppnades inte: ${refused.length} av ${planned.length} dialoger kan inte bjudas in. Ingenting har ändrats och inga inbjudningar har skickats.`,
        'round open refused', refused,
      );
    }
    if (!(await setRoundStatusIfVersion(tx, id, version, 'open'))) throw versionConflict('Omgången');
    await audit(tx, actor, {
      event: 'round.opened', entityType: 'dialogue_round', entityId: id, details: { invited: planned.length, invitationDate: round.invitationDate },
    });
  });
  return getRound({ db, id, now });
}

export async function recordNoAnswers({ db, actor, id, publicUrl, now = new Date() }: {
  db: Database; actor: Actor; id: string; publicUrl: string; now?: Date;
}): Promise<{ recorded: number; round: RoundDetail }> {
  const recorded = await db.transaction(async (tx) => {
    const round = await lockRound(tx, id);
    if (!round) throw notFound('Omgången');
    if (round.status !== 'open') throw new DomainError('conflict', 'Uteblivna svar registreras när omgången är öppen.', `round ${round.status}`);
    const today = swedishToday(now);
    const overdue = (await casesOfRoundIn(tx, id, 'invited')).filter((d) => d.answerDeadline !== null && d.answerDeadline < today);
    for (const dialogue of overdue) await takeStep(tx, { actor, current: dialogue, version: null, event: 'record_no_answer', now, publicUrl });
    if (overdue.length > 0) {
      await audit(tx, actor, { event: 'round.updated', entityType: 'dialogue_round', entityId: id, details: { recordedNoAnswer: overdue.length } });
    }
    return overdue.length;
  });
  return { recorded, round: await getRound({ db, id, now }) };
}
