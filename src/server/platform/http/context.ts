/** What every module's routes receive: configuration, the database and shared HTTP settings. */
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { ApiKeyResolver } from '../../modules/access/api-keys.ts';
import type { SessionResolver } from '../../modules/access/sessions.ts';

export interface AppContext {
  config: Config;
  db: Database;
  cookieOptions: CookieSerializeOptions;
  sessions: SessionResolver;
  /** Other authorities' systems, signed in by `Authorization: Bearer` instead of a session cookie. */
  apiKeys: ApiKeyResolver;
}
