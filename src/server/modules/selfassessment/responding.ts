/**
 * Use cases of a respondent, who holds a signed link and no account: open the form, and save an
 * answer as they type. A save names the revision it started from; if the answer has been saved from
 * elsewhere since (another tab, the phone), nothing is overwritten and the saved answer comes back.
 */
import type { Answer, AnswerSave } from '../../../shared/api/selfassessment.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { invalidLink, linkSigner } from '../access/links.ts';
import { answersOfRespondent, findAnswer, findRespondent, saveAnswerIfRevision, touchRespondent, type AnswerRow } from './repository.ts';
import { statementKeys } from './summary.ts';

export const presentAnswer = (row: AnswerRow): Answer => ({
  statementKey: row.statementKey, rating: row.rating, dontKnow: row.dontKnow, comment: row.comment, revision: row.revision,
  updatedAt: row.updatedAt.toISOString(),
});

/** The respondent a link names, if the link is genuine, current and not replaced by a newer one. */
async function respondentOfLink(db: Database, config: Config, token: string) {
  const claims = await (await linkSigner(db, config.LINK_SECRET)).verify(token, 'self_assessment');
  const found = await db.read((q) => findRespondent(q, claims.subject));
  if (!found || found.respondent.linkVersion !== claims.version) throw invalidLink();
  if (found.assessment.closedAt) {
    throw new DomainError('conflict', 'Självskattningen är avslutad och tar inte emot fler svar.', 'self-assessment closed');
  }
  return found;
}

export async function openResponse({ db, config, token }: { db: Database; config: Config; token: string }) {
  const found = await respondentOfLink(db, config, token);
  const answers = await db.read((q) => answersOfRespondent(q, found.respondent.id));
  return {
    selfAssessment: { title: found.assessment.title, organiserName: found.organiserName },
    respondent: { name: found.respondent.name, position: found.respondent.position },
    linkExpiresAt: found.respondent.linkExpiresAt.toISOString(),
    factors: found.catalogue.successFactors.map((f) => ({
      key: f.key, name: f.name, description: f.description, statements: f.statements.map((s) => ({ key: s.key, text: s.text })),
    })),
    answers: answers.map(presentAnswer),
  };
}

export type SaveResult = { saved: Answer } | { conflict: Answer };

export async function saveAnswer({ db, config, token, statementKey, save }: {
  db: Database; config: Config; token: string; statementKey: string; save: AnswerSave;
}): Promise<SaveResult> {
  const found = await respondentOfLink(db, config, token);
  if (!statementKeys(found.catalogue).has(statementKey)) {
    throw new DomainError('not_found', `Påståendet "${statementKey}" finns inte i den här självskattningen.`, 'unknown statement');
  }
  const respondentId = found.respondent.id;
  return db.transaction(async (tx) => {
    const now = new Date();
    const saved = await saveAnswerIfRevision(tx, respondentId, statementKey,
      { rating: save.dontKnow ? null : save.rating, dontKnow: save.dontKnow, comment: save.comment.trim() }, save.baseRevision, now);
    if (!saved) return { conflict: presentAnswer((await findAnswer(tx, respondentId, statementKey))!) };
    await touchRespondent(tx, respondentId, now);
    return { saved: presentAnswer(saved) };
  });
}
