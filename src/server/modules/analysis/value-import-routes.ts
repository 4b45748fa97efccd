/** The value import endpoint: multipart upload with field `file`; `dryRun=true` only checks. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { valueImportQuery, valueImportResult } from '../../../shared/api/value-import.ts';
import { formatMegabytes } from '../../../shared/format.ts';
import { IMPORT_VALUES } from '../../../shared/policy/analysis.ts';
import { DomainError } from '../../platform/errors.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
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
    if (!request.isMultipart()) {
      throw new DomainError('unsupported_media_type', 'Skicka filen som multipart/form-data i fältet "file".', 'not multipart');
    }
    const file = await request.file();
    if (!file) throw new DomainError('validation', 'Ingen fil skickades. Välj en fil i fältet "file".', 'no file', [{ path: 'file', field: 'file', message: 'saknas' }]);
    const bytes = new Uint8Array(await file.toBuffer());
    if (file.file.truncated) {
      throw new DomainError('payload_too_large', `Filen "${file.filename}" är större än största tillåtna storlek ${formatMegabytes(ctx.config.IMPORT_MAX_BYTES)}. Inget har importerats.`, 'import too large');
    }
    const dryRun = request.query.dryRun === 'true';
    const result = await importValues({
      db: ctx.db, actor: requireActor(request), bytes, filename: file.filename, dryRun,
      maxBytes: ctx.config.IMPORT_MAX_BYTES, schoolForm: request.query.schoolForm ?? null,
    });
    return reply.status(!result.ok && !dryRun ? 422 : 200).send(result);
  });
};
