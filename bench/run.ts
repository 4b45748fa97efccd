/**
 * `npm run bench`: start to first answer on a fresh data directory, then the organiser list and search
 * API at 50 connections for 10 s, on PGlite and on the PostgreSQL server side by side.
 * Results → bench/results.json. Targets: start ≤ 10 s; list/search p95 ≤ 50 ms.
 * Env: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test), BENCH_SECONDS (10).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { load, type LoadResult } from './load.ts';
import { devLogin, startServer } from './server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

const LIST_PATHS = [
  '/api/organisers',
  '/api/organisers?q=skola',
  '/api/organisers?q=G%C3%B6teborg&sort=-children',
  '/api/organisers?kind=aktiebolag&sizeClass=small&offset=50',
  '/api/organisers?schoolForm=grundskola&county=14',
  '/api/organisers?q=556',
  '/api/organisers?office=lulea&status=active&sort=municipality',
];

async function measure(env: Record<string, string>, port: number): Promise<{ startMs: number; list: LoadResult }> {
  const server = await startServer(env, port);
  try {
    const cookie = await devLogin(server.url, 'ledare-skolverket');
    await load({ url: server.url, paths: LIST_PATHS, cookie, connections: CONNECTIONS, seconds: 2 }); // warm-up
    const list = await load({ url: server.url, paths: LIST_PATHS, cookie, connections: CONNECTIONS, seconds: SECONDS });
    return { startMs: server.startMs, list };
  } finally {
    await server.stop();
  }
}

async function freshServerDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query('drop database if exists kn_bench with (force)');
  await admin.query('create database kn_bench');
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = '/kn_bench';
  return url.toString();
}

async function seedServer(databaseUrl: string): Promise<void> {
  const { openDatabase } = await import('../src/server/platform/db/open.ts');
  const { seedDemo } = await import('../src/server/modules/demo/seed.ts');
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl });
  await seedDemo(db, { seed: 20221 });
  await db.close();
}

const dataDir = mkdtempSync(join(tmpdir(), 'kn-bench-'));
console.log('PGlite: fresh data directory, start, load …');
const pglite = await measure({ DATA_DIR: dataDir }, 3901);
rmSync(dataDir, { recursive: true, force: true });

let postgres: { startMs: number; list: LoadResult } | { error: string };
try {
  const databaseUrl = await freshServerDatabase();
  await seedServer(databaseUrl);
  console.log('PostgreSQL server: start, load …');
  postgres = await measure({ DATABASE_URL: databaseUrl }, 3902);
} catch (error) {
  postgres = { error: (error as Error).message };
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  targets: { startMs: 10_000, listP95Ms: 50 },
  load: { connections: CONNECTIONS, seconds: SECONDS, paths: LIST_PATHS },
  startToFirstAnswerMs: { pglite: pglite.startMs, postgres: 'startMs' in postgres ? postgres.startMs : null },
  organiserListAndSearch: { pglite: pglite.list, postgres: 'list' in postgres ? postgres.list : postgres },
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.table({
  'start → first answer (ms)': { pglite: results.startToFirstAnswerMs.pglite, postgres: results.startToFirstAnswerMs.postgres },
  'list/search p50 (ms)': { pglite: pglite.list.p50, postgres: 'list' in postgres ? postgres.list.p50 : null },
  'list/search p95 (ms)': { pglite: pglite.list.p95, postgres: 'list' in postgres ? postgres.list.p95 : null },
  'list/search p99 (ms)': { pglite: pglite.list.p99, postgres: 'list' in postgres ? postgres.list.p99 : null },
  'requests/s': { pglite: pglite.list.rps, postgres: 'list' in postgres ? postgres.list.rps : null },
});
