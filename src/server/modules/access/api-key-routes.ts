/** API keys for other authorities' systems: administrators list, create and revoke them. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiKeyCreate, apiKeyCreated, apiKeyList, apiKeySummary } from '../../../shared/api/api-keys.ts';
import { MANAGE_API_KEYS } from '../../../shared/policy/access.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { createApiKey, getApiKeys, revokeApiKey } from './api-keys.ts';

const tags = ['access'];

export const apiKeyRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/api-keys', {
    config: { access: roles(...MANAGE_API_KEYS) },
    schema: { tags, response: { 200: apiKeyList } },
  }, async () => getApiKeys({ db: ctx.db }));

  app.post('/api/api-keys', {
    config: { access: roles(...MANAGE_API_KEYS) },
    schema: { tags, body: apiKeyCreate, response: { 201: apiKeyCreated } },
  }, async (request, reply) => reply.code(201).send(await createApiKey({ db: ctx.db, actor: requireActor(request), input: request.body })));

  app.post('/api/api-keys/:id/revoke', {
    config: { access: roles(...MANAGE_API_KEYS) },
    schema: { tags, params: z.strictObject({ id: z.uuid() }), response: { 200: apiKeySummary } },
  }, async (request) => revokeApiKey({
    db: ctx.db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']), resolver: ctx.apiKeys,
  }));
};
