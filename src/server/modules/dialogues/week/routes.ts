/** Routes of the leader's week and the organiser's timeline of all state contacts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  leaderWeek as leaderWeekSchema, organiserTimeline, timelineQuery, weekQuery, type LeaderWeek,
} from '../../../../shared/api/dialogue-week.ts';
import { LEADER_WEEK, READ_ORGANISER_TIMELINE } from '../../../../shared/policy/dialogues.ts';
import { requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { timelineOf } from './organiser-timeline.ts';
import { rememberedLeaderWeek } from './week.ts';

const tags = ['dialogues'];


export const weekRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  const leaderWeek = rememberedLeaderWeek(db);

  app.get('/api/my-week', {
    config: { access: roles(...LEADER_WEEK) },
    schema: { tags, querystring: weekQuery, response: { 200: leaderWeekSchema } },
  }, async (request, reply) => {
    const json = await leaderWeek({ actor: requireActor(request), week: request.query.week });
    // Checked against the schema and serialised once, when computed (week.ts): Fastify sends JSON text as it is.
    return reply.type('application/json; charset=utf-8').send(json as unknown as LeaderWeek);
  });

  app.get('/api/organisers/:id/timeline', {
    config: { access: roles(...READ_ORGANISER_TIMELINE) },
    schema: { tags, params: z.strictObject({ id: z.uuid() }), querystring: timelineQuery, response: { 200: organiserTimeline } },
  }, async (request) => timelineOf({ db, actor: requireActor(request), organiserId: request.params.id, ...request.query }));
};
