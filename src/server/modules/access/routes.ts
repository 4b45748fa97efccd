/** Sign-in, sign-out and who am I. The demo sign-in exists only without OIDC and outside production. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { devLoginBody, me, personaList } from '../../../shared/api/auth.ts';
import { devLoginEnabled } from '../../platform/config.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { listDemoUsers } from './repository.ts';
import { devLogin, logout, SESSION_COOKIE } from './sessions.ts';
import { DomainError } from '../../platform/errors.ts';

export const accessRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const demo = devLoginEnabled(ctx.config);
  const notAvailable = () => new DomainError('not_found', 'Demoinloggningen är inte aktiv i den här miljön.', 'dev login disabled');

  app.get('/api/auth/me', { config: { access: PUBLIC }, schema: { tags: ['access'], response: { 200: me } } }, async (request, reply) => {
    const user = request.actor;
    return {
      signedIn: !!user,
      user: user ? { id: user.userId, name: user.name, role: user.role, agency: user.agency, organiserId: user.organiserId } : null,
      csrfToken: user ? reply.generateCsrf() : null,
      devLogin: demo,
    };
  });

  app.get('/api/auth/dev-personas', { config: { access: PUBLIC }, schema: { tags: ['access'], response: { 200: personaList } } }, async () => {
    if (!demo) throw notAvailable();
    const rows = await ctx.db.read(listDemoUsers);
    return { items: rows.map((r) => ({ id: r.subject.slice('demo:'.length), name: r.name, role: r.role as never, agency: (r.agency ?? null) as never, organiserName: r.organiserName ?? null })) };
  });

  app.post('/api/auth/dev-login', {
    config: { access: PUBLIC, csrf: false, rateLimit: { max: ctx.config.SIGNIN_RATE_LIMIT, timeWindow: '1 minute' } },
    schema: { tags: ['access'], body: devLoginBody, response: { 200: me } },
  }, async (request, reply) => {
    if (!demo) throw notAvailable();
    const { token, actor, expiresAt } = await devLogin({ db: ctx.db, persona: request.body.persona });
    reply.setCookie(SESSION_COOKIE, token, { ...ctx.cookieOptions, expires: expiresAt });
    request.actor = actor;
    return {
      signedIn: true,
      user: { id: actor.userId, name: actor.name, role: actor.role, agency: actor.agency, organiserId: actor.organiserId },
      csrfToken: reply.generateCsrf(),
      devLogin: demo,
    };
  });

  app.post('/api/auth/logout', { config: { access: PUBLIC }, schema: { tags: ['access'], response: { 204: z.null() } } }, async (request, reply) => {
    await logout(ctx.db, request.cookies[SESSION_COOKIE]);
    ctx.sessions.forget(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, ctx.cookieOptions);
    return reply.status(204).send(null);
  });
};
