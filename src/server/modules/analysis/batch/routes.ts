/**
 * Analysis-basis batch routes (thin), the stored documents, and the batch runner, which works while
 * the application runs (unless BATCH_WORKER is off).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  basisBatchDetail, basisBatchList, basisBatchStart, basisBatchSummary, basisSnapshotList,
} from '../../../../shared/api/basis-batch.ts';
import { READ_ANALYSIS_BASIS, RUN_BASIS_BATCH } from '../../../../shared/policy/analysis.ts';
import { requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { OrganiserDirectory } from '../../registry/directory.ts';
import { valueCubeFor } from '../shared-cube.ts';
import { cancelBatch, getBatch, getSnapshotFile, listBatches, listOrganiserSnapshots, startBatch } from './batches.ts';
import { BatchRunner } from './worker.ts';

const idParams = z.strictObject({ id: z.uuid() });

export const basisBatchRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  const directory = new OrganiserDirectory(db);
  const runner = ctx.config.BATCH_WORKER
    ? new BatchRunner({ db, cube: valueCubeFor(db), minOrganisers: ctx.config.SMALL_GROUP_MIN, log: app.log })
    : null;
  if (runner) {
    app.addHook('onReady', async () => runner.start());
    app.addHook('onClose', async () => runner.stop());
  }

  app.post('/api/analysis-basis/batches', {
    config: { access: roles(...RUN_BASIS_BATCH) },
    schema: { tags: ['analysis'], body: basisBatchStart, response: { 202: basisBatchSummary } },
  }, async (request, reply) => {
    const batch = await startBatch({ db, directory, actor: requireActor(request), filter: request.body.filter });
    runner?.wake();
    return reply.code(202).send(batch);
  });

  app.get('/api/analysis-basis/batches', {
    config: { access: roles(...RUN_BASIS_BATCH) },
    schema: { tags: ['analysis'], response: { 200: basisBatchList } },
  }, async () => listBatches({ db }));

  app.get('/api/analysis-basis/batches/:id', {
    config: { access: roles(...RUN_BASIS_BATCH) },
    schema: { tags: ['analysis'], params: idParams, response: { 200: basisBatchDetail } },
  }, async (request) => getBatch({ db, id: request.params.id }));

  app.post('/api/analysis-basis/batches/:id/cancel', {
    config: { access: roles(...RUN_BASIS_BATCH) },
    schema: { tags: ['analysis'], params: idParams, response: { 200: basisBatchSummary } },
  }, async (request) => cancelBatch({ db, actor: requireActor(request), id: request.params.id }));

  app.get('/api/organisers/:id/analysis-basis/snapshots', {
    config: { access: roles(...READ_ANALYSIS_BASIS) },
    schema: { tags: ['analysis'], params: idParams, response: { 200: basisSnapshotList } },
  }, async (request) => listOrganiserSnapshots({ db, actor: requireActor(request), organiserId: request.params.id }));

  app.get('/api/analysis-basis/snapshots/:id/file', {
    config: { access: roles(...READ_ANALYSIS_BASIS) },
    schema: { tags: ['analysis'], params: idParams, produces: ['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  }, async (request, reply) => {
    const file = await getSnapshotFile({ db, actor: requireActor(request), id: request.params.id });
    return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.content);
  });
};
