/**
 * `node bench/basis-batch.ts`: one analysis-basis batch over every demo organiser (XLSX + PDF each)
 * on a fresh embedded database, through the API and the application's own runner, as in production.
 * Prints the wall time, the peak resident memory of the process (its worker threads included), how
 * long the main thread was kept from answering, and where the time of one organiser goes.
 * Target: ≤ 60 s for all organisers on a 2-core machine.
 * Env: BENCH_PROFILE=0 leaves out the per-part profile (100 organisers across the list, one thread);
 * BENCH_JSON_OUT=<file> also writes the figures as JSON there (`npm run bench` does, for results.json).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/server/platform/config.ts';
import { openDatabase } from '../src/server/platform/db/open.ts';
import { buildApp } from '../src/server/platform/http/app.ts';
import { assembleBasis, loadBasisContext, loadBasisSubjects } from '../src/server/modules/analysis/basis-source.ts';
import { inputsKeys } from '../src/server/modules/analysis/batch/inputs-key.ts';
import { insertSnapshots } from '../src/server/modules/analysis/batch/repository.ts';
import { ValueCube } from '../src/server/modules/analysis/cube.ts';
import { analysisBasisPdf } from '../src/server/modules/analysis/export-pdf.ts';
import { analysisBasisXlsx } from '../src/server/modules/analysis/export-xlsx.ts';
import { isEmpty, seedDemo } from '../src/server/modules/demo/seed.ts';
import type { BasisBatchDetail } from '../src/shared/api/basis-batch.ts';

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

// Seeding (when the prebuilt template does not match the migrations) runs in a child process, so
// that its memory does not count as the batch's.
if (process.argv[2] === '--seed') {
  const db = await openDatabase({ kind: 'pglite', dataDir: process.argv[3]!, templateSeed: Number(process.argv[4]) });
  if (await isEmpty(db)) await seedDemo(db, { seed: Number(process.argv[4]) });
  await db.close();
  process.exit(0);
}

const dataDir = mkdtempSync(join(tmpdir(), 'kn-batch-bench-'));
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' });

console.log('Fresh embedded database with the demo data and values …');
const seeded = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--seed', dataDir, String(config.DEMO_SEED)], { stdio: 'inherit' });
if (seeded.status !== 0) throw new Error('seeding failed');
const db = await openDatabase({ kind: 'pglite', dataDir });
const { app } = await buildApp({ config, db, logger: false });
await app.ready();

const login = await app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { persona: 'samordnare' } });
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const headers = { cookie, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };

const rssBefore = process.resourceUsage().maxRSS;
const cpuBefore = process.cpuUsage();
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const started = performance.now();
const res = await app.inject({ method: 'POST', url: '/api/analysis-basis/batches', headers, payload: { filter: {} } });
if (res.statusCode !== 202) throw new Error(`start failed: ${res.statusCode} ${res.body}`);
const { id, total } = res.json() as { id: string; total: number };
console.log(`Batch of ${total} organisers started …`);

let detail: BasisBatchDetail;
let lastShown = 0;
let firstDone: number | null = null;
const answers: number[] = [];
for (;;) {
  const asked = performance.now();
  detail = (await app.inject({ method: 'GET', url: `/api/analysis-basis/batches/${id}`, headers })).json() as BasisBatchDetail;
  answers.push(performance.now() - asked);
  if (detail.status === 'done') break;
  const seconds = (performance.now() - started) / 1000;
  if (firstDone === null && detail.pending < total) firstDone = seconds;
  if (seconds - lastShown >= 10) {
    lastShown = seconds;
    console.log(`  ${seconds.toFixed(0)} s: ${total - detail.pending} of ${total}`);
  }
  await new Promise((r) => setTimeout(r, 250));
}
const seconds = (performance.now() - started) / 1000;
loop.disable();
answers.sort((a, b) => a - b);
const { maxRSS } = process.resourceUsage();
const cpu = process.cpuUsage(cpuBefore);
console.log(`\nAll ${total} organisers, XLSX + PDF: ${seconds.toFixed(1)} s (built ${detail.built}, reused ${detail.reused}, failed ${detail.failed})`);
console.log(`First documents stored after ${firstDone?.toFixed(1)} s (loading the value cube and fitting the models)`);
console.log(`CPU time of the process, worker threads included: ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s (on 2 free cores at best half of that in wall time)`);
console.log(`Peak RSS of the process incl. worker threads: ${mb(maxRSS)} (before the batch, server started: ${mb(rssBefore)})`);
console.log(`Main thread: event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms; progress answers p95 ${answers[Math.floor(answers.length * 0.95)]!.toFixed(0)} ms`);
const size = await db.read((q) => q.execute(`select format, count(*)::int as n, sum(bytes)::bigint as bytes from basis_snapshots group by format`));
const stored = (size as unknown as { rows: { format: string; n: number; bytes: string }[] }).rows;
console.log('Stored:', JSON.stringify(stored));
if (process.env.BENCH_JSON_OUT) {
  writeFileSync(process.env.BENCH_JSON_OUT, JSON.stringify({
    organisers: total, seconds: +seconds.toFixed(1), built: detail.built, reused: detail.reused, failed: detail.failed,
    firstDocumentsAfterSeconds: firstDone === null ? null : +firstDone.toFixed(1),
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e6), peakRssMb: Math.round(maxRSS / 1024), rssBeforeMb: Math.round(rssBefore / 1024),
    eventLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e6), progressAnswerP95Ms: Math.round(answers[Math.floor(answers.length * 0.95)]!),
    storedMb: Object.fromEntries(stored.map((r) => [r.format, Math.round(Number(r.bytes) / 1048576)])),
  }));
}
await app.close();

if (process.env.BENCH_PROFILE !== '0') {
  // Where one organiser's time goes, part by part, on this thread: every 28th organiser (100), after 10 for warm-up.
  const cube = new ValueCube(db);
  const context = await loadBasisContext({ db, cube, minOrganisers: config.SMALL_GROUP_MIN });
  const all = ((await db.read((q) => q.execute('select id from organisers order by org_number'))) as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  const ids = [...all.slice(0, 10), ...all.filter((_, i) => i % 28 === 0)];
  const profiles = await loadBasisSubjects(db, ids);
  const parts = { assemble: 0, key: 0, xlsx: 0, pdf: 0, store: 0 };
  for (const [i, organiserId] of ids.entries()) {
    const measured = i >= 10;
    let t = performance.now();
    const lap = (part: keyof typeof parts) => {
      const now = performance.now();
      if (measured) parts[part] += now - t;
      t = now;
    };
    const basis = assembleBasis(context, profiles.get(organiserId)!);
    lap('assemble');
    const keys = inputsKeys(basis);
    lap('key');
    const xlsx = await analysisBasisXlsx(basis);
    lap('xlsx');
    const pdf = await analysisBasisPdf(basis);
    lap('pdf');
    await db.transaction((tx) => insertSnapshots(tx, [xlsx, pdf].map((content, j) => ({
      organiserId, format: j === 0 ? 'xlsx' : 'pdf', inputsKey: `bench-${keys.pdf}`, catalogueVersionId: context.catalogue.id,
      catalogueLabel: context.catalogue.label, vintageLabel: null, valueImportId: null, content, bytes: content.length, sha256: 'x',
    }))));
    lap('store');
  }
  // (The runner stores a chunk of 8 organisers per transaction, which costs less per organiser than this.)
  console.log(`Per organiser (ms, mean of ${ids.length - 10}, one thread):`, Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, +(v / (ids.length - 10)).toFixed(1)])));
}
await db.close();
rmSync(dataDir, { recursive: true, force: true });
