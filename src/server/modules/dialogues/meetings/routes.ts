/**
 * Meeting routes: book on a case, join another case's introduction, move and cancel a meeting. Each
 * answers the case as it now is (`?dialogue=` names the case when a shared introduction is changed).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { introCandidates, meetingCancel, meetingChange, meetingCreate, meetingJoin } from '../../../../shared/api/dialogue-meetings.ts';
import { dialogueDetail } from '../../../../shared/api/dialogues.ts';
import { RUN_DIALOGUES } from '../../../../shared/policy/dialogues.ts';
import { requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { ifMatchVersion } from '../../../platform/http/if-match.ts';
import { getCase } from '../cases.ts';
import { introMeetingsToJoin, joinIntroMeeting } from './intro-groups.ts';
import { bookMeeting, cancelMeeting, moveMeeting } from './meetings.ts';

const idParams = z.strictObject({ id: z.uuid() });
const fromCase = z.strictObject({ dialogue: z.uuid().optional() });
const tags = ['dialogues'];

export const meetingRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db, config } = ctx;

  app.post('/api/dialogues/:id/meetings', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, body: meetingCreate, response: { 201: dialogueDetail } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    await bookMeeting({ db, actor, dialogueId: request.params.id, input: request.body, publicUrl: config.PUBLIC_URL });
    return reply.status(201).send(await getCase({ db, actor, id: request.params.id }));
  });

  app.get('/api/dialogues/:id/intro-meetings', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, response: { 200: introCandidates } },
  }, async (request) => introMeetingsToJoin({ db, actor: requireActor(request), dialogueId: request.params.id }));

  app.post('/api/dialogues/:id/intro-meetings/:meetingId/join', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: z.strictObject({ id: z.uuid(), meetingId: z.uuid() }), body: meetingJoin, response: { 200: dialogueDetail } },
  }, async (request) => {
    const actor = requireActor(request);
    await joinIntroMeeting({ db, actor, dialogueId: request.params.id, meetingId: request.params.meetingId, participants: request.body.participants, publicUrl: config.PUBLIC_URL });
    return getCase({ db, actor, id: request.params.id });
  });

  app.patch('/api/dialogue-meetings/:id', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, querystring: fromCase, body: meetingChange, response: { 200: dialogueDetail } },
  }, async (request) => {
    const actor = requireActor(request);
    const dialogueId = await moveMeeting({
      db, actor, meetingId: request.params.id, dialogueId: request.query.dialogue, version: ifMatchVersion(request.headers['if-match']), change: request.body, publicUrl: config.PUBLIC_URL,
    });
    return getCase({ db, actor, id: dialogueId });
  });

  app.post('/api/dialogue-meetings/:id/cancel', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, querystring: fromCase, body: meetingCancel, response: { 200: dialogueDetail } },
  }, async (request) => {
    const actor = requireActor(request);
    const dialogueId = await cancelMeeting({
      db, actor, meetingId: request.params.id, dialogueId: request.query.dialogue, version: ifMatchVersion(request.headers['if-match']), reason: request.body.reason, publicUrl: config.PUBLIC_URL,
    });
    return getCase({ db, actor, id: dialogueId });
  });
};
