/**
 * The batch runner: builds the analysis-basis documents of pending batch items, a few at a time, in
 * position order. Each chunk is claimed in a short transaction; the bases are assembled on the main
 * thread from the in-memory value cube (fast), the documents rendered in worker threads, and the
 * documents and the items' outcomes stored together in one transaction. No transaction is open
 * while anything renders. A document whose inputs were stored before is not built again: the item
 * is `reused`. Work left by a stopped process is resumed when a runner starts; a cancelled batch's
 * items are no longer taken.
 */
import { createHash } from 'node:crypto';
import type { AnalysisBasis } from '../../../../shared/api/analysis.ts';
import type { Database } from '../../../platform/db/database.ts';
import { DomainError } from '../../../platform/errors.ts';
import { assembleBasis, loadBasisContext, loadBasisSubjects, type BasisContext } from '../basis-source.ts';
import type { ValueCube } from '../cube.ts';
import { SNAPSHOT_FORMATS, type SnapshotFormat } from '../schema.ts';
import { inputsKeys } from './inputs-key.ts';
import { createRenderPool, type Render } from './render-pool.ts';
import {
  claimItems, existingKeys, finishBatchItems, hasClaimableItems, insertSnapshots, releaseAllClaims, releaseClaims,
  type ItemRef, type NewSnapshotRow,
} from './repository.ts';

export interface RunnerLog {
  info: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

export interface BatchRunnerOptions {
  db: Database;
  cube: ValueCube;
  minOrganisers: number;
  /** Renders documents; by default a pool of worker threads. */
  render?: Render;
  threads?: number;
  /** Items claimed at a time; three chunks are in flight, so that rendering, assembling and storing overlap. */
  chunkSize?: number;
  /** How often an idle runner looks for work (batches started by another instance). */
  pollMs?: number;
  /** After this long a claim whose runner went away is free again (several instances on a server). */
  leaseSeconds?: number;
  log?: RunnerLog;
}

type Outcome =
  | { kind: 'built'; item: ItemRef; snapshots: NewSnapshotRow[]; error: string | null }
  | { kind: 'reused'; item: ItemRef }
  | { kind: 'failed'; item: ItemRef; snapshots: NewSnapshotRow[]; error: string };

type Prepared =
  | { ok: true; item: ItemRef; basis: AnalysisBasis; keys: Record<SnapshotFormat, string> }
  | { ok: false; item: ItemRef; error: string };

const FORMAT_LABEL: Record<SnapshotFormat, string> = { xlsx: 'Excel-filen (XLSX)', pdf: 'PDF-filen' };
const IN_FLIGHT = 3;
const QUIET: RunnerLog = { info: () => {}, error: () => {} };

/** The Swedish reason stored on a failed item; the details go to the log. */
function failureMessage(error: unknown): string {
  if (error instanceof DomainError) return error.userMessage;
  return 'Analysunderlaget kunde inte sammanställas: internt fel (se serverloggen).';
}

export class BatchRunner {
  readonly #db: Database;
  readonly #cube: ValueCube;
  readonly #minOrganisers: number;
  readonly #render: Render;
  readonly #destroyPool: () => Promise<void>;
  readonly #chunkSize: number;
  readonly #pollMs: number;
  readonly #leaseSeconds: number;
  readonly #log: RunnerLog;
  /** Items claimed by this runner and not yet finished: given back when it stops. */
  readonly #held = new Map<string, ItemRef>();
  /** Documents being rendered, by format and inputs key, so that two items with equal inputs share one. */
  readonly #rendering = new Map<string, Promise<boolean>>();
  #started = false;
  #stopping = false;
  #again = false;
  #loop: Promise<void> | null = null;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: BatchRunnerOptions) {
    this.#db = options.db;
    this.#cube = options.cube;
    this.#minOrganisers = options.minOrganisers;
    const pool = options.render ? null : createRenderPool({ threads: options.threads ?? 2 });
    this.#render = options.render ?? pool!.render;
    this.#destroyPool = pool ? pool.destroy : async () => {};
    this.#chunkSize = options.chunkSize ?? 16;
    this.#pollMs = options.pollMs ?? 1000;
    this.#leaseSeconds = options.leaseSeconds ?? 120;
    this.#log = options.log ?? QUIET;
  }

  /** Starts working, first on whatever a stopped process left. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    // An embedded database has one process (the data-directory lock): every claim is a leftover.
    if (this.#db.kind === 'pglite') {
      await this.#db.transaction((tx) => releaseAllClaims(tx)).catch((error: unknown) => this.#log.error({ err: error }, 'basis batch: freeing claims at start failed'));
    }
    this.wake();
  }

  /** Looks for work now (e.g. a batch was just started) instead of at the next poll. */
  wake(): void {
    if (!this.#started || this.#stopping) return;
    if (this.#loop) {
      this.#again = true;
      return;
    }
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#loop = this.#run().finally(() => {
      this.#loop = null;
      if (this.#stopping) return;
      if (this.#again) {
        this.#again = false;
        this.wake();
      } else {
        this.#timer = setTimeout(() => this.wake(), this.#pollMs);
        this.#timer.unref();
      }
    });
  }

  /** Finishes the chunks in flight, gives back the rest and ends the render threads. */
  async stop(): Promise<void> {
    this.#stopping = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#loop;
    if (this.#held.size > 0) {
      const items = [...this.#held.values()];
      this.#held.clear();
      await this.#db.transaction((tx) => releaseClaims(tx, items)).catch((error: unknown) => this.#log.error({ err: error }, 'basis batch: releasing claims failed'));
    }
    await this.#destroyPool();
  }

  async #run(): Promise<void> {
    // Up to IN_FLIGHT chunks at once: while one is stored and the next claimed, the threads render the others.
    const inFlight: Promise<boolean>[] = [];
    try {
      if (!(await this.#db.read((q) => hasClaimableItems(q, this.#leaseSeconds)))) return;
      while (!this.#stopping) {
        if (inFlight.length >= IN_FLIGHT && !(await inFlight.shift()!)) break;
        const items = await this.#db.transaction((tx) => claimItems(tx, this.#chunkSize, this.#leaseSeconds));
        if (items.length === 0) break;
        for (const item of items) this.#held.set(keyOf(item), item);
        inFlight.push((await this.#dispatch(items)).done);
      }
    } catch (error) {
      this.#log.error({ err: error }, 'basis batch: runner failed; it tries again at the next poll');
    } finally {
      await Promise.all(inFlight);
    }
  }

  /** Assembles the chunk's bases and sets their renders going; `done` settles when the chunk is stored. */
  async #dispatch(items: ItemRef[]): Promise<{ done: Promise<boolean> }> {
    const ids = items.map((i) => i.organiserId);
    let context: BasisContext;
    let profiles: Awaited<ReturnType<typeof loadBasisSubjects>>;
    try {
      context = await loadBasisContext({ db: this.#db, cube: this.#cube, minOrganisers: this.#minOrganisers });
      profiles = await loadBasisSubjects(this.#db, ids);
    } catch (error) {
      this.#log.error({ err: error }, 'basis batch: the inputs could not be loaded');
      const message = failureMessage(error);
      return { done: this.#finish(items.map((item) => ({ kind: 'failed', item, snapshots: [], error: message }))) };
    }

    const prepared = items.map((item): Prepared => {
      const organiser = profiles.get(item.organiserId);
      if (!organiser) return { ok: false, item, error: 'Huvudmannen finns inte längre i registret.' };
      try {
        const basis = assembleBasis(context, organiser);
        return { ok: true, item, basis, keys: inputsKeys(basis) };
      } catch (error) {
        this.#log.error({ err: error, organiserId: item.organiserId }, 'basis batch: assembling the basis failed');
        return { ok: false, item, error: failureMessage(error) };
      }
    });
    const allKeys = prepared.flatMap((p) => (p.ok ? Object.values(p.keys) : []));
    const stored = await this.#db.read((q) => existingKeys(q, ids, allKeys));

    const mine: string[] = [];
    const outcomes = prepared.map((p): Promise<Outcome> => {
      if (!p.ok) return Promise.resolve({ kind: 'failed', item: p.item, snapshots: [], error: p.error });
      const tag = (f: SnapshotFormat) => `${f}:${p.keys[f]}`;
      const elsewhere = SNAPSHOT_FORMATS.filter((f) => !stored.has(tag(f)) && this.#rendering.has(tag(f)));
      const needed = SNAPSHOT_FORMATS.filter((f) => !stored.has(tag(f)) && !this.#rendering.has(tag(f)));
      if (needed.length === 0) return this.#reuse(p.item, elsewhere.map((f) => this.#rendering.get(tag(f))!));
      const outcome = this.#renderItem(p.item, p.basis, p.keys, needed, context);
      for (const f of needed) {
        // Another item with equal inputs (same organiser in a second batch) waits for this render instead of repeating it.
        this.#rendering.set(tag(f), outcome.then((o) => o.kind !== 'failed' || o.snapshots.some((s) => s.format === f)));
        mine.push(tag(f));
      }
      return outcome;
    });
    const done = Promise.all(outcomes).then((list) => this.#finish(list)).finally(() => {
      for (const tag of mine) this.#rendering.delete(tag);
    });
    return { done };
  }

  /** An item whose documents exist or are being rendered for another item: reused, unless that render failed. */
  async #reuse(item: ItemRef, renders: Promise<boolean>[]): Promise<Outcome> {
    const rendered = await Promise.all(renders);
    if (rendered.every(Boolean)) return { kind: 'reused', item };
    return { kind: 'failed', item, snapshots: [], error: 'Dokumentet kunde inte skapas: internt fel (se serverloggen).' };
  }

  async #renderItem(item: ItemRef, basis: AnalysisBasis, keys: Record<SnapshotFormat, string>, formats: SnapshotFormat[], context: BasisContext): Promise<Outcome> {
    let results;
    try {
      results = await this.#render({ basis, formats });
    } catch (error) {
      results = formats.map((format) => ({ format, error: error instanceof Error ? error.message : String(error) }));
    }
    const snapshots: NewSnapshotRow[] = [];
    const errors: string[] = [];
    for (const result of results) {
      if ('error' in result) {
        this.#log.error({ organiserId: item.organiserId, format: result.format, err: result.error }, 'basis batch: rendering failed');
        errors.push(`${FORMAT_LABEL[result.format]} kunde inte skapas: internt fel (se serverloggen).`);
        continue;
      }
      const content = Buffer.from(result.content.buffer, result.content.byteOffset, result.content.byteLength);
      snapshots.push({
        organiserId: item.organiserId, format: result.format, inputsKey: keys[result.format], batchId: item.batchId,
        catalogueVersionId: context.catalogue.id, catalogueLabel: context.catalogue.label,
        vintageLabel: context.vintage?.label ?? null, valueImportId: context.vintage?.id ?? null,
        content, bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex'),
      });
    }
    if (errors.length > 0) return { kind: 'failed', item, snapshots, error: errors.join(' ') };
    return { kind: 'built', item, snapshots, error: null };
  }

  /** Stores a chunk's documents and outcomes in one transaction; the batch is done when nothing is pending. */
  async #finish(outcomes: Outcome[]): Promise<boolean> {
    try {
      await this.#db.transaction(async (tx) => {
        await insertSnapshots(tx, outcomes.flatMap((o) => (o.kind === 'reused' ? [] : o.snapshots)));
        // In id order, so that two runners' chunks of the same batches cannot wait for each other.
        for (const batchId of [...new Set(outcomes.map((o) => o.item.batchId))].sort()) {
          const of = (kind: Outcome['kind']) => outcomes.filter((o) => o.item.batchId === batchId && o.kind === kind);
          await finishBatchItems(tx, batchId, {
            built: of('built').map((o) => o.item.organiserId),
            reused: of('reused').map((o) => o.item.organiserId),
            failed: outcomes.flatMap((o) => (o.item.batchId === batchId && o.kind === 'failed' ? [{ organiserId: o.item.organiserId, error: o.error }] : [])),
          });
        }
      });
      for (const o of outcomes) this.#held.delete(keyOf(o.item));
      return true;
    } catch (error) {
      // The items stay claimed: they are taken again when the claim runs out or the process restarts.
      this.#log.error({ err: error }, 'basis batch: storing a chunk failed');
      return false;
    }
  }
}

const keyOf = (item: ItemRef) => `${item.batchId}|${item.organiserId}`;
