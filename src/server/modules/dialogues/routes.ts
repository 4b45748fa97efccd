/**
 * Dialogue case routes: list, read, create, change, take a step; the agencies' internal notes. The
 * deadline watch (no answer by the deadline sets the state) runs while the application does.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agencyNoteCreate, agencyNoteList, caseTimeline, dialogueCreate, dialogueDetail, dialogueEvent, dialogueList, dialogueListQuery, dialogueUpdate,
} from '../../../shared/api/dialogues.ts';
import { AGENCY_NOTES, DIALOGUE_EVENTS_ROLES, PLAN_DIALOGUES, READ_DIALOGUES, RUN_DIALOGUES } from '../../../shared/policy/dialogues.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { addAgencyNote, listAgencyNotes } from './agency-notes.ts';
import { applyEvent, createCase, getCase, rememberedCaseList, sendReminder, updateCase } from './cases.ts';
import { caseTimeline as timelineOf } from './case-timeline.ts';
import { DeadlineWatch } from './deadlines.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['dialogues'];

export const dialogueRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db } = ctx;
  const listCases = rememberedCaseList(db);
  if (ctx.config.DEADLINE_WATCH_MINUTES > 0) {
    const watch = new DeadlineWatch({ db, publicUrl: ctx.config.PUBLIC_URL, intervalMs: ctx.config.DEADLINE_WATCH_MINUTES * 60_000 });
    app.addHook('onReady', async () => watch.start((error) => app.log.error({ err: error }, 'recording missed answer deadlines failed')));
    app.addHook('onClose', async () => watch.stop());
  }
  const withEtag = <T extends { version: number }>(reply: { header: (k: string, v: string) => unknown }, body: T) => {
    reply.header('etag', `"${body.version}"`);
    return body;
  };

  app.get('/api/dialogues', {
    config: { access: roles(...READ_DIALOGUES) },
    schema: { tags, querystring: dialogueListQuery, response: { 200: dialogueList } },
  }, async (request) => listCases({ actor: requireActor(request), query: request.query }));

  app.post('/api/dialogues', {
    config: { access: roles(...PLAN_DIALOGUES) },
    schema: { tags, body: dialogueCreate, response: { 201: dialogueDetail } },
  }, async (request, reply) => reply.status(201).send(await createCase({ db, actor: requireActor(request), input: request.body })));

  app.get('/api/dialogues/:id', {
    config: { access: roles(...READ_DIALOGUES) },
    schema: { tags, params: idParams, response: { 200: dialogueDetail } },
  }, async (request, reply) => withEtag(reply, await getCase({ db, actor: requireActor(request), id: request.params.id })));

  app.patch('/api/dialogues/:id', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, body: dialogueUpdate, response: { 200: dialogueDetail } },
  }, async (request, reply) => withEtag(reply, await updateCase({
    db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']), changes: request.body,
  })));

  app.post('/api/dialogues/:id/events', {
    config: { access: roles(...DIALOGUE_EVENTS_ROLES) },
    schema: { tags, params: idParams, body: dialogueEvent, response: { 200: dialogueDetail } },
  }, async (request, reply) => withEtag(reply, await applyEvent({
    db, actor: requireActor(request), id: request.params.id, version: ifMatchVersion(request.headers['if-match']),
    event: request.body.event, declineReason: request.body.declineReason, note: request.body.note, publicUrl: ctx.config.PUBLIC_URL,
  })));

  app.post('/api/dialogues/:id/reminders', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, response: { 200: z.object({ sent: z.number().int() }) } },
  }, async (request) => sendReminder({ db, actor: requireActor(request), id: request.params.id, publicUrl: ctx.config.PUBLIC_URL }));

  app.get('/api/dialogues/:id/timeline', {
    config: { access: roles(...READ_DIALOGUES) },
    schema: { tags, params: idParams, response: { 200: caseTimeline } },
  }, async (request) => timelineOf({ db, actor: requireActor(request), dialogueId: request.params.id }));

  app.get('/api/dialogues/:id/agency-notes', {
    config: { access: roles(...AGENCY_NOTES) },
    schema: { tags, params: idParams, response: { 200: agencyNoteList } },
  }, async (request) => listAgencyNotes({ db, actor: requireActor(request), dialogueId: request.params.id }));

  app.post('/api/dialogues/:id/agency-notes', {
    config: { access: roles(...AGENCY_NOTES) },
    schema: { tags, params: idParams, body: agencyNoteCreate, response: { 201: agencyNoteList } },
  }, async (request, reply) => reply.status(201).send(await addAgencyNote({
    db, actor: requireActor(request), dialogueId: request.params.id, text: request.body.text, shared: request.body.shared,
  })));
};
