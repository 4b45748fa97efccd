/**
 * The respondent's side of the feedback survey, reached through the signed link without an account:
 * open the questions, and send an answer. Several people may answer through the same link; nothing
 * about the respondent is stored (no name, address or link identity per answer).
 */
import type { SurveyForm, SurveyResponse } from '../../../../shared/api/dialogue-feedback.ts';
import { FEEDBACK_QUESTIONS } from '../../../../shared/feedback-questions.ts';
import type { Config } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { DomainError } from '../../../platform/errors.ts';
import { expiredLink, invalidLink, linkSigner } from '../../access/links.ts';
import { audit } from '../../audit/audit.ts';
import { countResponses, findSurveyForLink, insertResponse } from './repository.ts';

/** A ceiling per dialogue, so that a leaked link cannot flood the figures. */
export const MAX_RESPONSES_PER_SURVEY = 200;

async function surveyOfLink(db: Database, config: Config, token: string, now: Date) {
  const claims = await (await linkSigner(db, config.LINK_SECRET)).verify(token, 'feedback_survey');
  const found = await db.read((q) => findSurveyForLink(q, claims.subject));
  // A newer link has been sent since: this one is replaced.
  if (!found || found.survey.linkVersion !== claims.version) throw invalidLink();
  if (found.survey.expiresAt <= now) throw expiredLink();
  if (found.survey.closedAt) throw new DomainError('conflict', 'Enkäten är avslutad och tar inte emot fler svar.', 'feedback survey closed');
  return found;
}

export async function openSurvey({ db, config, token, now = new Date() }: { db: Database; config: Config; token: string; now?: Date }): Promise<SurveyForm> {
  const found = await surveyOfLink(db, config, token, now);
  return {
    organiserName: found.organiserName ?? '',
    expiresAt: found.survey.expiresAt.toISOString(),
    questions: FEEDBACK_QUESTIONS.map((q) => ({ key: q.key, sv: q.sv, en: q.en })),
  };
}

export async function submitResponse({ db, config, token, response, now = new Date() }: {
  db: Database; config: Config; token: string; response: SurveyResponse; now?: Date;
}): Promise<{ received: true }> {
  const { survey } = await surveyOfLink(db, config, token, now);
  // The questions' own order, with nothing the schema did not name.
  const answers = Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q.key, response.answers[q.key] ?? null]));
  await db.transaction(async (tx) => {
    if ((await countResponses(tx, survey.id)) >= MAX_RESPONSES_PER_SURVEY) {
      throw new DomainError('conflict', 'Enkäten har tagit emot det största antalet svar som den kan ta emot.', 'feedback survey full');
    }
    await insertResponse(tx, { surveyId: survey.id, answers, comment: response.comment ? response.comment : null, submittedAt: now });
    // The record names the survey only: no answer, and nothing about who answered.
    await audit(tx, { system: 'feedback_link' }, {
      event: 'feedback.response_received', entityType: 'feedback_survey', entityId: survey.id, details: {},
    });
  });
  return { received: true };
}
