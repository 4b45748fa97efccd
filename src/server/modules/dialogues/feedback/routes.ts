/**
 * Routes of the organiser's feedback survey (the pair's side, the respondent's side through a signed
 * link, the analysts' summary) and of the actions the organiser reported.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionCreate, actionList, actionUpdate, feedbackSummary as summarySchema, followUpAction, responseReceipt, surveyForm, surveyResponse, surveyStatus,
} from '../../../../shared/api/dialogue-feedback.ts';
import { summaryQuery } from '../../../../shared/api/dialogue-observations.ts';
import { FILL_OBSERVATIONS, READ_DIALOGUE_AGGREGATES, READ_DIALOGUES } from '../../../../shared/policy/dialogues.ts';
import { LINK, linkToken, requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { ifMatchTag, listActions, recordAction, updateAction } from './actions.ts';
import { openSurvey, submitResponse } from './responding.ts';
import { feedbackSummary } from './summary.ts';
import { getSurveyStatus, sendSurvey } from './surveys.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['dialogues'];

export const feedbackRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db, config } = ctx;

  app.get('/api/dialogues/:id/feedback-survey', {
    config: { access: roles(...FILL_OBSERVATIONS) },
    schema: { tags, params: idParams, response: { 200: surveyStatus } },
  }, async (request) => getSurveyStatus({ db, actor: requireActor(request), dialogueId: request.params.id }));

  app.post('/api/dialogues/:id/feedback-survey', {
    config: { access: roles(...FILL_OBSERVATIONS) },
    schema: { tags, params: idParams, response: { 200: surveyStatus } },
  }, async (request) => sendSurvey({ db, config, actor: requireActor(request), dialogueId: request.params.id }));

  app.get('/api/feedback', {
    config: { access: LINK },
    schema: { tags, response: { 200: surveyForm } },
  }, async (request) => openSurvey({ db, config, token: linkToken(request) }));

  app.post('/api/feedback/responses', {
    // A link may be shared inside the organiser; the limit keeps a leaked one from flooding the figures.
    config: { access: LINK, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, body: surveyResponse, response: { 201: responseReceipt } },
  }, async (request, reply) => reply.status(201).send(await submitResponse({ db, config, token: linkToken(request), response: request.body })));

  app.get('/api/feedback/summary', {
    config: { access: roles(...READ_DIALOGUE_AGGREGATES) },
    schema: { tags, querystring: summaryQuery, response: { 200: summarySchema } },
  }, async (request) => feedbackSummary({ db, groupBy: request.query.groupBy, year: request.query.year, minGroupSize: config.SMALL_GROUP_MIN }));

  app.get('/api/dialogues/:id/actions', {
    config: { access: roles(...READ_DIALOGUES) },
    schema: { tags, params: idParams, response: { 200: actionList } },
  }, async (request) => listActions({ db, actor: requireActor(request), dialogueId: request.params.id }));

  app.post('/api/dialogues/:id/actions', {
    config: { access: roles(...FILL_OBSERVATIONS) },
    schema: { tags, params: idParams, body: actionCreate, response: { 201: actionList } },
  }, async (request, reply) => reply.status(201).send(await recordAction({
    db, actor: requireActor(request), dialogueId: request.params.id, input: request.body,
  })));

  app.patch('/api/dialogue-actions/:id', {
    config: { access: roles(...FILL_OBSERVATIONS) },
    schema: { tags, params: idParams, body: actionUpdate, response: { 200: followUpAction } },
  }, async (request, reply) => {
    const updated = await updateAction({
      db, actor: requireActor(request), id: request.params.id, etag: ifMatchTag(request.headers['if-match']), changes: request.body,
    });
    reply.header('etag', updated.etag);
    return updated;
  });
};
