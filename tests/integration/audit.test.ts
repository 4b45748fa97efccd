/** The audit log: written with the change, hash-chained, append-only by trigger, verifiable. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/server/modules/audit/audit.ts';
import { verifyAuditChain } from '../../src/server/modules/audit/verify.ts';
import { as, createTestApp, signIn, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('audit log', () => {
  it('chains every record and verifies', async () => {
    const admin = await signIn(t.app, 'admin');
    await t.app.inject({ method: 'GET', url: `/api/organisers/${admin.organiserId ?? (await signIn(t.app, 'huvudman-kommun')).organiserId}/contacts`, headers: as(admin) });
    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({ ok: true, brokenAt: null });
    expect(report.records).toBeGreaterThanOrEqual(3);
    const res = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: as(admin) });
    expect(res.json()).toMatchObject({ ok: true });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const refusal = async (statement: ReturnType<typeof sql>) => {
      const error = await t.db.read((q) => q.execute(statement)).then(() => null, (e: Error) => e);
      return String((error?.cause as Error | undefined)?.message ?? error?.message);
    };
    expect(await refusal(sql`update audit_log set event = 'x'`)).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/append-only \(DELETE refused\)/);
    expect(await refusal(sql`truncate audit_log`)).toMatch(/append-only \(TRUNCATE refused\)/);
    expect((await rows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log`))[0]!.n).toBeGreaterThan(0);
  });

  it('detects a record altered behind the triggers', async () => {
    await t.db.read(async (q) => {
      await q.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await q.execute(sql`update audit_log set details = '{"tampered": true}' where seq = (select max(seq) from audit_log)`);
      await q.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    });
    const report = await verifyAuditChain(t.db);
    expect(report.ok).toBe(false);
    expect(report.reason).toMatch(/hash/);
  });

  it('rolls the record back with the change it belongs to', async () => {
    const count = async () => (await rows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log`))[0]!;
    const before = (await count()).n;
    await expect(t.db.transaction(async (tx) => {
      await audit(tx, { system: 'test' }, { event: 'organiser.updated', entityType: 'organiser', entityId: 'x' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect((await count()).n).toBe(before);
  });
});
