/** Routes of yearly volumes of the dialogues, as aggregates: no organiser's identity, small groups suppressed. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dialogueVolumes } from '../../../../shared/api/dialogue-volumes.ts';
import { READ_DIALOGUE_AGGREGATES } from '../../../../shared/policy/dialogues.ts';
import { roles } from '../../../platform/http/access.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import { stockholmDate } from '../calendar/swedish-time.ts';
import { dialogueVolumeSource } from './volumes.ts';

export const dialogueVolumeRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const volumes = dialogueVolumeSource(ctx.db);

  app.get('/api/dialogues/volumes', {
    config: { access: roles(...READ_DIALOGUE_AGGREGATES) },
    schema: { tags: ['dialogues'], response: { 200: dialogueVolumes } },
  }, async () => volumes({ today: stockholmDate(new Date()), minGroupSize: ctx.config.SMALL_GROUP_MIN }));
};
