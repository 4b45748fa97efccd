/** Routes of the observation taxonomy, the pair's observation forms and the analysts' summary of them. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  observationForm, observationFormSave, observationSummary as summarySchema, summaryQuery, taxonomyDetail, taxonomyList, taxonomyThemesUpdate,
} from '../../../../shared/api/dialogue-observations.ts';
import { EDIT_TAXONOMY, FILL_OBSERVATIONS, READ_DIALOGUE_AGGREGATES, READ_TAXONOMY } from '../../../../shared/policy/dialogues.ts';
import { requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { ifMatchVersion } from '../../../platform/http/if-match.ts';
import { getObservationForm, saveObservationForm, submitObservationForm } from './forms.ts';
import { observationSummary } from './summary.ts';
import { createTaxonomyDraft, getTaxonomies, getTaxonomy, publishTaxonomy, saveTaxonomyDraft } from './taxonomies.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['dialogues'];

export const observationRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  const withEtag = <T extends { version: number }>(reply: { header: (k: string, v: string) => unknown }, body: T) => {
    reply.header('etag', `"${body.version}"`);
    return body;
  };

  app.get('/api/observation-taxonomies', {
    config: { access: roles(...READ_TAXONOMY) },
    schema: { tags, response: { 200: taxonomyList } },
  }, async () => getTaxonomies(db));

  app.get('/api/observation-taxonomies/:id', {
    config: { access: roles(...READ_TAXONOMY) },
    schema: { tags, params: idParams, response: { 200: taxonomyDetail } },
  }, async (request, reply) => withEtag(reply, await getTaxonomy(db, request.params.id)));

  app.post('/api/observation-taxonomies/drafts', {
    config: { access: roles(...EDIT_TAXONOMY) },
    schema: { tags, response: { 201: taxonomyDetail } },
  }, async (request, reply) => {
    const draft = await createTaxonomyDraft({ db, actor: requireActor(request) });
    reply.header('etag', `"${draft.version}"`);
    return reply.status(201).send(draft);
  });

  app.put('/api/observation-taxonomies/:id/themes', {
    config: { access: roles(...EDIT_TAXONOMY) },
    schema: { tags, params: idParams, body: taxonomyThemesUpdate, response: { 200: taxonomyDetail } },
  }, async (request, reply) => withEtag(reply, await saveTaxonomyDraft({
    db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']), themes: request.body.themes,
  })));

  app.post('/api/observation-taxonomies/:id/publish', {
    config: { access: roles(...EDIT_TAXONOMY) },
    schema: { tags, params: idParams, response: { 200: taxonomyDetail } },
  }, async (request, reply) => withEtag(reply, await publishTaxonomy({
    db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']),
  })));

  app.get('/api/dialogues/:id/observation', {
    config: { access: roles(...FILL_OBSERVATIONS) },
    schema: { tags, params: idParams, response: { 200: observationForm } },
  }, async (request, reply) => withEtag(reply, await getObservationForm({ db, actor: requireActor(request), dialogueId: request.params.id })));

  app.put('/api/dialogues/:id/observation', {
    config: { access: roles(...FILL_OBSERVATIONS) },
    schema: { tags, params: idParams, body: observationFormSave, response: { 200: observationForm } },
  }, async (request, reply) => withEtag(reply, await saveObservationForm({
    db, actor: requireActor(request), dialogueId: request.params.id, version: ifMatchVersion(request.headers['if-match']),
    entries: request.body.entries, internalComment: request.body.internalComment,
  })));

  app.post('/api/dialogues/:id/observation/submit', {
    config: { access: roles(...FILL_OBSERVATIONS) },
    schema: { tags, params: idParams, response: { 200: observationForm } },
  }, async (request, reply) => withEtag(reply, await submitObservationForm({
    db, actor: requireActor(request), dialogueId: request.params.id, version: ifMatchVersion(request.headers['if-match']),
  })));

  app.get('/api/observations/summary', {
    config: { access: roles(...READ_DIALOGUE_AGGREGATES) },
    schema: { tags, querystring: summaryQuery, response: { 200: summarySchema } },
  }, async (request) => observationSummary({ db, groupBy: request.query.groupBy, year: request.query.year, minGroupSize: ctx.config.SMALL_GROUP_MIN }));
};
