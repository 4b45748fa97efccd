import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, apiResponse, queryString, setCsrfToken, setUnauthenticatedHandler } from './api.ts';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn(async (_url: string, _init?: RequestInit) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedHandler(() => {});
});

describe('the API client', () => {
  it('sends the CSRF token and JSON on writes, with same-origin credentials', async () => {
    const fetch = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('token-1');
    await api('/api/organisers/x', { method: 'PATCH', body: { name: 'A' }, headers: { 'if-match': '"3"' } });
    const [url, init] = fetch.mock.calls[0]!;
    const headers = init?.headers as Record<string, string>;
    expect(url).toBe('/api/organisers/x');
    expect(init?.credentials).toBe('same-origin');
    expect(headers['x-csrf-token']).toBe('token-1');
    expect(headers['if-match']).toBe('"3"');
    expect(headers['content-type']).toBe('application/json');
    expect(init?.body).toBe('{"name":"A"}');
  });

  it('sends no CSRF token on reads', async () => {
    const fetch = answer(200, { items: [] });
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('token-1');
    await api('/api/organisers');
    expect((fetch.mock.calls[0]![1]?.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
  });

  it('returns the response headers, for the ETag', async () => {
    vi.stubGlobal('fetch', answer(200, { id: 'x' }, { etag: '"7"' }));
    const response = await apiResponse<{ id: string }>('/api/organisers/x');
    expect(response.data.id).toBe('x');
    expect(response.headers.get('etag')).toBe('"7"');
  });

  it('turns an error body into an ApiError with its Swedish message and details', async () => {
    vi.stubGlobal('fetch', answer(412, { error: { code: 'version_conflict', message: 'Någon annan har ändrat.', details: [{ path: 'name', message: 'Fel' }] } }));
    const error = await api('/api/organisers/x', { method: 'PATCH', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, code: 'version_conflict', message: 'Någon annan har ändrat.' });
    expect((error as ApiError).details).toEqual([{ path: 'name', message: 'Fel' }]);
  });

  it('keeps a non-error body of a failed answer, such as an import result with problems', async () => {
    vi.stubGlobal('fetch', answer(422, { dryRun: false, ok: false, problems: [] }));
    const error = (await api('/api/imports/registry?dryRun=false', { method: 'POST', form: new FormData() }).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('unexpected_response');
    expect(error.body).toEqual({ dryRun: false, ok: false, problems: [] });
  });

  it('reports a lost session on 401, except from the sign-in endpoints themselves', async () => {
    const lost = vi.fn();
    setUnauthenticatedHandler(lost);
    vi.stubGlobal('fetch', answer(401, { error: { code: 'unauthenticated', message: 'Du behöver logga in.' } }));
    await expect(api('/api/organisers')).rejects.toBeInstanceOf(ApiError);
    await expect(api('/api/auth/dev-login', { method: 'POST', body: { persona: 'x' } })).rejects.toBeInstanceOf(ApiError);
    expect(lost).toHaveBeenCalledTimes(1);
  });

  it('names a network failure as such', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('fetch failed'); }));
    await expect(api('/api/organisers')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('lets the browser set the multipart boundary', async () => {
    const fetch = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    const form = new FormData();
    form.append('file', new Blob(['a;b']), 'f.csv');
    await api('/api/imports/registry?dryRun=true', { method: 'POST', form });
    const init = fetch.mock.calls[0]![1];
    expect((init?.headers as Record<string, string>)['content-type']).toBeUndefined();
    expect(init?.body).toBe(form);
  });
});

describe('query strings', () => {
  it('repeats arrays, leaves out empty values and encodes the rest', () => {
    expect(queryString({ q: 'Åre kommun', kind: ['kommun', 'region'], county: '', office: undefined, limit: 25 })).toBe(
      '?q=%C3%85re+kommun&kind=kommun&kind=region&limit=25',
    );
    expect(queryString({ q: '' })).toBe('');
  });
});
