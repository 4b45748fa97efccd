/** Self-assessment routes: the organiser's side (signed in) and the respondent's side (signed link). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answer, answerConflict, answerSave, invitationCreate, ownLink, responseForm, selfAssessmentCreate, selfAssessmentDetail,
  selfAssessmentList, sharingUpdate,
} from '../../../shared/api/selfassessment.ts';
import { READ_SELF_ASSESSMENT, RUN_SELF_ASSESSMENT } from '../../../shared/policy/selfassessment.ts';
import { LINK, linkToken, requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { openResponse, saveAnswer } from './responding.ts';
import {
  getSelfAssessment, inviteRespondents, listForOrganiser, ownLink as getOwnLink, renewLink, setSharing, startSelfAssessment,
} from './selfassessments.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['selfassessment'];

export const selfAssessmentRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db, config } = ctx;

  app.get('/api/organisers/:id/self-assessments', {
    config: { access: roles(...READ_SELF_ASSESSMENT) },
    schema: { tags, params: idParams, response: { 200: selfAssessmentList } },
  }, async (request) => listForOrganiser({ db, actor: requireActor(request), organiserId: request.params.id }));

  app.post('/api/organisers/:id/self-assessments', {
    config: { access: roles(...RUN_SELF_ASSESSMENT) },
    schema: { tags, params: idParams, body: selfAssessmentCreate, response: { 201: selfAssessmentDetail } },
  }, async (request, reply) => reply.status(201).send(await startSelfAssessment({
    db, config, actor: requireActor(request), organiserId: request.params.id, title: request.body.title,
  })));

  app.get('/api/self-assessments/:id', {
    config: { access: roles(...READ_SELF_ASSESSMENT) },
    schema: { tags, params: idParams, response: { 200: selfAssessmentDetail } },
  }, async (request, reply) => {
    const detail = await getSelfAssessment({ db, actor: requireActor(request), id: request.params.id });
    reply.header('etag', `"${detail.version}"`);
    return detail;
  });

  app.post('/api/self-assessments/:id/invitations', {
    config: { access: roles(...RUN_SELF_ASSESSMENT) },
    schema: { tags, params: idParams, body: invitationCreate, response: { 201: selfAssessmentDetail } },
  }, async (request, reply) => reply.status(201).send(await inviteRespondents({
    db, config, actor: requireActor(request), id: request.params.id, respondents: request.body.respondents,
  })));

  app.post('/api/self-assessments/:id/respondents/:respondentId/new-link', {
    config: { access: roles(...RUN_SELF_ASSESSMENT) },
    schema: { tags, params: z.strictObject({ id: z.uuid(), respondentId: z.uuid() }), response: { 200: selfAssessmentDetail } },
  }, async (request) => renewLink({ db, config, actor: requireActor(request), id: request.params.id, respondentId: request.params.respondentId }));

  app.post('/api/self-assessments/:id/my-link', {
    config: { access: roles(...RUN_SELF_ASSESSMENT) },
    schema: { tags, params: idParams, response: { 200: ownLink } },
  }, async (request) => getOwnLink({ db, config, actor: requireActor(request), id: request.params.id }));

  app.put('/api/self-assessments/:id/sharing', {
    config: { access: roles(...RUN_SELF_ASSESSMENT) },
    schema: { tags, params: idParams, body: sharingUpdate, response: { 200: selfAssessmentDetail } },
  }, async (request, reply) => {
    const detail = await setSharing({
      db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']), included: request.body.included,
    });
    reply.header('etag', `"${detail.version}"`);
    return detail;
  });

  app.get('/api/respond', {
    config: { access: LINK },
    schema: { tags, response: { 200: responseForm } },
  }, async (request) => openResponse({ db, config, token: linkToken(request) }));

  app.put('/api/respond/answers/:statementKey', {
    config: { access: LINK },
    schema: {
      tags,
      params: z.strictObject({ statementKey: z.string().min(1).max(100) }),
      body: answerSave,
      response: { 200: answer, 409: answerConflict },
    },
  }, async (request, reply) => {
    const result = await saveAnswer({ db, config, token: linkToken(request), statementKey: request.params.statementKey, save: request.body });
    if ('saved' in result) return result.saved;
    return reply.status(409).send({
      error: { code: 'conflict' as const, message: 'Svaret har sparats från en annan flik eller enhet medan du skrev. Välj vilket svar som ska gälla.' },
      current: result.conflict,
    });
  });
};
