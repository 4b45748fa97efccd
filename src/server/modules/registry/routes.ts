/** Registry routes: thin — authorise (declared rule), call one use case, shape the answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contactCreate, contactEnd, contactList, contactPerson, historyList, municipality, municipalityOfficePatch, organiserDetail,
  organiserList, organiserListQuery, organiserPatch, referenceData, registryStats, unitList, unitListQuery,
} from '../../../shared/api/registry.ts';
import { requireActor, roles, SIGNED_IN } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { addContact, endContact, readContacts } from './contacts.ts';
import { OrganiserDirectory } from './directory.ts';
import { importRoutes } from './import-routes.ts';
import { getOrganiser, getOrganiserHistory, searchOrganisers, updateOrganiser } from './organisers.ts';
import { EDIT_CONTACTS, EDIT_ORGANISERS, EDIT_REFERENCE, READ_CONTACTS, READ_ORGANISERS, READ_STATS } from './policy.ts';
import { getReferenceData, setMunicipalityOffice } from './reference.ts';
import { registryStats as computeStats } from './stats.ts';
import { searchUnits } from './units.ts';

const idParams = z.strictObject({ id: z.uuid() });

export const registryRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  const directory = new OrganiserDirectory(db);

  app.get('/api/reference', { config: { access: SIGNED_IN }, schema: { tags: ['registry'], response: { 200: referenceData } } },
    async () => getReferenceData(db));

  app.patch('/api/municipalities/:code/office', {
    config: { access: roles(...EDIT_REFERENCE) },
    schema: { tags: ['registry'], params: z.strictObject({ code: z.string().regex(/^\d{4}$/) }), body: municipalityOfficePatch, response: { 200: municipality } },
  }, async (request) => setMunicipalityOffice({ db, actor: requireActor(request), code: request.params.code, ...request.body }));

  app.get('/api/organisers', {
    config: { access: roles(...READ_ORGANISERS) },
    schema: { tags: ['registry'], querystring: organiserListQuery, response: { 200: organiserList } },
  }, async (request) => searchOrganisers({ directory, actor: requireActor(request), query: request.query }));

  app.get('/api/organisers/:id', {
    config: { access: roles(...READ_ORGANISERS) },
    schema: { tags: ['registry'], params: idParams, response: { 200: organiserDetail } },
  }, async (request, reply) => {
    const detail = await getOrganiser({ db, actor: requireActor(request), id: request.params.id });
    reply.header('etag', `"${detail.version}"`);
    return detail;
  });

  app.patch('/api/organisers/:id', {
    config: { access: roles(...EDIT_ORGANISERS) },
    schema: { tags: ['registry'], params: idParams, body: organiserPatch, response: { 200: organiserDetail } },
  }, async (request, reply) => {
    const version = ifMatchVersion(request.headers['if-match']);
    const detail = await updateOrganiser({ db, actor: requireActor(request), id: request.params.id, version, changes: request.body });
    reply.header('etag', `"${detail.version}"`);
    return detail;
  });

  app.get('/api/organisers/:id/history', {
    config: { access: roles(...READ_ORGANISERS) },
    schema: { tags: ['registry'], params: idParams, response: { 200: historyList } },
  }, async (request) => getOrganiserHistory({ db, actor: requireActor(request), id: request.params.id }));

  app.get('/api/organisers/:id/contacts', {
    config: { access: roles(...READ_CONTACTS) },
    schema: { tags: ['registry'], params: idParams, response: { 200: contactList } },
  }, async (request) => readContacts({ db, actor: requireActor(request), organiserId: request.params.id }));

  app.post('/api/organisers/:id/contacts', {
    config: { access: roles(...EDIT_CONTACTS) },
    schema: { tags: ['registry'], params: idParams, body: contactCreate, response: { 201: contactPerson } },
  }, async (request, reply) => {
    const created = await addContact({ db, actor: requireActor(request), organiserId: request.params.id, contact: request.body });
    return reply.status(201).send(created);
  });

  app.post('/api/contacts/:id/end', {
    config: { access: roles(...EDIT_CONTACTS) },
    schema: { tags: ['registry'], params: idParams, body: contactEnd, response: { 200: contactPerson } },
  }, async (request) => endContact({ db, actor: requireActor(request), contactId: request.params.id, ...request.body }));

  app.get('/api/units', {
    config: { access: roles(...READ_ORGANISERS) },
    schema: { tags: ['registry'], querystring: unitListQuery, response: { 200: unitList } },
  }, async (request) => searchUnits({ db, actor: requireActor(request), filter: request.query }));

  app.get('/api/stats/registry', {
    config: { access: roles(...READ_STATS) },
    schema: { tags: ['registry'], response: { 200: registryStats } },
  }, async () => computeStats({ db, minGroupSize: ctx.config.SMALL_GROUP_MIN }));

  await app.register(importRoutes(ctx));
};
