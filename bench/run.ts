/**
 * `npm run bench`: start to first answer on a fresh data directory, then the organiser list and search
 * API at 50 connections for 10 s, analysis bases at 20 connections, the leader's week and the case
 * list at 50 connections (bench/dialogue-scenarios.ts), on PGlite and on the PostgreSQL server side
 * by side. Results → bench/results.json.
 * Last, all analysis bases as XLSX and PDF in one batch (bench/basis-batch.ts, its own process).
 * Targets: start ≤ 10 s; list/search, leader's week and case list p95 ≤ 50 ms; one analysis basis
 * p95 ≤ 300 ms; all bases ≤ 60 s.
 * Env: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test), BENCH_SECONDS (10).
 *
 * `npm run bench -- --only week,cases` runs only the named scenarios (list, basis, week, cases, batch;
 * the start is measured whenever a server starts) and updates only their parts of results.json,
 * noting the partial run in `lastPartialRun`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { measureCaseList, measureWeek, WEEK_PERSONA, WRITE_EVERY_MS, type CaseListFigures, type WeekFigures } from './dialogue-scenarios.ts';
import { load, type LoadResult } from './load.ts';
import { devLogin, devSession, startServer } from './server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const BASIS_CONNECTIONS = 20;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

const SCENARIOS = ['list', 'basis', 'week', 'cases', 'batch'] as const;
type Scenario = (typeof SCENARIOS)[number];
const onlyArg = process.argv.find((a, i) => a.startsWith('--only=') || process.argv[i - 1] === '--only');
const only = onlyArg ? onlyArg.replace(/^--only=/, '').split(',').map((x) => x.trim()).filter(Boolean) : null;
for (const name of only ?? []) {
  if (!(SCENARIOS as readonly string[]).includes(name)) throw new Error(`--only: unknown scenario "${name}" (known: ${SCENARIOS.join(', ')})`);
}
const wanted = (scenario: Scenario) => only === null || only.includes(scenario);

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

interface Measured {
  startMs: number;
  list?: LoadResult;
  basis?: LoadResult;
  basisFirstMs?: number;
  week?: WeekFigures;
  cases?: CaseListFigures;
}

async function measure(env: Record<string, string>, port: number): Promise<Measured> {
  const server = await startServer(env, port);
  try {
    const cookie = await devLogin(server.url, 'ledare-skolverket');
    const measured: Measured = { startMs: server.startMs };
    if (wanted('list')) {
      await load({ url: server.url, paths: LIST_PATHS, cookie, connections: CONNECTIONS, seconds: 2 }); // warm-up
      measured.list = await load({ url: server.url, paths: LIST_PATHS, cookie, connections: CONNECTIONS, seconds: SECONDS });
    }
    if (wanted('basis')) {
      const paths = await basisPaths(server.url, cookie);
      const first = performance.now();
      await fetch(`${server.url}${paths[0]}`, { headers: { cookie } }); // loads the value cube
      measured.basisFirstMs = Math.round(performance.now() - first);
      await load({ url: server.url, paths, cookie, connections: BASIS_CONNECTIONS, seconds: 2 }); // fits the models
      measured.basis = await load({ url: server.url, paths, cookie, connections: BASIS_CONNECTIONS, seconds: SECONDS });
    }
    if (wanted('week') || wanted('cases')) {
      const leader = { url: server.url, ...(await devSession(server.url, WEEK_PERSONA)), connections: CONNECTIONS, seconds: SECONDS };
      if (wanted('week')) measured.week = await measureWeek(leader);
      if (wanted('cases')) measured.cases = await measureCaseList(leader);
    }
    return measured;
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

let postgres: Measured | { error: string };
try {
  const databaseUrl = await freshServerDatabase();
  await seedServer(databaseUrl);
  console.log('PostgreSQL server: start, load …');
  postgres = await measure({ DATABASE_URL: databaseUrl }, 3902);
} catch (error) {
  postgres = { error: (error as Error).message };
}
const server = 'startMs' in postgres ? postgres : null;

let basisBatch: Record<string, unknown> | undefined;
if (wanted('batch')) {
  console.log('All analysis bases as XLSX and PDF in one batch …');
  const batchOut = join(tmpdir(), `kn-batch-${process.pid}.json`);
  const batchRun = spawnSync(process.execPath, [new URL('./basis-batch.ts', import.meta.url).pathname], {
    stdio: 'inherit', env: { ...process.env, BENCH_PROFILE: '0', BENCH_JSON_OUT: batchOut },
  });
  basisBatch = batchRun.status === 0 ? JSON.parse(readFileSync(batchOut, 'utf8')) as Record<string, unknown> : { error: `exit ${batchRun.status}` };
  rmSync(batchOut, { force: true });
}

const measuredAt = new Date().toISOString();
const resultsFile = new URL('./results.json', import.meta.url);
// A partial run updates only its own parts of the last full run's figures.
const previous: Record<string, unknown> = only !== null && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown> : {};
const pgError = server ? undefined : postgres;
const results: Record<string, unknown> = {
  ...previous,
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  targets: { startMs: 10_000, listP95Ms: 50, basisP95Ms: 300, allBasesSeconds: 60, leaderWeekP95Ms: 50, caseListP95Ms: 50 },
};
const startMs = { pglite: pglite.startMs, postgres: server?.startMs ?? null };
if (only === null) Object.assign(results, { measuredAt, startToFirstAnswerMs: startMs });
else results.lastPartialRun = { measuredAt, scenarios: only, startToFirstAnswerMs: startMs };
if (wanted('list')) {
  results.load = { connections: CONNECTIONS, seconds: SECONDS, paths: LIST_PATHS };
  results.organiserListAndSearch = { pglite: pglite.list, postgres: server?.list ?? pgError };
}
if (wanted('basis')) {
  results.analysisBasis = {
    connections: BASIS_CONNECTIONS,
    firstAfterStartMs: { pglite: pglite.basisFirstMs, postgres: server?.basisFirstMs ?? null },
    pglite: pglite.basis,
    postgres: server?.basis ?? null,
  };
}
if (wanted('week')) {
  results.leaderWeek = {
    measuredAt, connections: CONNECTIONS, seconds: SECONDS, persona: WEEK_PERSONA, paths: 'the current week and the four before and after it',
    whileWriting: `an internal note on one of the leader's cases every ${WRITE_EVERY_MS} ms (each commit forgets the remembered answers)`,
    pglite: pglite.week, postgres: server?.week ?? pgError,
  };
}
if (wanted('cases')) {
  results.caseList = { measuredAt, connections: CONNECTIONS, seconds: SECONDS, persona: WEEK_PERSONA, pglite: pglite.cases, postgres: server?.cases ?? pgError };
}
// Embedded database, the application's own runner: every demo organiser's XLSX and PDF.
if (basisBatch) results.allAnalysisBasesBatch = basisBatch;
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

const row = (figure: (m: Measured) => number | undefined) => ({ pglite: figure(pglite) ?? null, postgres: server ? figure(server) ?? null : null });
console.table({
  'start → first answer (ms)': row((m) => m.startMs),
  ...(wanted('list') ? {
    'list/search p50 (ms)': row((m) => m.list?.p50),
    'list/search p95 (ms)': row((m) => m.list?.p95),
    'list/search p99 (ms)': row((m) => m.list?.p99),
    'requests/s': row((m) => m.list?.rps),
  } : {}),
  ...(wanted('basis') ? {
    'analysis basis p95 (ms, 20 conn.)': row((m) => m.basis?.p95),
    'analysis basis first after start (ms)': row((m) => m.basisFirstMs),
  } : {}),
  ...(wanted('week') ? {
    'leader\'s week p95 (ms)': row((m) => m.week?.p95),
    'leader\'s week p99 (ms)': row((m) => m.week?.p99),
    'leader\'s week first, not remembered (ms)': row((m) => m.week?.firstMs),
    'leader\'s week p95 while writing (ms)': row((m) => m.week?.whileWriting.p95),
    'leader\'s week: commits while writing': row((m) => m.week?.whileWriting.writes),
    'leader\'s week: meetings this week': row((m) => m.week?.meetingsThisWeek),
  } : {}),
  ...(wanted('cases') ? {
    'case list p95 (ms)': row((m) => m.cases?.p95),
    'case list p99 (ms)': row((m) => m.cases?.p99),
    'case list p95 while writing (ms)': row((m) => m.cases?.whileWriting.p95),
    'case list: dialogues in the database': row((m) => m.cases?.dialogues),
  } : {}),
  ...(basisBatch ? {
    'all bases XLSX + PDF (s)': { pglite: (basisBatch.seconds as number | undefined) ?? null, postgres: null },
    'all bases: peak RSS (MB)': { pglite: (basisBatch.peakRssMb as number | undefined) ?? null, postgres: null },
  } : {}),
});
