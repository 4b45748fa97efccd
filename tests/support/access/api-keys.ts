/** Access-matrix requests for the API keys of other authorities' systems. */
import { headersOf, type Builders, type Matrix } from './matrix.ts';

const KEY = { name: 'Matrisens system', contactEmail: 'matris@example.se' };

export function apiKeyRequests(m: Matrix): Builders {
  const freshKey = async () => (await m.t.app.inject({ method: 'POST', url: '/api/api-keys', headers: headersOf(m, 'admin'), payload: KEY })).json().key as { id: string; version: number };
  return {
    'POST /api/api-keys': async (c) => ({ method: c.method, url: c.url, headers: c.headers, payload: KEY }),
    'POST /api/api-keys/:id/revoke': async (c) => {
      const key = await freshKey();
      return { method: c.method, url: c.url.replace(':id', key.id), headers: { ...c.headers, 'if-match': `"${key.version}"` } };
    },
  };
}
