/** Access-matrix requests for sign-in, the registry and the imports. */
import { as, signIn } from '../app.ts';
import { multipartFile } from '../multipart.ts';
import { headersOf, PERSONA, type Builders, type Matrix } from './matrix.ts';

export function registryRequests(m: Matrix): Builders {
  const admin = () => headersOf(m, 'admin');
  return {
    'POST /api/auth/dev-login': async (c) => ({ method: c.method, url: c.url, payload: { persona: c.who === 'anonymous' ? 'admin' : PERSONA[c.who] } }),
    'POST /api/auth/logout': async (c) => ({ method: c.method, url: c.url, headers: c.who === 'anonymous' ? {} : as(await signIn(m.t.app, PERSONA[c.who])) }),
    'PATCH /api/municipalities/:code/office': async (c) => {
      const ref = (await m.t.app.inject({ method: 'GET', url: '/api/reference', headers: admin() })).json();
      const municipality = ref.municipalities.find((x: { code: string }) => x.code === '0125');
      return { method: c.method, url: '/api/municipalities/0125/office', headers: c.headers, payload: { officeCode: null, version: municipality.version } };
    },
    'PATCH /api/organisers/:id': async (c) => {
      const current = await m.t.app.inject({ method: 'GET', url: `/api/organisers/${c.organiserId}`, headers: admin() });
      return { method: c.method, url: `/api/organisers/${c.organiserId}`, headers: { ...c.headers, 'if-match': current.headers.etag as string }, payload: { status: 'active' } };
    },
    'POST /api/organisers/:id/contacts': async (c) => ({
      method: c.method, url: `/api/organisers/${c.organiserId}/contacts`, headers: c.headers, payload: { name: 'Test Testsson', role: 'Rektor', validFrom: '2026-01-01' },
    }),
    'POST /api/contacts/:id/end': async (c) => {
      const created = await m.t.app.inject({ method: 'POST', url: `/api/organisers/${c.organiserId}/contacts`, headers: admin(), payload: { name: 'Slut Person', role: 'Rektor', validFrom: '2025-01-01' } });
      const contact = created.json();
      return { method: c.method, url: `/api/contacts/${contact.id}/end`, headers: c.headers, payload: { validTo: '2026-06-30', version: contact.version } };
    },
    'POST /api/imports/registry': async (c) => {
      const file = multipartFile('file', 'huvudman.csv', 'organisationsnummer;namn;huvudmannatyp;kommunkod\n5565661815;Kunskapsskolan i Sverige AB;aktiebolag;0180\n');
      return { method: c.method, url: '/api/imports/registry?dryRun=true', headers: { ...c.headers, ...file.headers }, payload: file.body };
    },
    'POST /api/imports/values': async (c) => {
      const file = multipartFile('file', 'varden.csv', 'organisationsnummer;skolform;matt;ar;varde;n\n2120000126;grundskola;ind.gr.meritvarde;2024;231,5;48\n');
      return { method: c.method, url: '/api/imports/values?dryRun=true', headers: { ...c.headers, ...file.headers }, payload: file.body };
    },
  };
}
