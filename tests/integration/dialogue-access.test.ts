/**
 * Access with generated cases: dialogues over random organisers (the two representatives' own among
 * them) with internal notes of random agencies, shared or not. Representatives reach only their own
 * organiser's cases, through every case endpoint; an agency's unshared notes never reach the other
 * agency through any endpoint that shows a case, its history or the organiser's contacts; analysts
 * get no case and no organiser identity.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { createCase } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
const s: Record<string, Session> = {};
interface Generated { id: string; organiserId: string; notes: { text: string; agency: 'skolverket' | 'spsm'; shared: boolean }[] }
const cases: Generated[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (const persona of ['samordnare', 'ledare-skolverket', 'ledare-spsm', 'huvudman-kommun', 'huvudman-forskola', 'analytiker', 'skolinspektionen']) {
    s[persona] = await signIn(t.app, persona);
  }
  const organisers = (await rows<{ id: string }>(t.db, sql`select id from organisers where status = 'active' order by org_number limit 40`)).map((o) => o.id);
  const pool = [s['huvudman-kommun']!.organiserId!, s['huvudman-forskola']!.organiserId!, ...organisers];
  const generated = fc.sample(fc.record({
    organiser: fc.nat(pool.length - 1),
    notes: fc.array(fc.record({ agency: fc.constantFrom('skolverket' as const, 'spsm' as const), shared: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  }), { numRuns: 12, seed: 20261123 });
  // The representatives' organisers take part for certain, whatever the sample drew.
  generated[0]!.organiser = 0;
  generated[1]!.organiser = 1;
  for (const [i, g] of generated.entries()) {
    const { id } = await createCase(t, s.samordnare!, [pool[g.organiser]!]);
    const notes = [];
    for (const [j, n] of g.notes.entries()) {
      const text = `Markör-${i}-${j}-${n.agency}-${n.shared ? 'delad' : 'intern'}`;
      const author = n.agency === 'skolverket' ? s['ledare-skolverket']! : s['ledare-spsm']!;
      const res = await t.app.inject({ method: 'POST', url: `/api/dialogues/${id}/agency-notes`, headers: as(author), payload: { text, shared: n.shared } });
      expect(res.statusCode).toBe(201);
      notes.push({ text, ...n });
    }
    cases.push({ id, organiserId: pool[g.organiser]!, notes });
  }
});
afterAll(async () => t?.close());

const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });
const CASE_ENDPOINTS = ['', '/timeline', '/notes', '/documents', '/actions'];

describe('generated dialogue cases', () => {
  it('reach a representative only when the case is their organiser\'s, through every case endpoint', async () => {
    for (const persona of ['huvudman-kommun', 'huvudman-forskola']) {
      const rep = s[persona]!;
      const listed = (await get(rep, '/api/dialogues?limit=200')).json().items.map((x: { id: string }) => x.id).sort();
      expect(listed).toEqual(cases.filter((c) => c.organiserId === rep.organiserId).map((c) => c.id).sort());
      for (const c of cases) {
        for (const suffix of CASE_ENDPOINTS) {
          const res = await get(rep, `/api/dialogues/${c.id}${suffix}`);
          expect(res.statusCode, `${persona} ${suffix}`).toBe(c.organiserId === rep.organiserId ? 200 : 404);
          expect(res.body).not.toMatch(/Markör-/);
        }
        expect((await get(rep, `/api/dialogues/${c.id}/agency-notes`)).statusCode).toBe(403);
      }
    }
  });

  it('keep each agency\'s unshared notes from the other agency on every page that shows the case or its organiser', async () => {
    for (const [persona, agency] of [['ledare-skolverket', 'skolverket'], ['ledare-spsm', 'spsm'], ['samordnare', 'skolverket']] as const) {
      const who = s[persona]!;
      const hidden = cases.flatMap((c) => c.notes.filter((n) => n.agency !== agency && !n.shared).map((n) => n.text));
      const seen: string[] = [];
      for (const c of cases) {
        const own = (await get(who, `/api/dialogues/${c.id}/agency-notes`)).json().items.map((n: { text: string }) => n.text).sort();
        expect(own).toEqual(c.notes.filter((n) => n.agency === agency || n.shared).map((n) => n.text).sort());
        for (const suffix of CASE_ENDPOINTS) seen.push((await get(who, `/api/dialogues/${c.id}${suffix}`)).body);
        seen.push((await get(who, `/api/organisers/${c.organiserId}/history`)).body);
        seen.push((await get(who, `/api/organisers/${c.organiserId}/timeline`)).body);
      }
      seen.push((await get(who, '/api/dialogues?limit=200')).body, (await get(who, '/api/my-week')).body);
      const all = seen.join('\n');
      for (const text of hidden) expect(all, `${persona} must not see ${text}`).not.toContain(text);
    }
  });

  it('never write a note\'s text into the audit log', async () => {
    const audit = await rows<{ details: unknown }>(t.db, sql`select details from audit_log`);
    expect(JSON.stringify(audit)).not.toMatch(/Markör-/);
  });

  it('give analysts and the inspectorate no case, and analysts no organiser identity in the dialogue figures', async () => {
    for (const persona of ['analytiker', 'skolinspektionen']) {
      expect((await get(s[persona]!, '/api/dialogues')).statusCode).toBe(403);
      expect((await get(s[persona]!, `/api/dialogues/${cases[0]!.id}`)).statusCode).toBe(403);
    }
    const names = await rows<{ id: string; name: string; org_number: string }>(t.db, sql`select id, name, org_number from organisers where id in (select organiser_id from dialogue_organisers)`);
    for (const url of ['/api/dialogues/volumes', '/api/observations/summary', '/api/feedback/summary']) {
      const res = await get(s.analytiker!, url);
      expect(res.statusCode, url).toBe(200);
      for (const o of names) {
        expect(res.body).not.toContain(o.id);
        expect(res.body).not.toContain(o.name);
        expect(res.body).not.toContain(o.org_number);
      }
      expect(res.body).not.toMatch(/Markör-/);
    }
  });
});
