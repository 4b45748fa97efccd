/**
 * `npm run bench`: start to first answer on a fresh data directory, then the organiser list and search
 * API at 50 connections for 10 s, and analysis bases at 20 connections, on PGlite and on the
 * PostgreSQL server side by side. Results → bench/results.json.
 * Last, all analysis bases as XLSX and PDF in one batch (bench/basis-batch.ts, its own process).
 * Targets: start ≤ 10 s; list/search p95 ≤ 50 ms; one analysis basis p95 ≤ 300 ms; all bases ≤ 60 s.
 * Env: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test), BENCH_SECONDS (10).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { load, type LoadResult } from './load.ts';
import { devLogin, startServer } from './server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const BASIS_CONNECTIONS = 20;
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

/** Analysis bases of organisers of every size: the 40 largest and 40 from the middle of the list. */
async function basisPaths(url: string, cookie: string): Promise<string[]> {
  const get = async (query: string) => ((await (await fetch(`${url}/api/organisers?${query}`, { headers: { cookie } })).json()) as { items: { id: string }[] }).items;
  const organisers = [...await get('sort=-children&limit=40'), ...await get('sort=-children&limit=40&offset=1000')];
  return organisers.map((o) => `/api/organisers/${o.id}/analysis-basis`);
}

async function measure(env: Record<string, string>, port: number): Promise<{ startMs: number; list: LoadResult; basis: LoadResult; basisFirstMs: number }> {
  const server = await startServer(env, port);
  try {
    const cookie = await devLogin(server.url, 'ledare-skolverket');
    await load({ url: server.url, paths: LIST_PATHS, cookie, connections: CONNECTIONS, seconds: 2 }); // warm-up
    const list = await load({ url: server.url, paths: LIST_PATHS, cookie, connections: CONNECTIONS, seconds: SECONDS });
    const paths = await basisPaths(server.url, cookie);
    const first = performance.now();
    await fetch(`${server.url}${paths[0]}`, { headers: { cookie } }); // loads the value cube
    const basisFirstMs = Math.round(performance.now() - first);
    await load({ url: server.url, paths, cookie, connections: BASIS_CONNECTIONS, seconds: 2 }); // fits the models
    const basis = await load({ url: server.url, paths, cookie, connections: BASIS_CONNECTIONS, seconds: SECONDS });
    return { startMs: server.startMs, list, basis, basisFirstMs };
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

let postgres: Awaited<ReturnType<typeof measure>> | { error: string };
try {
  const databaseUrl = await freshServerDatabase();
  await seedServer(databaseUrl);
  console.log('PostgreSQL server: start, load …');
  postgres = await measure({ DATABASE_URL: databaseUrl }, 3902);
} catch (error) {
  postgres = { error: (error as Error).message };
}

console.log('All analysis bases as XLSX and PDF in one batch …');
const batchOut = join(tmpdir(), `kn-batch-${process.pid}.json`);
const batchRun = spawnSync(process.execPath, [new URL('./basis-batch.ts', import.meta.url).pathname], {
  stdio: 'inherit', env: { ...process.env, BENCH_PROFILE: '0', BENCH_JSON_OUT: batchOut },
});
const basisBatch = batchRun.status === 0 ? JSON.parse(readFileSync(batchOut, 'utf8')) as Record<string, unknown> : { error: `exit ${batchRun.status}` };
rmSync(batchOut, { force: true });

const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  targets: { startMs: 10_000, listP95Ms: 50, basisP95Ms: 300, allBasesSeconds: 60 },
  load: { connections: CONNECTIONS, seconds: SECONDS, paths: LIST_PATHS },
  startToFirstAnswerMs: { pglite: pglite.startMs, postgres: 'startMs' in postgres ? postgres.startMs : null },
  organiserListAndSearch: { pglite: pglite.list, postgres: 'list' in postgres ? postgres.list : postgres },
  analysisBasis: {
    connections: BASIS_CONNECTIONS,
    firstAfterStartMs: { pglite: pglite.basisFirstMs, postgres: 'basisFirstMs' in postgres ? postgres.basisFirstMs : null },
    pglite: pglite.basis,
    postgres: 'basis' in postgres ? postgres.basis : null,
  },
  /** Embedded database, the application's own runner: every demo organiser's XLSX and PDF. */
  allAnalysisBasesBatch: basisBatch,
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.table({
  'start → first answer (ms)': { pglite: results.startToFirstAnswerMs.pglite, postgres: results.startToFirstAnswerMs.postgres },
  'list/search p50 (ms)': { pglite: pglite.list.p50, postgres: 'list' in postgres ? postgres.list.p50 : null },
  'list/search p95 (ms)': { pglite: pglite.list.p95, postgres: 'list' in postgres ? postgres.list.p95 : null },
  'list/search p99 (ms)': { pglite: pglite.list.p99, postgres: 'list' in postgres ? postgres.list.p99 : null },
  'requests/s': { pglite: pglite.list.rps, postgres: 'list' in postgres ? postgres.list.rps : null },
  'analysis basis p95 (ms, 20 conn.)': { pglite: pglite.basis.p95, postgres: 'basis' in postgres ? postgres.basis.p95 : null },
  'analysis basis first after start (ms)': { pglite: pglite.basisFirstMs, postgres: 'basisFirstMs' in postgres ? postgres.basisFirstMs : null },
  'all bases XLSX + PDF (s)': { pglite: basisBatch.seconds ?? null, postgres: null },
  'all bases: peak RSS (MB)': { pglite: basisBatch.peakRssMb ?? null, postgres: null },
});
