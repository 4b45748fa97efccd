/** One schema for every environment variable; start-up exits with a clear message when one is wrong. */
import { z } from 'zod';

const optionalUrl = z.url().optional();

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalUrl,
  SMTP_URL: optionalUrl,
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  /** Signs the links sent by e-mail; without it a key is made once and kept in the database. */
  LINK_SECRET: z.string().min(32).optional(),
  /** How long an invitation link to a self-assessment works. */
  SELF_ASSESSMENT_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** The address users reach the service at, used in links sent by e-mail. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** Sender of the e-mails (the From address). */
  MAIL_FROM: z.string().default('Kvalitetsnav <no-reply@kvalitetsnav.example>'),
  SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  /** Largest document attached to a dialogue case. */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  SMALL_GROUP_MIN: z.coerce.number().int().min(1).default(5),
  /** Run the analysis-basis batch worker in this process (off in tests that drive it themselves). */
  BATCH_WORKER: z.stringbool().default(true),
  /** How often invited cases past their answer deadline get "no answer" (0: never; tests drive it themselves). */
  DEADLINE_WATCH_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  SIGNIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  DEMO_SEED: z.coerce.number().int().default(20221),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.NODE_ENV === 'production' && !config.OIDC_ISSUER) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER: required when NODE_ENV=production (the demo sign-in is never active in production)');
  }
  return config;
}

/** The development sign-in exists only without an OpenID Connect issuer and never in production. */
export const devLoginEnabled = (config: Config): boolean => !config.OIDC_ISSUER && config.NODE_ENV !== 'production';
