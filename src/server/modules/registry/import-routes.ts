/** The registry import endpoint: multipart upload with field `file`; `dryRun=true` only checks. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importResult } from '../../../shared/api/registry.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { IMPORT_REGISTRY } from './policy.ts';
import { importRegistry } from './registry-import.ts';

export const importRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.post('/api/imports/registry', {
    config: { access: roles(...IMPORT_REGISTRY) },
    schema: {
      tags: ['registry'],
      querystring: z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') }),
      consumes: ['multipart/form-data'],
      response: { 200: importResult, 422: importResult },
    },
  }, async (request, reply) => {
    const { bytes, filename } = await readUpload(request, ctx.config.IMPORT_MAX_BYTES);
    const dryRun = request.query.dryRun === 'true';
    const result = await importRegistry({ db: ctx.db, actor: requireActor(request), bytes, filename, dryRun, maxBytes: ctx.config.IMPORT_MAX_BYTES });
    return reply.status(!result.ok && !dryRun ? 422 : 200).send(result);
  });
};
