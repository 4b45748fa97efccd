/**
 * `npm run seed` loads the demo dataset into an empty database; `npm run seed -- --reset` first
 * removes everything (the embedded data directory, or every table on a PostgreSQL server).
 * Options: `--seed N` for another deterministic dataset.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../platform/config.ts';
import { databaseTarget, openDatabase } from '../../platform/db/open.ts';
import { acquireDataDirLock } from '../../platform/db/lock.ts';
import { isEmpty, seedDemo } from './seed.ts';

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, seed: { type: 'string' } } });
const config = loadConfig();
const seed = values.seed === undefined ? config.DEMO_SEED : Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);

if (values.reset) {
  if (config.DATABASE_URL) {
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
    await client.end();
  } else {
    const release = acquireDataDirLock(resolve(config.DATA_DIR));
    rmSync(join(resolve(config.DATA_DIR), 'pgdata'), { recursive: true, force: true });
    release();
  }
}

const db = await openDatabase(databaseTarget(config));
try {
  if (!(await isEmpty(db))) {
    console.log(values.reset ? 'Demo dataset loaded from the prebuilt template (npm run build:demo-db rebuilds it).' : 'The database already holds data; use --reset to rebuild it.');
  } else {
    const started = Date.now();
    const counts = await seedDemo(db, { seed });
    console.log(`Demo dataset (seed ${seed}) loaded: ${counts.organisers} organisers, ${counts.units} units in ${Date.now() - started} ms.`);
  }
} finally {
  await db.close();
}
