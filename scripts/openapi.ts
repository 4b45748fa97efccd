/** Writes the OpenAPI document generated from the route schemas to docs/openapi.json (checked for drift in CI). */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/server/platform/config.ts';
import { openDatabase } from '../src/server/platform/db/open.ts';
import { buildApp } from '../src/server/platform/http/app.ts';

const db = await openDatabase({ kind: 'memory' });
const { app } = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), db, logger: false });
await app.ready();
writeFileSync(new URL('../docs/openapi.json', import.meta.url), `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await db.close();
