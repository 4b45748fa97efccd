/** The registry API on the demo data: search, filters, sorting, paging, detail, edits with versions, contacts. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../support/sql.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let leader: Session;
let admin: Session;
let rep: Session;

beforeAll(async () => {
  t = await createTestApp();
  leader = await signIn(t.app, 'ledare-skolverket');
  admin = await signIn(t.app, 'admin');
  rep = await signIn(t.app, 'huvudman-kommun');
});
afterAll(async () => t?.close());

const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });

describe('organiser list', () => {
  it('lists the demo organisers with a total and a page', async () => {
    const res = await get(leader, '/api/organisers');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(2750);
    expect(body.items).toHaveLength(25);
  });

  it('searches by name, organisation number and municipality', async () => {
    const byName = (await get(leader, '/api/organisers?q=Ekerö')).json();
    expect(byName.items.some((o: { name: string }) => o.name === 'Ekerö kommun')).toBe(true);
    const ekero = byName.items.find((o: { name: string }) => o.name === 'Ekerö kommun');
    const byNumber = (await get(leader, `/api/organisers?q=${ekero.orgNumber.slice(0, 6)}-${ekero.orgNumber.slice(6)}`)).json();
    expect(byNumber.items.map((o: { id: string }) => o.id)).toContain(ekero.id);
    const byMunicipality = (await get(leader, '/api/organisers?q=kiruna&limit=200')).json();
    expect(byMunicipality.total).toBeGreaterThan(0);
    for (const o of byMunicipality.items) expect(`${o.name} ${o.municipalityName}`.toLowerCase()).toContain('kiruna');
  });

  it('filters by kind, size class, school form, county, office and status', async () => {
    const res = (await get(leader, '/api/organisers?kind=kommun&sizeClass=large&schoolForm=gymnasieskola&county=01&office=solna&status=active&limit=200')).json();
    expect(res.total).toBeGreaterThan(5);
    for (const o of res.items) {
      expect(o.kind).toBe('kommun');
      expect(o.sizeClass).toBe('large');
      expect(o.childrenPupils).toBeGreaterThan(1000);
      expect(o.schoolForms).toContain('gymnasieskola');
      expect(o.countyCode).toBe('01');
      expect(o.officeCode).toBe('solna');
    }
    const two = (await get(leader, '/api/organisers?kind=kommun&kind=region&limit=1')).json();
    const one = (await get(leader, '/api/organisers?kind=kommun&limit=1')).json();
    expect(two.total).toBeGreaterThan(one.total);
  });

  it('sorts names the Swedish way and pages without overlap', async () => {
    const names: string[] = [];
    for (let offset = 0; offset < 3000; offset += 200) {
      const page = (await get(leader, `/api/organisers?kind=kommun&limit=200&offset=${offset}`)).json();
      names.push(...page.items.map((o: { name: string }) => o.name));
      if (page.items.length < 200) break;
    }
    expect(names).toHaveLength(290);
    expect(new Set(names).size).toBe(290);
    expect([...names].sort(new Intl.Collator('sv').compare)).toEqual(names);
    expect(names.at(-1)).toBe('Övertorneå kommun');
    const desc = (await get(leader, '/api/organisers?kind=kommun&sort=-children&limit=1')).json();
    expect(desc.items[0].municipalityCode).toBe('0180');
  });

  it('answers a bad query with a Swedish message naming the parameter', async () => {
    const res = await get(leader, '/api/organisers?limit=0&sizeClass=huge');
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/frågeparametrarna/);
    expect(error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['limit']));
    const unknown = await get(leader, '/api/organisers?colour=blue');
    expect(unknown.statusCode).toBe(400);
  });

  it('gives a representative only their own organiser', async () => {
    const res = (await get(rep, '/api/organisers?limit=200')).json();
    expect(res.total).toBe(1);
    expect(res.items[0].id).toBe(rep.organiserId);
    const units = (await get(rep, '/api/units?limit=200')).json();
    expect(units.total).toBeGreaterThan(0);
    for (const u of units.items) expect(u.organiserId).toBe(rep.organiserId);
  });
});

describe('organiser page', () => {
  it('shows units, totals per school form and size class', async () => {
    const res = await get(leader, `/api/organisers/${rep.organiserId}`);
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(res.headers.etag).toBe(`"${o.version}"`);
    expect(o.units.length).toBeGreaterThan(0);
    const total = o.schoolFormTotals.reduce((s: number, f: { childrenPupils: number }) => s + f.childrenPupils, 0);
    expect(total).toBe(o.childrenPupils);
    expect(o.sizeClass).toBe(o.childrenPupils > 1000 ? 'large' : o.childrenPupils > 50 ? 'medium' : 'small');
  });

  it('answers 404 for an unknown organiser', async () => {
    const res = await get(leader, '/api/organisers/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/finns inte/);
  });
});

describe('editing with versions', () => {
  it('refuses a stale write with 412 and keeps the first edit', async () => {
    const id = rep.organiserId!;
    const etag = (await get(admin, `/api/organisers/${id}`)).headers.etag as string;
    const first = await t.app.inject({ method: 'PATCH', url: `/api/organisers/${id}`, headers: as(admin, { 'if-match': etag }), payload: { name: 'Ekerö kommun (ny)' } });
    expect(first.statusCode).toBe(200);
    const second = await t.app.inject({ method: 'PATCH', url: `/api/organisers/${id}`, headers: as(admin, { 'if-match': etag }), payload: { name: 'Något annat' } });
    expect(second.statusCode).toBe(412);
    expect(second.json().error.message).toMatch(/ändrats av någon annan/);
    expect((await get(admin, `/api/organisers/${id}`)).json().name).toBe('Ekerö kommun (ny)');
    const history = (await get(admin, `/api/organisers/${id}/history`)).json();
    expect(history.items[0]).toMatchObject({ event: 'organiser.updated', actorName: 'Eva Björk' });
    expect(history.items[0].details.changes.name).toEqual({ from: 'Ekerö kommun', to: 'Ekerö kommun (ny)' });
  });

  it('requires If-Match and rejects unknown fields without changing anything', async () => {
    const id = rep.organiserId!;
    const before = (await get(admin, `/api/organisers/${id}`)).json();
    const missing = await t.app.inject({ method: 'PATCH', url: `/api/organisers/${id}`, headers: as(admin), payload: { name: 'X' } });
    expect(missing.statusCode).toBe(428);
    const extra = await t.app.inject({ method: 'PATCH', url: `/api/organisers/${id}`, headers: as(admin, { 'if-match': `"${before.version}"` }), payload: { name: 'X', secret: 1 } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toMatch(/secret/);
    expect((await get(admin, `/api/organisers/${id}`)).json()).toEqual(before);
  });
});

describe('contact persons', () => {
  it('keeps history and audits every read of personal data', async () => {
    const id = rep.organiserId!;
    const created = await t.app.inject({ method: 'POST', url: `/api/organisers/${id}/contacts`, headers: as(rep), payload: { name: 'Ny Skolchef', role: 'Skolchef', email: 'ny@ekero.example', validFrom: '2026-08-01' } });
    expect(created.statusCode).toBe(201);
    const contact = created.json();
    const ended = await t.app.inject({ method: 'POST', url: `/api/contacts/${contact.id}/end`, headers: as(rep), payload: { validTo: '2026-09-30', version: contact.version } });
    expect(ended.statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'POST', url: `/api/contacts/${contact.id}/end`, headers: as(rep), payload: { validTo: '2026-10-30', version: contact.version } });
    expect(stale.statusCode).toBe(412);
    const before = await t.app.inject({ method: 'POST', url: `/api/contacts/${contact.id}/end`, headers: as(rep), payload: { validTo: '2020-01-01', version: contact.version + 1 } });
    expect(before.statusCode).toBe(400);

    const list = (await get(leader, `/api/organisers/${id}/contacts`)).json();
    expect(list.items.find((c: { id: string }) => c.id === contact.id)).toMatchObject({ validTo: '2026-09-30', current: false });
    expect(list.items.some((c: { current: boolean }) => c.current)).toBe(true);

    const reads = await rows<{ actor_role: string }>(t.db, sql`select actor_role from audit_log where event = 'contact.read' and organiser_id = ${id}`);
    expect(reads.some((r) => r.actor_role === 'leader_skolverket')).toBe(true);
  });
});

describe('aggregates for analysts', () => {
  it('suppresses groups under the minimum and never names an organiser', async () => {
    const analyst = await signIn(t.app, 'analytiker');
    const res = await get(analyst, '/api/stats/registry');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.minGroupSize).toBe(5);
    for (const g of body.groups) {
      if (g.suppressed) expect(g.organisers).toBeNull();
      else expect(g.organisers).toBeGreaterThanOrEqual(5);
    }
    const stat = body.groups.find((g: { dimension: string; key: string }) => g.dimension === 'kind' && g.key === 'stat');
    expect(stat.suppressed).toBe(true);
    expect(res.body).not.toMatch(/orgNumber|organiserId|"name"/);
  });
});
