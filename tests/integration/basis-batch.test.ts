/**
 * Analysis-basis batches on the demo data: documents built once per inputs and stored with what they
 * were built from, reuse, restart survival, cancelling, a failing document, and who reaches what.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisBasis } from '../../src/shared/api/analysis.ts';
import type { BasisBatchDetail, BasisBatchFilter, BasisBatchSummary, BasisSnapshotList } from '../../src/shared/api/basis-batch.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import { buildApp } from '../../src/server/platform/http/app.ts';
import { valueCubeFor } from '../../src/server/modules/analysis/shared-cube.ts';
import { inputsKeys } from '../../src/server/modules/analysis/batch/inputs-key.ts';
import type { Render } from '../../src/server/modules/analysis/batch/render-pool.ts';
import { renderDocuments } from '../../src/server/modules/analysis/batch/render-worker.ts';
import { claimItems } from '../../src/server/modules/analysis/batch/repository.ts';
import { BatchRunner } from '../../src/server/modules/analysis/batch/worker.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let coordinator: Session;
let rep: Session;
let small: Session;

/** Instances share the secret that signs the CSRF cookie, so that a session works on each. */
const SESSION_SECRET = 'basis-batch-test-secret-0123456789abcdef';

/** Another app instance on the same database (the test app itself runs no batch runner). */
async function appOn(db: Database) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SIGNIN_RATE_LIMIT: '1000', SESSION_SECRET });
  const { app } = await buildApp({ config, db, logger: false });
  await app.ready();
  return app;
}

/** A runner driven by the test, rendering on this thread through `render`. */
const runnerWith = (render: Render, options: { chunkSize?: number } = {}) =>
  new BatchRunner({ db: t.db, cube: valueCubeFor(t.db), minOrganisers: t.config.SMALL_GROUP_MIN, render, pollMs: 50, ...options });

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.db.read((q) => q.execute(query))) as unknown as { rows: T[] }).rows;

async function start(session: Session, filter: BasisBatchFilter, app = t.app): Promise<BasisBatchSummary> {
  const res = await app.inject({ method: 'POST', url: '/api/analysis-basis/batches', headers: as(session), payload: { filter } });
  expect(res.statusCode, res.body).toBe(202);
  return res.json() as BasisBatchSummary;
}

async function batch(id: string, app = t.app): Promise<BasisBatchDetail> {
  const res = await app.inject({ method: 'GET', url: `/api/analysis-basis/batches/${id}`, headers: as(coordinator) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as BasisBatchDetail;
}

async function until(id: string, done: (b: BasisBatchDetail) => boolean, app = t.app): Promise<BasisBatchDetail> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const current = await batch(id, app);
    if (done(current)) return current;
    if (Date.now() > deadline) throw new Error(`batch ${id} did not get there: ${JSON.stringify(current)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function organisersOf(filter: BasisBatchFilter): Promise<{ id: string; name: string }[]> {
  const params = new URLSearchParams({ limit: '200' });
  for (const [k, v] of Object.entries(filter)) for (const value of [v].flat()) params.append(k, String(value));
  const res = await t.app.inject({ method: 'GET', url: `/api/organisers?${params}`, headers: as(coordinator) });
  return (res.json() as { items: { id: string; name: string }[] }).items;
}

const snapshotsOfBatch = (id: string) =>
  rows<{ organiser_id: string; format: string; catalogue_label: string; vintage_label: string | null; value_import_id: string | null; catalogue_version_id: string; bytes: number }>(
    sql`select organiser_id, format, catalogue_label, vintage_label, value_import_id, catalogue_version_id, bytes from basis_snapshots where batch_id = ${id}`);
const snapshotCount = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from basis_snapshots`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp({ values: true, env: { BATCH_WORKER: 'false', SESSION_SECRET } });
  coordinator = await signIn(t.app, 'samordnare');
  rep = await signIn(t.app, 'huvudman-kommun');
  small = await signIn(t.app, 'huvudman-forskola');
});
afterAll(async () => t?.close());

describe('a batch run by the application', () => {
  const filter: BasisBatchFilter = { q: 'Ekerö' };
  let worker: Awaited<ReturnType<typeof appOn>>;
  let first: BasisBatchDetail;

  beforeAll(async () => {
    worker = await appOn(t.db);
  });
  afterAll(async () => worker?.close());

  it('builds the XLSX and the PDF of every organiser the filter finds, with catalogue and data vintage', async () => {
    const expected = await organisersOf(filter);
    expect(expected.length).toBeGreaterThan(1);
    const started = await start(coordinator, filter, worker);
    expect(started).toMatchObject({ status: 'queued', total: expected.length, pending: expected.length, built: 0 });

    first = await until(started.id, (b) => b.status === 'done', worker);
    expect(first).toMatchObject({ total: expected.length, built: expected.length, reused: 0, failed: 0, pending: 0, failures: [] });
    expect(first.startedAt).not.toBeNull();
    expect(first.finishedAt).not.toBeNull();

    const stored = await snapshotsOfBatch(started.id);
    expect(stored).toHaveLength(expected.length * 2);
    expect(new Set(stored.map((s) => `${s.organiser_id}/${s.format}`)).size).toBe(expected.length * 2);
    for (const s of stored) {
      expect(s.catalogue_label).toBeTruthy();
      expect(s.catalogue_version_id).toBeTruthy();
      expect(s.vintage_label).toBe('Demodata (genererade värden)');
      expect(s.value_import_id).toBeTruthy();
      expect(s.bytes).toBeGreaterThan(1000);
    }
  });

  it('stores exactly the basis a user is shown', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis`, headers: as(rep) });
    const keys = inputsKeys(res.json() as AnalysisBasis);
    const [row] = await rows<{ inputs_key: string }>(sql`select inputs_key from basis_snapshots where organiser_id = ${rep.organiserId} and format = 'pdf'`);
    expect(row?.inputs_key).toBe(keys.pdf);
  });

  it('reuses every document when the same batch runs again, storing nothing new', async () => {
    const before = await snapshotCount();
    const again = await start(coordinator, filter, worker);
    const done = await until(again.id, (b) => b.status === 'done', worker);
    expect(done).toMatchObject({ built: 0, reused: first.total, failed: 0, pending: 0 });
    expect(await snapshotCount()).toBe(before);
  });

  it('lists the organiser\'s documents and lets them be downloaded', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis/snapshots`, headers: as(rep) });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as BasisSnapshotList;
    expect(list.items.map((s) => s.format).sort()).toEqual(['pdf', 'xlsx']);
    expect(list.items[0]).toMatchObject({ vintageLabel: 'Demodata (genererade värden)' });

    const pdf = await t.app.inject({ method: 'GET', url: `/api/analysis-basis/snapshots/${list.items.find((s) => s.format === 'pdf')!.id}/file`, headers: as(rep) });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="analysunderlag-\d{10}-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const xlsx = await t.app.inject({ method: 'GET', url: `/api/analysis-basis/snapshots/${list.items.find((s) => s.format === 'xlsx')!.id}/file`, headers: as(rep) });
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.name).toBe('Läs mig');
    expect(createHash('sha256').update(xlsx.rawPayload).digest('hex')).toHaveLength(64);
  });

  it('keeps a representative to their own organiser\'s documents and away from batches', async () => {
    const [own] = await rows<{ id: string }>(sql`select id from basis_snapshots where organiser_id = ${rep.organiserId} limit 1`);
    const other = await t.app.inject({ method: 'GET', url: `/api/analysis-basis/snapshots/${own!.id}/file`, headers: as(small) });
    expect(other.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis/snapshots`, headers: as(small) });
    expect(list.statusCode).toBe(404);
    const startRes = await t.app.inject({ method: 'POST', url: '/api/analysis-basis/batches', headers: as(rep), payload: { filter } });
    expect(startRes.statusCode).toBe(403);
    const listRes = await t.app.inject({ method: 'GET', url: '/api/analysis-basis/batches', headers: as(rep) });
    expect(listRes.statusCode).toBe(403);
  });

  it('lists the latest batches with their progress', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/analysis-basis/batches', headers: as(coordinator) });
    const list = res.json() as { items: BasisBatchSummary[] };
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    expect(list.items[0]).toMatchObject({ status: 'done', reused: first.total });
    expect(list.items[1]).toMatchObject({ status: 'done', built: first.total });
  });
});

describe('a batch that outlives its process', () => {
  it('resumes after a restart and builds each document once', async () => {
    const filter: BasisBatchFilter = { county: '25', kind: ['kommun'] };
    const started = await start(coordinator, filter);
    expect(started.total).toBeGreaterThan(8);

    // The first process builds a few organisers' documents and is stopped while it works.
    const renders = new Map<string, number>();
    let release!: () => void;
    const stopped = new Promise<void>((resolve) => { release = resolve; });
    const first = runnerWith(async (task) => {
      const id = task.basis.organiser.id;
      renders.set(id, (renders.get(id) ?? 0) + 1);
      if (renders.size > 4) await stopped;
      return renderDocuments(task);
    }, { chunkSize: 2 });
    await first.start();
    await until(started.id, (b) => b.built >= 4);
    release();
    await first.stop();
    const halfway = await batch(started.id);
    expect(halfway.status).toBe('running');
    expect(halfway.pending).toBeGreaterThan(0);
    expect([...renders.values()].every((n) => n === 1)).toBe(true);

    // A process that died holding claims. Embedded, the next start frees them at once (one process per
    // data directory); on a server another instance takes them when the claim has run out, as these have.
    const claimed = await t.db.transaction((tx) => claimItems(tx, 2, 3600));
    expect(claimed).toHaveLength(2);
    if (t.db.kind === 'postgres') {
      await t.db.transaction((tx) => tx.execute(sql`update basis_batch_items set claimed_at = now() - interval '1 hour'
        where batch_id = ${started.id} and status = 'pending' and claimed_at is not null`));
    }

    const restarted = await appOn(t.db);
    try {
      const done = await until(started.id, (b) => b.status === 'done');
      expect(done).toMatchObject({ built: started.total, reused: 0, failed: 0, pending: 0 });
    } finally {
      await restarted.close();
    }
    const stored = await snapshotsOfBatch(started.id);
    expect(stored).toHaveLength(started.total * 2);
    const perOrganiser = await rows<{ n: number }>(sql`select count(*)::int as n from basis_snapshots
      where organiser_id in (select organiser_id from basis_batch_items where batch_id = ${started.id}) group by organiser_id, format`);
    expect(perOrganiser.every((r) => r.n === 1)).toBe(true);
    const finished = await rows<{ n: number }>(sql`select count(*)::int as n from basis_batch_items where batch_id = ${started.id} and finished_at is not null and status = 'built'`);
    expect(finished[0]!.n).toBe(started.total);
  });
});

describe('cancelling a batch', () => {
  it('stops its items from being taken, and is audited', async () => {
    const started = await start(coordinator, { county: '01' });
    const res = await t.app.inject({ method: 'POST', url: `/api/analysis-basis/batches/${started.id}/cancel`, headers: as(coordinator) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', pending: started.total });

    const runner = runnerWith(async () => { throw new Error('nothing may be rendered'); });
    await runner.start();
    await new Promise((r) => setTimeout(r, 300));
    await runner.stop();
    expect(await batch(started.id)).toMatchObject({ status: 'cancelled', pending: started.total, built: 0, failed: 0 });

    const again = await t.app.inject({ method: 'POST', url: `/api/analysis-basis/batches/${started.id}/cancel`, headers: as(coordinator) });
    expect(again.statusCode).toBe(409);
    const audited = await rows<{ event: string }>(sql`select event from audit_log where entity_id = ${started.id} order by seq`);
    expect(audited.map((a) => a.event)).toEqual(['basis_batch.started', 'basis_batch.cancelled']);
  });

  it('refuses a filter that finds nobody', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/analysis-basis/batches', headers: as(coordinator), payload: { filter: { q: 'finns-inte-någonstans' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/träffar ingen huvudman/);
  });
});

describe('a document that cannot be built', () => {
  it('fails that organiser with a message in Swedish and builds the rest', async () => {
    const filter: BasisBatchFilter = { county: '23', kind: ['kommun'] };
    const organisers = await organisersOf(filter);
    const broken = organisers[1]!;
    const started = await start(coordinator, filter);
    const runner = runnerWith(async (task) => {
      if (task.basis.organiser.id === broken.id && task.formats.includes('pdf')) {
        const [xlsx] = await renderDocuments({ basis: task.basis, formats: ['xlsx'] });
        return [xlsx!, { format: 'pdf', error: 'Error: simulated renderer failure' }];
      }
      return renderDocuments(task);
    }, { chunkSize: 3 });
    await runner.start();
    try {
      const done = await until(started.id, (b) => b.status === 'done');
      expect(done).toMatchObject({ built: organisers.length - 1, failed: 1, pending: 0 });
      expect(done.failures).toEqual([{ organiserId: broken.id, organiserName: broken.name, message: expect.stringMatching(/^PDF-filen kunde inte skapas/) }]);
    } finally {
      await runner.stop();
    }
    // What did render is kept; the failed document is tried again by the next batch.
    const stored = await rows<{ format: string }>(sql`select format from basis_snapshots where organiser_id = ${broken.id}`);
    expect(stored.map((s) => s.format)).toEqual(['xlsx']);

    const retry = await start(coordinator, filter);
    const runner2 = runnerWith(renderDocuments);
    await runner2.start();
    try {
      const done = await until(retry.id, (b) => b.status === 'done');
      expect(done).toMatchObject({ built: 1, reused: organisers.length - 1, failed: 0 });
    } finally {
      await runner2.stop();
    }
  });

  it('names the same inputs the same key, and other inputs another', () => {
    const basis = { organiser: { id: 'a' }, years: [2020], schoolForms: [] } as unknown as AnalysisBasis;
    const reordered = JSON.parse(canonicalize({ schoolForms: [], years: [2020], organiser: { id: 'a' } })!) as AnalysisBasis;
    expect(inputsKeys(reordered)).toEqual(inputsKeys(basis));
    expect(inputsKeys({ ...basis, years: [2021] }).pdf).not.toBe(inputsKeys(basis).pdf);
    expect(inputsKeys(basis).pdf).not.toBe(inputsKeys(basis).xlsx);
  });
});
