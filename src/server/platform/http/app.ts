/**
 * Builds the Fastify application: security plugins, declared access, sessions, CSRF, OpenAPI, the
 * modules' routes and the web client. The path of a request is described in docs/ARCHITECTURE.md.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { checkAccess, enforceDeclaredAccess, PUBLIC, type RouteRecord } from './access.ts';
import type { AppContext } from './context.ts';
import { installErrorHandler } from './error-handler.ts';
import { apiKeyRoutes } from '../../modules/access/api-key-routes.ts';
import { ApiKeyResolver } from '../../modules/access/api-keys.ts';
import { accessRoutes } from '../../modules/access/routes.ts';
import { SESSION_COOKIE, SessionResolver } from '../../modules/access/sessions.ts';
import { analysisRoutes } from '../../modules/analysis/routes.ts';
import { basisBatchRoutes } from '../../modules/analysis/batch/routes.ts';
import { valueImportRoutes } from '../../modules/analysis/value-import-routes.ts';
import { auditRoutes } from '../../modules/audit/routes.ts';
import { catalogueRoutes } from '../../modules/catalogue/routes.ts';
import { dialogueRoutes } from '../../modules/dialogues/routes.ts';
import { feedbackRoutes } from '../../modules/dialogues/feedback/routes.ts';
import { documentRoutes } from '../../modules/dialogues/documents/routes.ts';
import { meetingRoutes } from '../../modules/dialogues/meetings/routes.ts';
import { notesRoutes } from '../../modules/dialogues/notes/routes.ts';
import { observationRoutes } from '../../modules/dialogues/observations/routes.ts';
import { dialoguePlanningRoutes } from '../../modules/dialogues/planning/routes.ts';
import { dialogueVolumeRoutes } from '../../modules/dialogues/volumes/routes.ts';
import { weekRoutes } from '../../modules/dialogues/week/routes.ts';
import { messagingRoutes } from '../../modules/messaging/routes.ts';
import { registryRoutes } from '../../modules/registry/routes.ts';
import { selfAssessmentRoutes } from '../../modules/selfassessment/routes.ts';

z.config(z.locales.sv());

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false on the few writes that happen before a session exists (sign-in). */
    csrf?: boolean;
  }
}

const webRoot = fileURLToPath(new URL('../../../../dist/web', import.meta.url));
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface BuiltApp {
  app: FastifyInstance;
  routes: RouteRecord[];
}

export async function buildApp({ config, db, logger = true }: { config: Config; db: Database; logger?: boolean }): Promise<BuiltApp> {
  const app = Fastify({
    logger: logger ? { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'req.headers["x-link-token"]', 'res.headers["set-cookie"]'] } : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const secure = config.SECURE_COOKIES === 'true' || (config.SECURE_COOKIES === 'auto' && config.NODE_ENV === 'production');
  const ctx: AppContext = {
    config,
    db,
    cookieOptions: { path: '/', httpOnly: true, sameSite: 'lax', secure },
    sessions: new SessionResolver(db),
    apiKeys: new ApiKeyResolver(db),
  };

  const routes: RouteRecord[] = [];
  enforceDeclaredAccess(app, routes);
  installErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    strictTransportSecurity: secure,
  });
  await app.register(cookie, { secret: config.SESSION_SECRET ?? randomBytes(32).toString('hex') });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'kn_csrf',
    cookieOpts: { ...ctx.cookieOptions, signed: true, sameSite: 'strict' },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.IMPORT_MAX_BYTES, files: 1, fields: 5 }, throwFileSizeLimit: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Kvalitetsnav API', version: '1' },
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http', scheme: 'bearer',
            description: 'Another authority\'s system calls with `Authorization: Bearer <API key>` (created under /api-nycklar); browsers use the session cookie and send `x-csrf-token` on writes.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api')) return;
    // A browser signs in with its session cookie; another authority's system with its API key (no cookie, so no CSRF).
    const cookie = request.cookies[SESSION_COOKIE];
    request.actor = cookie ? await ctx.sessions.resolve(cookie) : await ctx.apiKeys.resolve(request.headers.authorization);
    checkAccess(request, reply);
    const config = request.routeOptions.config;
    if (UNSAFE.has(request.method) && config.csrf !== false && request.cookies[SESSION_COOKIE]) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
      });
    }
  });

  app.get('/api/health', { config: { access: PUBLIC }, schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));
  app.get('/api/openapi.json', { config: { access: PUBLIC }, schema: { hide: true } }, async () => app.swagger());

  await app.register(accessRoutes(ctx));
  await app.register(apiKeyRoutes(ctx));
  await app.register(registryRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(catalogueRoutes(ctx));
  await app.register(analysisRoutes(ctx));
  await app.register(basisBatchRoutes(ctx));
  await app.register(valueImportRoutes(ctx));
  await app.register(messagingRoutes(ctx));
  await app.register(selfAssessmentRoutes(ctx));
  await app.register(dialogueRoutes(ctx));
  await app.register(meetingRoutes(ctx));
  await app.register(notesRoutes(ctx));
  await app.register(documentRoutes(ctx));
  await app.register(dialoguePlanningRoutes(ctx));
  await app.register(observationRoutes(ctx));
  await app.register(feedbackRoutes(ctx));
  await app.register(dialogueVolumeRoutes(ctx));
  await app.register(weekRoutes(ctx));

  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
    // Client-side routes (e.g. /huvudman/…) get the web client; unknown /api paths stay JSON 404s.
    app.get('/*', { config: { access: PUBLIC } }, async (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (path.startsWith('/api/')) return reply.callNotFound();
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return { app, routes };
}
