/**
 * Opens the database the configuration asks for: a PostgreSQL server when DATABASE_URL is set,
 * otherwise PGlite persisted under DATA_DIR (or in memory for tests). Same schema, migrations and queries.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { Database, type Drizzle } from './database.ts';
import { acquireDataDirLock } from './lock.ts';
import { readTemplate } from './template.ts';
import * as schema from './schema.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string; /** Start a new directory from the template built with this seed, if any. */ templateSeed?: number }
  | { kind: 'memory' };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection the server ends (a restart, an administrator, a dropped database) is taken
    // out of the pool, and the next query opens a new one; unhandled, the error would end the process.
    pool.on('error', (error) => {
      console.warn(`PostgreSQL ended an idle connection: ${error.message}`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Drizzle;
    const client = await pool.connect();
    try {
      // Several app instances may start at once against one server: migrate one at a time.
      await client.query('select pg_advisory_lock(726354)');
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      await client.query('select pg_advisory_unlock(726354)');
    } finally {
      client.release();
    }
    return new Database(db, 'postgres', () => pool.end());
  }

  const release = target.kind === 'pglite' ? acquireDataDirLock(resolve(target.dataDir)) : () => {};
  try {
    let client: PGlite;
    if (target.kind === 'pglite') {
      const dir = join(resolve(target.dataDir), 'pgdata');
      // A new data directory starts from the prebuilt template when one matches these migrations.
      const template = existsSync(dir) ? null : readTemplate(MIGRATIONS_FOLDER, target.templateSeed);
      client = template ? new PGlite(dir, { loadDataDir: template }) : new PGlite(dir);
    } else {
      client = new PGlite();
    }
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    await db.execute(sql`select 1`);
    const dump = target.kind === 'memory' ? () => client.dumpDataDir('gzip') as Promise<Blob> : undefined;
    return new Database(db as unknown as Drizzle, 'pglite', async () => {
      await client.close();
      release();
    }, dump);
  } catch (error) {
    release();
    throw error;
  }
}

export function databaseTarget(config: { DATABASE_URL?: string | undefined; DATA_DIR: string; DEMO_SEED: number }): DatabaseTarget {
  return config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.DATA_DIR, templateSeed: config.DEMO_SEED };
}
