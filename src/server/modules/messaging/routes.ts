/** Outbox routes, and the mail sender that runs while the application does (when SMTP is configured). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxList, outboxQuery } from '../../../shared/api/messaging.ts';
import { READ_OUTBOX } from '../../../shared/policy/messaging.ts';
import { requireActor, roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { getOutbox } from './outbox.ts';
import { MailSender, smtpTransport } from './sender.ts';

export const messagingRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/outbox', {
    config: { access: roles(...READ_OUTBOX) },
    schema: { tags: ['messaging'], querystring: outboxQuery, response: { 200: outboxList } },
  }, async (request) => getOutbox({ db: ctx.db, actor: requireActor(request), relatedId: request.query.relatedId }));

  if (ctx.config.SMTP_URL) {
    const sender = new MailSender(ctx.db, smtpTransport(ctx.config.SMTP_URL), ctx.config.MAIL_FROM);
    app.addHook('onReady', async () => sender.start((error) => app.log.error({ err: error }, 'mail delivery failed')));
    app.addHook('onClose', async () => sender.stop());
  }
};
