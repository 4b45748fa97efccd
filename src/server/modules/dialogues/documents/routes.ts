/** Document routes: list and attach on a case, download and remove one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dialogueDocumentList } from '../../../../shared/api/dialogue-documents.ts';
import { CASE_DOCUMENTS } from '../../../../shared/policy/dialogues.ts';
import { requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { readUpload } from '../../../platform/http/upload.ts';
import { addDocument, deleteDocument, listDocuments, readDocument } from './documents.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['dialogues'];

export const documentRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db, config } = ctx;
  const maxBytes = config.DOCUMENT_MAX_BYTES;

  app.get('/api/dialogues/:id/documents', {
    config: { access: roles(...CASE_DOCUMENTS) },
    schema: { tags, params: idParams, response: { 200: dialogueDocumentList } },
  }, async (request) => listDocuments({ db, actor: requireActor(request), dialogueId: request.params.id, maxBytes }));

  app.post('/api/dialogues/:id/documents', {
    config: { access: roles(...CASE_DOCUMENTS) },
    schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 201: dialogueDocumentList } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const { bytes, filename } = await readUpload(request, maxBytes, 'Inget har sparats.');
    await addDocument({ db, actor, dialogueId: request.params.id, filename, bytes });
    return reply.status(201).send(await listDocuments({ db, actor, dialogueId: request.params.id, maxBytes }));
  });

  app.get('/api/dialogue-documents/:id/file', {
    config: { access: roles(...CASE_DOCUMENTS) },
    schema: { tags, params: idParams },
  }, async (request, reply) => {
    const doc = await readDocument({ db, actor: requireActor(request), id: request.params.id });
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
    reply.header('x-content-type-options', 'nosniff');
    return reply.type(doc.contentType).send(doc.content);
  });

  app.delete('/api/dialogue-documents/:id', {
    config: { access: roles(...CASE_DOCUMENTS) },
    schema: { tags, params: idParams, response: { 200: dialogueDocumentList } },
  }, async (request) => {
    const actor = requireActor(request);
    const dialogueId = await deleteDocument({ db, actor, id: request.params.id });
    return listDocuments({ db, actor, dialogueId, maxBytes });
  });
};
