/** Headers, CSRF, sign-in rate limit, error answers without internals, and the demo sign-in's limits. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('security', () => {
  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('sets an HttpOnly session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { persona: 'admin' } });
    const cookie = res.cookies.find((c) => c.name === 'kn_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const admin = await signIn(t.app, 'admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/CSRF/);
  });

  it('ends the session on sign-out', async () => {
    const admin = await signIn(t.app, 'admin');
    expect((await t.app.inject({ method: 'GET', url: '/api/reference', headers: { cookie: admin.cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/reference', headers: { cookie: admin.cookie } })).statusCode).toBe(401);
  });

  it('rejects unknown persona and unknown body fields with a Swedish message', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { persona: 'nobody' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/demoperson/);
    const extra = await t.app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { persona: 'admin', role: 'admin' } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toMatch(/role/);
  });

  it('never shows stack traces or SQL', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/dev-login', headers: { 'content-type': 'application/json' }, payload: '{"persona":' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts|select |stack/i);
    const notFound = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.json().error.code).toBe('not_found');
  });

});

describe('sign-in rate limit', () => {
  it('answers 429 after the configured number of attempts a minute', async () => {
    const limited = await createTestApp({ demo: false, env: { SIGNIN_RATE_LIMIT: '5' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push((await limited.app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { persona: 'admin' } })).statusCode);
      }
      expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('demo sign-in outside development', () => {
  it('is not available when an OpenID Connect issuer is configured', async () => {
    const prod = await createTestApp({ demo: false, env: { OIDC_ISSUER: 'https://id.example.se' } });
    try {
      expect((await prod.app.inject({ method: 'GET', url: '/api/auth/dev-personas' })).statusCode).toBe(404);
      expect((await prod.app.inject({ method: 'POST', url: '/api/auth/dev-login', payload: { persona: 'admin' } })).statusCode).toBe(404);
      expect((await prod.app.inject({ method: 'GET', url: '/api/auth/me' })).json().devLogin).toBe(false);
    } finally {
      await prod.close();
    }
  });
});
