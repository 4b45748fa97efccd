/**
 * Notes routes: read the versions, save the draft, send, answer (the signed-in representative, or the
 * contact person through the e-mail's signed link), register, correct, export; case number formats.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseNumberFormats as caseNumberFormatsSchema, caseNumberFormatSet, notesComment, notesConflict, notesCorrection, notesDraftSave, notesList, notesStep,
  notesReview, notesReviewAnswer, notesVersion,
} from '../../../../shared/api/dialogue-notes.ts';
import {
  ANSWER_NOTES, READ_CASE_NUMBER_FORMATS, READ_DIALOGUES, READ_NOTES_RECORD, RUN_DIALOGUES, SET_CASE_NUMBER_FORMAT,
} from '../../../../shared/policy/dialogues.ts';
import { LINK, linkToken, requireActor, roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { answerNotes, listNotes, saveDraft, sendNotes, startCorrection } from './notes.ts';
import { caseNumberFormats, registeredRecord, registerNotes, setCaseNumberFormat } from './registration.ts';
import { answerNotesByLink, openNotesByLink } from './review-link.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['dialogues'];

export const notesRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const { db, config } = ctx;
  const list = (request: { params: { id: string } } & Parameters<typeof requireActor>[0]) =>
    listNotes({ db, actor: requireActor(request), dialogueId: request.params.id });

  app.get('/api/dialogues/:id/notes', {
    config: { access: roles(...READ_DIALOGUES) },
    schema: { tags, params: idParams, response: { 200: notesList } },
  }, async (request) => list(request));

  app.put('/api/dialogues/:id/notes/draft', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, body: notesDraftSave, response: { 200: notesVersion, 409: notesConflict } },
  }, async (request, reply) => {
    const result = await saveDraft({ db, actor: requireActor(request), dialogueId: request.params.id, ...request.body });
    if ('saved' in result) return result.saved;
    return reply.status(409).send({
      error: { code: 'conflict' as const, message: 'Den andra dialogutföraren har sparat anteckningarna medan du skrev. Jämför och välj vad som ska gälla.' },
      current: result.conflict,
    });
  });

  app.post('/api/dialogues/:id/notes/send', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, body: notesStep, response: { 200: notesList } },
  }, async (request) => {
    await sendNotes({ db, actor: requireActor(request), dialogueId: request.params.id, ...request.body, publicUrl: config.PUBLIC_URL, linkSecret: config.LINK_SECRET });
    return list(request);
  });

  app.post('/api/dialogues/:id/notes/comment', {
    config: { access: roles(...ANSWER_NOTES) },
    schema: { tags, params: idParams, body: notesComment, response: { 200: notesList } },
  }, async (request) => {
    const { comment, ...step } = request.body;
    await answerNotes({ db, actor: requireActor(request), dialogueId: request.params.id, ...step, answer: { approve: false, comment } });
    return list(request);
  });

  app.post('/api/dialogues/:id/notes/approve', {
    config: { access: roles(...ANSWER_NOTES) },
    schema: { tags, params: idParams, body: notesStep, response: { 200: notesList } },
  }, async (request) => {
    await answerNotes({ db, actor: requireActor(request), dialogueId: request.params.id, ...request.body, answer: { approve: true } });
    return list(request);
  });

  app.get('/api/notes-review', {
    config: { access: LINK },
    schema: { tags, response: { 200: notesReview } },
  }, async (request) => openNotesByLink({ db, config, token: linkToken(request) }));

  app.post('/api/notes-review/answer', {
    config: { access: LINK, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, body: notesReviewAnswer, response: { 200: notesReview } },
  }, async (request) => answerNotesByLink({ db, config, token: linkToken(request), answer: request.body }));

  app.post('/api/dialogues/:id/notes/register', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, body: notesStep, response: { 200: notesList } },
  }, async (request) => {
    await registerNotes({ db, actor: requireActor(request), dialogueId: request.params.id, ...request.body });
    return list(request);
  });

  app.post('/api/dialogues/:id/notes/corrections', {
    config: { access: roles(...RUN_DIALOGUES) },
    schema: { tags, params: idParams, body: notesCorrection, response: { 201: notesList } },
  }, async (request, reply) => {
    await startCorrection({ db, actor: requireActor(request), dialogueId: request.params.id, text: request.body.text });
    return reply.status(201).send(await list(request));
  });

  app.get('/api/dialogue-notes/:id/record', {
    config: { access: roles(...READ_NOTES_RECORD) },
    schema: { tags, params: idParams },
  }, async (request, reply) => {
    const record = await registeredRecord({ db, actor: requireActor(request), notesId: request.params.id });
    const name = `minnesanteckningar-${record.registerEntries.map((e) => e.caseNumber.replace(/[^\w-]+/g, '-')).join('_')}.json`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    reply.type('application/json; charset=utf-8');
    return JSON.stringify(record, null, 2);
  });

  app.get('/api/case-number-formats', {
    config: { access: roles(...READ_CASE_NUMBER_FORMATS) },
    schema: { tags, response: { 200: caseNumberFormatsSchema } },
  }, async () => caseNumberFormats({ db }));

  app.put('/api/case-number-formats/:agency', {
    config: { access: roles(...SET_CASE_NUMBER_FORMAT) },
    schema: { tags, params: z.strictObject({ agency: z.enum(['skolverket', 'spsm']) }), body: caseNumberFormatSet, response: { 200: caseNumberFormatsSchema } },
  }, async (request) => setCaseNumberFormat({ db, actor: requireActor(request), agency: request.params.agency, format: request.body.format }));
};
