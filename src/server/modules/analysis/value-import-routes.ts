/** The value import endpoint: multipart upload with field `file`; `dryRun=true` only checks. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { valueImportQuery, valueImportResult } from '../../../shared/api/value-import.ts';
import { IMPORT_VALUES } from '../../../shared/policy/analysis.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { importValues } from './import/value-import.ts';

export const valueImportRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.post('/api/imports/values', {
    config: { access: roles(...IMPORT_VALUES) },
    schema: {
      tags: ['analysis'],
      querystring: valueImportQuery,
      consumes: ['multipart/form-data'],
      response: { 200: valueImportResult, 422: valueImportResult },
    },
  }, async (request, reply) => {
    const { bytes, filename } = await readUpload(request, ctx.config.IMPORT_MAX_BYTES);
    const dryRun = request.query.dryRun === 'true';
    const result = await importValues({
      db: ctx.db, actor: requireActor(request), bytes, filename, dryRun,
      maxBytes: ctx.config.IMPORT_MAX_BYTES, schoolForm: request.query.schoolForm ?? null,
    });
    return reply.status(!result.ok && !dryRun ? 422 : 200).send(result);
  });
};
