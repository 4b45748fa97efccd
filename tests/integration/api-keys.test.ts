/**
 * API keys for the inspectorate's system: an administrator creates one (shown once, only its hash
 * stored); the system registers a planned inspection with `Authorization: Bearer` and no cookie or
 * CSRF token, and the audit log names the system; the key reaches only what its role may; a wrong or
 * revoked key gets 401; bad input gets a Swedish message and stores nothing; only administrators
 * manage keys.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyCreated, ApiKeySummary } from '../../src/shared/api/api-keys.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let admin: Session;
let coordinator: Session;
let created: ApiKeyCreated;
let orgNumber: string;
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const inspection = () => ({ orgNumber, kind: 'inspection', plannedOn: '2199-04-01', startsOn: '2199-02-01', externalRef: 'SI-2199-0042' });
const keyCount = async () => (await rows<{ n: number }>(t.db, sql`select count(*)::int as n from api_keys`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  coordinator = await signIn(t.app, 'samordnare');
  [{ org_number: orgNumber }] = await rows<{ org_number: string }>(t.db, sql`select org_number from organisers where status = 'active' order by org_number limit 1`) as [{ org_number: string }];
});
afterAll(async () => t?.close());

describe('API keys', () => {
  it('refuses bad input with a message naming the field, storing nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/api-keys', headers: as(admin), payload: { name: '  ', contactEmail: 'inte-en-adress' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { path: string; message: string }) => [d.path, d.message]);
    expect(fields).toEqual(expect.arrayContaining([
      ['name', 'Ange vilket system nyckeln är till, t.ex. "Skolinspektionens planeringssystem".'],
      ['contactEmail', 'Ange en giltig e-postadress till den som ansvarar för systemet.'],
    ]));
    const wrongRole = await t.app.inject({ method: 'POST', url: '/api/api-keys', headers: as(admin), payload: { name: 'System', contactEmail: 'it@example.se', role: 'admin' } });
    expect(wrongRole.statusCode).toBe(400);
    expect(await keyCount()).toBe(0);
  });

  it('is created by an administrator and shown once; only its hash is stored', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/api-keys', headers: as(admin), payload: { name: 'Skolinspektionens planeringssystem', contactEmail: 'it@skolinspektionen.example' },
    });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(created.secret).toMatch(/^kn_[\w-]{43}$/);
    expect(created.key).toMatchObject({ name: 'Skolinspektionens planeringssystem', role: 'inspectorate_liaison', prefix: created.secret.slice(0, 10), revokedAt: null, version: 1 });
    const list = (await t.app.inject({ method: 'GET', url: '/api/api-keys', headers: as(admin) })).json() as { items: ApiKeySummary[] };
    expect(list.items).toEqual([created.key]);
    expect(JSON.stringify(list)).not.toContain(created.secret);
    const stored = await rows<Record<string, unknown>>(t.db, sql`select * from api_keys`);
    expect(JSON.stringify(stored)).not.toContain(created.secret);
  });

  it('lets the inspectorate\'s system register a planned inspection without a cookie or CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/holds', headers: bearer(created.secret), payload: inspection() });
    expect(res.statusCode, res.body).toBe(201);
    // The same reference again changes nothing (the inspectorate's system may retry).
    const again = await t.app.inject({ method: 'POST', url: '/api/holds', headers: bearer(created.secret), payload: inspection() });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(res.json().id);
    const [entry] = await rows<{ actor_role: string; actor_name: string }>(t.db, sql`select a.actor_role, u.name as actor_name
      from audit_log a join users u on u.id = a.actor_id where a.entity_id = ${res.json().id} order by a.seq limit 1`);
    expect(entry).toEqual({ actor_role: 'inspectorate_liaison', actor_name: 'Skolinspektionens planeringssystem' });
  });

  it('reaches only what its role may', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/holds', headers: bearer(created.secret) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/outbox', headers: bearer(created.secret) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/api-keys', headers: bearer(created.secret) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/dialogues', headers: bearer(created.secret) })).statusCode).toBe(403);
  });

  it('refuses a wrong key, and a key that is not a bearer token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/holds', headers: bearer(`${created.secret}x`) })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/holds', headers: { authorization: `Basic ${created.secret}` } })).statusCode).toBe(401);
  });

  it('is managed by administrators only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/api-keys', headers: as(coordinator) })).statusCode).toBe(403);
    const res = await t.app.inject({ method: 'POST', url: '/api/api-keys', headers: as(coordinator), payload: { name: 'Eget', contactEmail: 'a@b.se' } });
    expect(res.statusCode).toBe(403);
  });

  it('stops working at once when revoked, and is revoked only once', async () => {
    const stale = await t.app.inject({ method: 'POST', url: `/api/api-keys/${created.key.id}/revoke`, headers: as(admin, { 'if-match': '"7"' }) });
    expect(stale.statusCode).toBe(412);
    const res = await t.app.inject({ method: 'POST', url: `/api/api-keys/${created.key.id}/revoke`, headers: as(admin, { 'if-match': '"1"' }) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().revokedAt).not.toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/api/holds', headers: bearer(created.secret) })).statusCode).toBe(401);
    const twice = await t.app.inject({ method: 'POST', url: `/api/api-keys/${created.key.id}/revoke`, headers: as(admin, { 'if-match': '"2"' }) });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('API-nyckeln är redan återkallad.');
    const audit = await rows<{ event: string }>(t.db, sql`select event from audit_log where entity_id = ${created.key.id} order by seq`);
    expect(audit.map((a) => a.event)).toEqual(['api_key.created', 'api_key.revoked']);
  });
});
