/** Catalogue routes: browse versions, the steward's draft and publishing, change requests. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  catalogueVersion, catalogueVersionList, changeRequest, changeRequestCreate, changeRequestList, draftContentUpdate, draftCreate,
} from '../../../shared/api/catalogue.ts';
import { EDIT_CATALOGUE, READ_CATALOGUE, REQUEST_CATALOGUE_CHANGE } from '../../../shared/policy/catalogue.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import {
  createDraft, getChangeRequests, getVersion, getVersions, publishDraft, recordChangeRequest, updateDraft,
} from './catalogue.ts';

const idParams = z.strictObject({ id: z.uuid() });

export const catalogueRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;

  app.get('/api/catalogue/versions', {
    config: { access: roles(...READ_CATALOGUE) },
    schema: { tags: ['catalogue'], response: { 200: catalogueVersionList } },
  }, async () => getVersions(db));

  app.get('/api/catalogue/versions/:id', {
    config: { access: roles(...READ_CATALOGUE) },
    schema: { tags: ['catalogue'], params: idParams, response: { 200: catalogueVersion } },
  }, async (request, reply) => {
    const version = await getVersion(db, request.params.id);
    reply.header('etag', `"${version.version}"`);
    return version;
  });

  app.post('/api/catalogue/drafts', {
    config: { access: roles(...EDIT_CATALOGUE) },
    schema: { tags: ['catalogue'], body: draftCreate, response: { 201: catalogueVersion } },
  }, async (request, reply) => reply.status(201).send(await createDraft({ db, actor: requireActor(request), label: request.body.label })));

  app.put('/api/catalogue/versions/:id/content', {
    config: { access: roles(...EDIT_CATALOGUE) },
    schema: { tags: ['catalogue'], params: idParams, body: draftContentUpdate, response: { 200: catalogueVersion } },
  }, async (request, reply) => {
    const saved = await updateDraft({
      db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']), ...request.body,
    });
    reply.header('etag', `"${saved.version}"`);
    return saved;
  });

  app.post('/api/catalogue/versions/:id/publish', {
    config: { access: roles(...EDIT_CATALOGUE) },
    schema: { tags: ['catalogue'], params: idParams, response: { 200: catalogueVersion } },
  }, async (request) => publishDraft({ db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']) }));

  app.get('/api/catalogue/versions/:id/change-requests', {
    config: { access: roles(...REQUEST_CATALOGUE_CHANGE) },
    schema: { tags: ['catalogue'], params: idParams, response: { 200: changeRequestList } },
  }, async (request) => getChangeRequests(db, request.params.id));

  app.post('/api/catalogue/versions/:id/change-requests', {
    config: { access: roles(...REQUEST_CATALOGUE_CHANGE) },
    schema: { tags: ['catalogue'], params: idParams, body: changeRequestCreate, response: { 201: changeRequest } },
  }, async (request, reply) => reply.status(201).send(await recordChangeRequest({
    db, actor: requireActor(request), versionId: request.params.id, ...request.body,
  })));
};
