/** Audit routes: administrators can check the hash chain from the browser too. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roles } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { verifyAuditChain } from './verify.ts';

const chainReport = z.object({ ok: z.boolean(), records: z.number().int(), brokenAt: z.number().int().nullable(), reason: z.string().nullable() });

export const auditRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/audit/verify', { config: { access: roles('admin') }, schema: { tags: ['audit'], response: { 200: chainReport } } },
    async () => verifyAuditChain(ctx.db));
};
