/** The catalogue: versions, one draft, publishing that never changes a published version, change requests. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let steward: Session;
let leader: Session;

beforeAll(async () => {
  t = await createTestApp();
  steward = await signIn(t.app, 'forvaltare');
  leader = await signIn(t.app, 'ledare-spsm');
});
afterAll(async () => t?.close());

const call = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: as(session, headers), ...(payload === undefined ? {} : { payload: payload as object }) });

describe('catalogue', () => {
  let publishedId = '';

  it('holds the published demo catalogue for every school form', async () => {
    const list = (await call(leader, 'GET', '/api/catalogue/versions')).json();
    const published = list.items.filter((v: { status: string }) => v.status === 'published');
    expect(published).toHaveLength(1);
    publishedId = published[0].id;
    const version = (await call(leader, 'GET', `/api/catalogue/versions/${publishedId}`)).json();
    const forms = new Set(version.content.goals.map((g: { schoolForm: string }) => g.schoolForm));
    expect(forms.size).toBe(10);
    expect(version.content.successFactors.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps one draft, detects stale edits and refuses an inconsistent publication', async () => {
    const created = await call(steward, 'POST', '/api/catalogue/drafts', { label: 'Revidering 2026' });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', basedOnId: publishedId });
    expect((await call(steward, 'POST', '/api/catalogue/drafts', { label: 'Ett till' })).statusCode).toBe(409);

    const content = structuredClone(draft.content);
    content.goals[0].text = 'Alla barn och elever ges förutsättningar att utvecklas så långt som möjligt.';
    const saved = await call(steward, 'PUT', `/api/catalogue/versions/${draft.id}/content`, { content }, { 'if-match': `"${draft.version}"` });
    expect(saved.statusCode).toBe(200);
    const stale = await call(steward, 'PUT', `/api/catalogue/versions/${draft.id}/content`, { content: draft.content }, { 'if-match': `"${draft.version}"` });
    expect(stale.statusCode).toBe(412);

    const broken = structuredClone(content);
    broken.goals[0].subGoals[0].indicatorKeys.push('ind.finns-inte');
    const current = saved.json();
    const savedBroken = await call(steward, 'PUT', `/api/catalogue/versions/${draft.id}/content`, { content: broken }, { 'if-match': `"${current.version}"` });
    expect(savedBroken.statusCode).toBe(200);
    const refused = await call(steward, 'POST', `/api/catalogue/versions/${draft.id}/publish`, undefined, { 'if-match': `"${savedBroken.json().version}"` });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.map((d: { message: string }) => d.message).join(' ')).toMatch(/ind\.finns-inte/);

    const fixed = await call(steward, 'PUT', `/api/catalogue/versions/${draft.id}/content`, { content }, { 'if-match': `"${savedBroken.json().version}"` });
    const published = await call(steward, 'POST', `/api/catalogue/versions/${draft.id}/publish`, undefined, { 'if-match': `"${fixed.json().version}"` });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', label: 'Revidering 2026' });
  });

  it('never changes a published version', async () => {
    const before = (await call(leader, 'GET', `/api/catalogue/versions/${publishedId}`)).json();
    const put = await call(steward, 'PUT', `/api/catalogue/versions/${publishedId}/content`, { content: before.content }, { 'if-match': `"${before.version}"` });
    expect(put.statusCode).toBe(409);
    const error = await t.db.read((q) => q.execute(sql`update catalogue_versions set label = 'x' where id = ${publishedId}`)).then(() => null, (e: Error) => e);
    expect(String((error?.cause as Error | undefined)?.message ?? error)).toMatch(/published and cannot change/);
    expect((await call(leader, 'GET', `/api/catalogue/versions/${publishedId}`)).json()).toEqual(before);
  });

  it('records change requests with who, when, what and which element', async () => {
    const version = (await call(leader, 'GET', `/api/catalogue/versions/${publishedId}`)).json();
    const elementKey = version.content.successFactors[0].statements[0].key;
    const res = await call(leader, 'POST', `/api/catalogue/versions/${publishedId}/change-requests`, { elementKey, text: 'Påståendet är svårt att skatta för små huvudmän.', source: 'Referensgrupp fristående förskolor' });
    expect(res.statusCode).toBe(201);
    const list = (await call(steward, 'GET', `/api/catalogue/versions/${publishedId}/change-requests`)).json();
    expect(list.items[0]).toMatchObject({ elementKey, submittedByName: 'Johan Bergström', source: 'Referensgrupp fristående förskolor' });
    expect(Date.parse(list.items[0].createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const unknown = await call(leader, 'POST', `/api/catalogue/versions/${publishedId}/change-requests`, { elementKey: 'finns.inte', text: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/finns inte/);
  });
});
