/**
 * Opens the database the configuration asks for: a PostgreSQL server when DATABASE_URL is set,
 * otherwise PGlite persisted under DATA_DIR (or in memory for tests). Same schema, migrations and queries.
 */
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
import * as schema from './schema.ts';

const migrationsFolder = fileURLToPath(new URL('../../../../drizzle', import.meta.url));

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'memory' };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    const db = drizzlePg(pool, { schema }) as unknown as Drizzle;
    const client = await pool.connect();
    try {
      // Several app instances may start at once against one server: migrate one at a time.
      await client.query('select pg_advisory_lock(726354)');
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      await client.query('select pg_advisory_unlock(726354)');
    } finally {
      client.release();
    }
    return new Database(db, 'postgres', () => pool.end());
  }

  const release = target.kind === 'pglite' ? acquireDataDirLock(resolve(target.dataDir)) : () => {};
  try {
    const client = target.kind === 'pglite' ? new PGlite(join(resolve(target.dataDir), 'pgdata')) : new PGlite();
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    await db.execute(sql`select 1`);
    return new Database(db as unknown as Drizzle, 'pglite', async () => {
      await client.close();
      release();
    });
  } catch (error) {
    release();
    throw error;
  }
}

export function databaseTarget(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseTarget {
  return config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.DATA_DIR };
}
