/** Access-matrix requests for the goal catalogue and the analysis basis (batches and stored documents). */
import { sql } from 'drizzle-orm';
import { at, headersOf, type Builders, type Call, type Matrix, type Target } from './matrix.ts';

const BATCH_FILTER = { filter: { county: '09', kind: ['kommun'] } };

export function analysisRequests(m: Matrix): Builders {
  const steward = () => headersOf(m, 'steward');
  const versions = async () => (await m.t.app.inject({ method: 'GET', url: '/api/catalogue/versions', headers: steward() })).json().items as { id: string; status: string }[];
  const version = async (id: string) => (await m.t.app.inject({ method: 'GET', url: `/api/catalogue/versions/${id}`, headers: steward() })).json();

  const publishedVersion = async () => version((await versions()).find((v) => v.status === 'published')!.id);
  /** The steward's draft, created when there is none. */
  const currentDraft = async () => {
    let draft: { id: string } | undefined = (await versions()).find((v) => v.status === 'draft');
    if (!draft) draft = (await m.t.app.inject({ method: 'POST', url: '/api/catalogue/drafts', headers: steward(), payload: { label: 'Utkast' } })).json();
    return version(draft!.id);
  };
  const queuedBatch = async () => {
    const res = await m.t.app.inject({ method: 'POST', url: '/api/analysis-basis/batches', headers: headersOf(m, 'admin'), payload: BATCH_FILTER });
    return res.json().id as string;
  };
  /** A stored document of the target organiser (no runner builds any here, so one is put in directly). */
  const snapshots = new Map<Target, string>();
  const snapshotOf = async (organiserId: string, target: Target) => {
    let id = snapshots.get(target);
    if (!id) {
      const published = await publishedVersion();
      const result = await m.t.db.transaction((tx) => tx.execute(sql`insert into basis_snapshots
        (organiser_id, format, inputs_key, catalogue_version_id, catalogue_label, content, bytes, sha256)
        values (${organiserId}, 'pdf', ${`matrix-${target}`}, ${published.id}, ${published.label}, ${Buffer.from('%PDF-1.7')}, 8, 'x') returning id`));
      id = (result as unknown as { rows: { id: string }[] }).rows[0]!.id;
      snapshots.set(target, id);
    }
    return id;
  };
  const withPublished = async (c: Call) => at(c, (await publishedVersion()).id);

  return {
    'GET /api/catalogue/versions/:id': withPublished,
    'GET /api/catalogue/versions/:id/change-requests': withPublished,
    'POST /api/catalogue/versions/:id/change-requests': async (c) => {
      const published = await publishedVersion();
      return { ...at(c, published.id), payload: { elementKey: published.content.goals[0].key, text: 'Förtydliga målet.' } };
    },
    'POST /api/catalogue/drafts': async (c) => {
      await m.t.db.read((q) => q.execute(sql`delete from catalogue_versions where status = 'draft'`));
      return { method: c.method, url: c.url, headers: c.headers, payload: { label: 'Revidering 2026' } };
    },
    'PUT /api/catalogue/versions/:id/content': async (c) => {
      const draft = await currentDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...c.headers, 'if-match': `"${draft.version}"` }, payload: { content: draft.content } };
    },
    'POST /api/catalogue/versions/:id/publish': async (c) => {
      const draft = await currentDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...c.headers, 'if-match': `"${draft.version}"` } };
    },
    'POST /api/analysis-basis/batches': async (c) => ({ method: c.method, url: c.url, headers: c.headers, payload: BATCH_FILTER }),
    'GET /api/analysis-basis/batches/:id': async (c) => at(c, await queuedBatch()),
    'POST /api/analysis-basis/batches/:id/cancel': async (c) => at(c, await queuedBatch()),
    'GET /api/analysis-basis/snapshots/:id/file': async (c) => at(c, await snapshotOf(c.organiserId, c.target)),
  };
}
