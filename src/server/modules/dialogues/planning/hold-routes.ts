/**
 * Routes of holds: the inspectorate liaison registers planned inspections and quality reviews (a
 * repeated POST with the same externalRef updates the hold: 200 instead of 201), coordinators add
 * targeted interventions and manual holds; changes carry If-Match.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hold, holdCreate, holdList, holdListQuery, holdUpdate } from '../../../../shared/api/dialogue-planning.ts';
import { MANAGE_HOLDS, READ_HOLDS } from '../../../../shared/policy/dialogues.ts';
import { requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { ifMatchVersion } from '../../../platform/http/if-match.ts';
import { endHold, getHold, listHolds, registerHold, updateHold } from './holds.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['dialogue-planning'];

export const holdRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  const etag = (reply: { header: (k: string, v: string) => unknown }, version: number) => reply.header('etag', `"${version}"`);

  app.get('/api/holds', {
    config: { access: roles(...READ_HOLDS) },
    schema: { tags, querystring: holdListQuery, response: { 200: holdList } },
  }, async (request) => listHolds({ db, actor: requireActor(request), query: request.query }));

  app.post('/api/holds', {
    config: { access: roles(...MANAGE_HOLDS) },
    schema: { tags, body: holdCreate, response: { 200: hold, 201: hold } },
  }, async (request, reply) => {
    const { hold: saved, created } = await registerHold({ db, actor: requireActor(request), input: request.body });
    etag(reply, saved.version);
    return reply.status(created ? 201 : 200).send(saved);
  });

  app.get('/api/holds/:id', {
    config: { access: roles(...READ_HOLDS) },
    schema: { tags, params: idParams, response: { 200: hold } },
  }, async (request, reply) => {
    const found = await getHold({ db, actor: requireActor(request), id: request.params.id });
    etag(reply, found.version);
    return found;
  });

  app.patch('/api/holds/:id', {
    config: { access: roles(...MANAGE_HOLDS) },
    schema: { tags, params: idParams, body: holdUpdate, response: { 200: hold } },
  }, async (request, reply) => {
    const saved = await updateHold({
      db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']), changes: request.body,
    });
    etag(reply, saved.version);
    return saved;
  });

  app.post('/api/holds/:id/end', {
    config: { access: roles(...MANAGE_HOLDS) },
    schema: { tags, params: idParams, response: { 200: hold } },
  }, async (request, reply) => {
    const saved = await endHold({ db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']) });
    etag(reply, saved.version);
    return saved;
  });
};
