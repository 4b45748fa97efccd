/**
 * Walks every API route × every role × own/other organiser and asserts the exact status. The table
 * below is written by hand from the access policy, not derived from the code under test; a route the
 * app registers without a row here fails the test.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/shared/roles.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { multipartFile } from '../support/multipart.ts';

type Who = Role | 'anonymous';
type Target = 'own' | 'other';
/** A status for both targets, or [own, other]. */
type Expect = number | [number, number];

const PERSONA: Record<Role, string> = {
  leader_skolverket: 'ledare-skolverket',
  leader_spsm: 'ledare-spsm',
  coordinator: 'samordnare',
  organiser_rep: 'huvudman-kommun',
  inspectorate_liaison: 'skolinspektionen',
  analyst: 'analytiker',
  steward: 'forvaltare',
  admin: 'admin',
};
const WHO: Who[] = ['anonymous', ...(Object.keys(PERSONA) as Role[])];

interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  url: string;
  expect: Record<Who, Expect>;
}

/** Same status for everyone signed in, 401 for anonymous. */
const everyone = (status: number): Record<Who, Expect> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : status])) as Record<Who, Expect>;
const only = (allowed: Partial<Record<Role, Expect>>): Record<Who, Expect> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : (allowed[w as Role] ?? 403)])) as Record<Who, Expect>;
const open = (status: number): Record<Who, Expect> => Object.fromEntries(WHO.map((w) => [w, status])) as Record<Who, Expect>;

const STAFF_READ = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, steward: 200, admin: 200 } as const;
const CHANGE_REQUESTERS = { leader_skolverket: 200, leader_spsm: 200, coordinator: 200, steward: 200 } as const;

const CASES: Case[] = [
  { method: 'GET', url: '/api/health', expect: open(200) },
  { method: 'GET', url: '/api/openapi.json', expect: open(200) },
  { method: 'GET', url: '/api/auth/me', expect: open(200) },
  { method: 'GET', url: '/api/auth/dev-personas', expect: open(200) },
  { method: 'POST', url: '/api/auth/dev-login', expect: open(200) },
  { method: 'POST', url: '/api/auth/logout', expect: open(204) },
  { method: 'GET', url: '/api/reference', expect: everyone(200) },
  { method: 'PATCH', url: '/api/municipalities/:code/office', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/organisers', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: 200 }) },
  { method: 'GET', url: '/api/organisers/:id', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: [200, 404] }) },
  { method: 'PATCH', url: '/api/organisers/:id', expect: only({ admin: 200, coordinator: 200 }) },
  { method: 'GET', url: '/api/organisers/:id/history', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/organisers/:id/contacts', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'POST', url: '/api/organisers/:id/contacts', expect: only({ admin: 201, coordinator: 201, organiser_rep: [201, 404] }) },
  { method: 'POST', url: '/api/contacts/:id/end', expect: only({ admin: 200, coordinator: 200, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/units', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, organiser_rep: 200 }) },
  { method: 'GET', url: '/api/stats/registry', expect: only({ ...STAFF_READ, inspectorate_liaison: 200, analyst: 200 }) },
  { method: 'POST', url: '/api/imports/registry', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/audit/verify', expect: only({ admin: 200 }) },
  { method: 'GET', url: '/api/organisers/:id/analysis-basis', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/organisers/:id/analysis-basis.xlsx', expect: only({ ...STAFF_READ, organiser_rep: [200, 404] }) },
  { method: 'GET', url: '/api/catalogue/versions', expect: everyone(200) },
  { method: 'GET', url: '/api/catalogue/versions/:id', expect: everyone(200) },
  { method: 'POST', url: '/api/catalogue/drafts', expect: only({ steward: 201 }) },
  { method: 'PUT', url: '/api/catalogue/versions/:id/content', expect: only({ steward: 200 }) },
  { method: 'POST', url: '/api/catalogue/versions/:id/publish', expect: only({ steward: 200 }) },
  { method: 'GET', url: '/api/catalogue/versions/:id/change-requests', expect: only({ ...CHANGE_REQUESTERS }) },
  { method: 'POST', url: '/api/catalogue/versions/:id/change-requests', expect: only({ steward: 201, leader_skolverket: 201, leader_spsm: 201, coordinator: 201 }) },
];

let t: TestApp;
const sessions = new Map<Who, Session>();
let ownOrganiser = '';
let otherOrganiser = '';

beforeAll(async () => {
  t = await createTestApp();
  for (const role of Object.keys(PERSONA) as Role[]) sessions.set(role, await signIn(t.app, PERSONA[role]));
  ownOrganiser = sessions.get('organiser_rep')!.organiserId!;
  const other = await signIn(t.app, 'huvudman-forskola');
  otherOrganiser = other.organiserId!;
});
afterAll(async () => t?.close());

async function headers(who: Who, extra: Record<string, string> = {}) {
  if (who === 'anonymous') return extra;
  return as(sessions.get(who)!, extra);
}

async function publishedVersion() {
  const steward = sessions.get('steward')!;
  const list = (await t.app.inject({ method: 'GET', url: '/api/catalogue/versions', headers: as(steward) })).json();
  const id = list.items.find((v: { status: string }) => v.status === 'published').id;
  return (await t.app.inject({ method: 'GET', url: `/api/catalogue/versions/${id}`, headers: as(steward) })).json();
}

/** The steward's draft, created when there is none. */
async function currentDraft() {
  const steward = sessions.get('steward')!;
  const list = (await t.app.inject({ method: 'GET', url: '/api/catalogue/versions', headers: as(steward) })).json();
  let draft = list.items.find((v: { status: string }) => v.status === 'draft');
  if (!draft) draft = (await t.app.inject({ method: 'POST', url: '/api/catalogue/drafts', headers: as(steward), payload: { label: 'Utkast' } })).json();
  return (await t.app.inject({ method: 'GET', url: `/api/catalogue/versions/${draft.id}`, headers: as(steward) })).json();
}

/** Builds a request that would succeed for an allowed caller: current versions, fresh resources. */
async function request(c: Case, who: Who, target: Target) {
  const organiserId = target === 'own' ? ownOrganiser : otherOrganiser;
  const admin = sessions.get('admin')!;
  const h = await headers(who);
  switch (`${c.method} ${c.url}`) {
    case 'POST /api/auth/dev-login':
      return { method: c.method, url: c.url, payload: { persona: who === 'anonymous' ? 'admin' : PERSONA[who] } };
    case 'POST /api/auth/logout': {
      const fresh = who === 'anonymous' ? {} : as(await signIn(t.app, PERSONA[who]));
      return { method: c.method, url: c.url, headers: fresh };
    }
    case 'PATCH /api/municipalities/:code/office': {
      const ref = (await t.app.inject({ method: 'GET', url: '/api/reference', headers: as(admin) })).json();
      const m = ref.municipalities.find((x: { code: string }) => x.code === '0125');
      return { method: c.method, url: '/api/municipalities/0125/office', headers: h, payload: { officeCode: null, version: m.version } };
    }
    case 'PATCH /api/organisers/:id': {
      const current = await t.app.inject({ method: 'GET', url: `/api/organisers/${organiserId}`, headers: as(admin) });
      return { method: c.method, url: `/api/organisers/${organiserId}`, headers: { ...h, 'if-match': current.headers.etag as string }, payload: { status: 'active' } };
    }
    case 'POST /api/organisers/:id/contacts':
      return { method: c.method, url: `/api/organisers/${organiserId}/contacts`, headers: h, payload: { name: 'Test Testsson', role: 'Rektor', validFrom: '2026-01-01' } };
    case 'POST /api/contacts/:id/end': {
      const created = await t.app.inject({ method: 'POST', url: `/api/organisers/${organiserId}/contacts`, headers: as(admin), payload: { name: 'Slut Person', role: 'Rektor', validFrom: '2025-01-01' } });
      const contact = created.json();
      return { method: c.method, url: `/api/contacts/${contact.id}/end`, headers: h, payload: { validTo: '2026-06-30', version: contact.version } };
    }
    case 'POST /api/imports/registry': {
      const file = multipartFile('file', 'huvudman.csv', 'organisationsnummer;namn;huvudmannatyp;kommunkod\n5565661815;Kunskapsskolan i Sverige AB;aktiebolag;0180\n');
      return { method: c.method, url: '/api/imports/registry?dryRun=true', headers: { ...h, ...file.headers }, payload: file.body };
    }
    case 'GET /api/catalogue/versions/:id':
    case 'GET /api/catalogue/versions/:id/change-requests':
      return { method: c.method, url: c.url.replace(':id', (await publishedVersion()).id), headers: h };
    case 'POST /api/catalogue/versions/:id/change-requests': {
      const version = await publishedVersion();
      return { method: c.method, url: c.url.replace(':id', version.id), headers: h, payload: { elementKey: version.content.goals[0].key, text: 'Förtydliga målet.' } };
    }
    case 'POST /api/catalogue/drafts':
      await t.db.read((q) => q.execute(sql`delete from catalogue_versions where status = 'draft'`));
      return { method: c.method, url: c.url, headers: h, payload: { label: 'Revidering 2026' } };
    case 'PUT /api/catalogue/versions/:id/content': {
      const draft = await currentDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...h, 'if-match': `"${draft.version}"` }, payload: { content: draft.content } };
    }
    case 'POST /api/catalogue/versions/:id/publish': {
      const draft = await currentDraft();
      return { method: c.method, url: c.url.replace(':id', draft.id), headers: { ...h, 'if-match': `"${draft.version}"` } };
    }
    default:
      return { method: c.method, url: c.url.replace(':id', organiserId), headers: h };
  }
}

describe('access matrix', () => {
  it('has a row for every registered API route', () => {
    const registered = t.routes.map((r) => `${r.method} ${r.url}`).sort();
    const table = CASES.map((c) => `${c.method} ${c.url}`).sort();
    expect(table).toEqual(registered);
  });

  for (const c of CASES) {
    for (const who of WHO) {
      for (const target of ['own', 'other'] as const) {
        const expected = c.expect[who];
        const status = Array.isArray(expected) ? expected[target === 'own' ? 0 : 1] : expected;
        it(`${c.method} ${c.url} as ${who} (${target}) → ${status}`, async () => {
          const res = await t.app.inject(await request(c, who, target));
          expect(res.statusCode, res.body).toBe(status);
        });
      }
    }
  }
});
