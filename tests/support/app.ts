/** Builds the real application on a fresh test database, optionally with the demo data, and signs personas in. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/server/platform/config.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import { buildApp } from '../../src/server/platform/http/app.ts';
import type { RouteRecord } from '../../src/server/platform/http/access.ts';
import { seedDemo } from '../../src/server/modules/demo/seed.ts';
import { openTestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
  routes: RouteRecord[];
  close: () => Promise<void>;
}

/**
 * `values: true` also loads the five years of measure values and `dialogues: true` the dialogue
 * history (both slow: only the tests that read them; the others assume no dialogues).
 */
export async function createTestApp(options: { demo?: boolean; values?: boolean; dialogues?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SIGNIN_RATE_LIMIT: '1000', DEADLINE_WATCH_MINUTES: '0', ...options.env });
  const db = await openTestDatabase();
  if (options.demo !== false) await seedDemo(db, { seed: config.DEMO_SEED, values: options.values ?? false, dialogues: options.dialogues ?? false });
  const { app, routes } = await buildApp({ config, db, logger: false });
  await app.ready();
  return { app, db, config, routes, close: async () => { await app.close(); await db.close(); } };
}

export interface Session {
  cookie: string;
  csrf: string;
  organiserId: string | null;
}

const cookiesOf = (res: LightMyRequestResponse) =>
  res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

export async function signIn(app: FastifyInstance, persona: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { persona } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${persona} failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { csrfToken: string; user: { organiserId: string | null } };
  return { cookie: cookiesOf(res), csrf: body.csrfToken, organiserId: body.user.organiserId };
}

/** Headers for a signed-in request; writes carry the CSRF token. */
export const as = (session: Session, extra: Record<string, string> = {}) => ({
  cookie: session.cookie,
  'x-csrf-token': session.csrf,
  ...extra,
});
