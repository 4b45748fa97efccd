/** Analysis basis routes. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { analysisBasis } from '../../../shared/api/analysis.ts';
import { READ_ANALYSIS_BASIS } from '../../../shared/policy/analysis.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { getAnalysisBasis } from './analysis-basis.ts';
import { valueCubeFor } from './shared-cube.ts';
import { analysisBasisPdf } from './export-pdf.ts';
import { analysisBasisXlsx } from './export-xlsx.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF_TYPE = 'application/pdf';

export const analysisRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const cube = valueCubeFor(ctx.db);

  app.get('/api/organisers/:id/analysis-basis', {
    config: { access: roles(...READ_ANALYSIS_BASIS) },
    schema: { tags: ['analysis'], params: z.strictObject({ id: z.uuid() }), response: { 200: analysisBasis } },
  }, async (request) => getAnalysisBasis({
    db: ctx.db, cube, actor: requireActor(request), organiserId: request.params.id, minOrganisers: ctx.config.SMALL_GROUP_MIN,
  }));

  app.get('/api/organisers/:id/analysis-basis.xlsx', {
    config: { access: roles(...READ_ANALYSIS_BASIS) },
    schema: { tags: ['analysis'], params: z.strictObject({ id: z.uuid() }), produces: [XLSX_TYPE] },
  }, async (request, reply) => {
    const basis = await getAnalysisBasis({
      db: ctx.db, cube, actor: requireActor(request), organiserId: request.params.id, minOrganisers: ctx.config.SMALL_GROUP_MIN,
    });
    const file = `analysunderlag-${basis.organiser.orgNumber}-${basis.years.at(-1) ?? 'utan-data'}.xlsx`;
    return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${file}"`).send(await analysisBasisXlsx(basis));
  });

  app.get('/api/organisers/:id/analysis-basis.pdf', {
    config: { access: roles(...READ_ANALYSIS_BASIS) },
    schema: { tags: ['analysis'], params: z.strictObject({ id: z.uuid() }), produces: [PDF_TYPE] },
  }, async (request, reply) => {
    const basis = await getAnalysisBasis({
      db: ctx.db, cube, actor: requireActor(request), organiserId: request.params.id, minOrganisers: ctx.config.SMALL_GROUP_MIN,
    });
    const file = `analysunderlag-${basis.organiser.orgNumber}-${basis.years.at(-1) ?? 'utan-data'}.pdf`;
    return reply.type(PDF_TYPE).header('content-disposition', `attachment; filename="${file}"`).send(await analysisBasisPdf(basis));
  });
};
