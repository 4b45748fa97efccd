/**
 * Routes of cycles, rounds, eligibility and collisions (coordinators plan, the agencies' staff read),
 * and of holds (hold-routes.ts: the inspectorate's API among them).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  collisionList, cycle, cycleCreate, cycleList, dialogueLeaderList, eligibilityList, eligibilityQuery, noAnswerResult, roundAddOrganisers,
  roundCreate, roundDetail, roundList,
} from '../../../../shared/api/dialogue-planning.ts';
import { PLAN_ROUNDS, READ_ROUNDS } from '../../../../shared/policy/dialogues.ts';
import { requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { ifMatchVersion } from '../../../platform/http/if-match.ts';
import { allCollisions, roundCollisions } from './collisions.ts';
import { createCycle, listCycles } from './cycles.ts';
import { getEligibility } from './eligibility.ts';
import { holdRoutes } from './hold-routes.ts';
import { listLeaders } from './leaders.ts';
import { openRound, recordNoAnswers } from './opening.ts';
import { addOrganisersToRound } from './round-cases.ts';
import { createRound, getRound, listRounds } from './rounds.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['dialogue-planning'];

export const dialoguePlanningRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  const withEtag = <T extends { version: number }>(reply: { header: (k: string, v: string) => unknown }, body: T) => {
    reply.header('etag', `"${body.version}"`);
    return body;
  };

  app.get('/api/dialogue-cycles', {
    config: { access: roles(...READ_ROUNDS) },
    schema: { tags, response: { 200: cycleList } },
  }, async () => listCycles({ db }));

  app.post('/api/dialogue-cycles', {
    config: { access: roles(...PLAN_ROUNDS) },
    schema: { tags, body: cycleCreate, response: { 201: cycle } },
  }, async (request, reply) => reply.status(201).send(await createCycle({ db, actor: requireActor(request), input: request.body })));

  app.get('/api/dialogue-cycles/:id/rounds', {
    config: { access: roles(...READ_ROUNDS) },
    schema: { tags, params: idParams, response: { 200: roundList } },
  }, async (request) => listRounds({ db, cycleId: request.params.id }));

  app.post('/api/dialogue-cycles/:id/rounds', {
    config: { access: roles(...PLAN_ROUNDS) },
    schema: { tags, params: idParams, body: roundCreate, response: { 201: roundDetail } },
  }, async (request, reply) => reply.status(201).send(await createRound({ db, actor: requireActor(request), cycleId: request.params.id, input: request.body })));

  app.get('/api/dialogue-cycles/:id/eligibility', {
    config: { access: roles(...READ_ROUNDS) },
    schema: { tags, params: idParams, querystring: eligibilityQuery, response: { 200: eligibilityList } },
  }, async (request) => getEligibility({ db, cycleId: request.params.id, query: request.query }));

  app.get('/api/dialogue-rounds/:id', {
    config: { access: roles(...READ_ROUNDS) },
    schema: { tags, params: idParams, response: { 200: roundDetail } },
  }, async (request, reply) => withEtag(reply, await getRound({ db, id: request.params.id })));

  app.post('/api/dialogue-rounds/:id/dialogues', {
    config: { access: roles(...PLAN_ROUNDS) },
    schema: { tags, params: idParams, body: roundAddOrganisers, response: { 201: roundDetail } },
  }, async (request, reply) => {
    const detail = await addOrganisersToRound({ db, actor: requireActor(request), roundId: request.params.id, input: request.body });
    reply.header('etag', `"${detail.version}"`);
    return reply.status(201).send(detail);
  });

  app.post('/api/dialogue-rounds/:id/open', {
    config: { access: roles(...PLAN_ROUNDS) },
    schema: { tags, params: idParams, response: { 200: roundDetail } },
  }, async (request, reply) => withEtag(reply, await openRound({
    db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']), publicUrl: ctx.config.PUBLIC_URL,
  })));

  app.post('/api/dialogue-rounds/:id/no-answers', {
    config: { access: roles(...PLAN_ROUNDS) },
    schema: { tags, params: idParams, response: { 200: noAnswerResult } },
  }, async (request) => recordNoAnswers({ db, actor: requireActor(request), id: request.params.id, publicUrl: ctx.config.PUBLIC_URL }));

  app.get('/api/dialogue-rounds/:id/collisions', {
    config: { access: roles(...READ_ROUNDS) },
    schema: { tags, params: idParams, response: { 200: collisionList } },
  }, async (request) => roundCollisions({ db, roundId: request.params.id }));

  app.get('/api/dialogue-collisions', {
    config: { access: roles(...READ_ROUNDS) },
    schema: { tags, response: { 200: collisionList } },
  }, async () => allCollisions({ db }));

  app.get('/api/dialogue-leaders', {
    config: { access: roles(...READ_ROUNDS) },
    schema: { tags, response: { 200: dialogueLeaderList } },
  }, async () => listLeaders({ db }));

  await app.register(holdRoutes(ctx));
};
