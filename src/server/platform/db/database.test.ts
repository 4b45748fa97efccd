import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { NestedDatabaseUseError } from './database.ts';
import { openDatabase } from './open.ts';

describe('Database', () => {
  it('refuses the outer handle inside a transaction instead of waiting forever', async () => {
    const db = await openDatabase({ kind: 'memory' });
    await expect(db.transaction(async () => db.read(async () => 1))).rejects.toThrow(NestedDatabaseUseError);
    await expect(db.transaction(async () => db.transaction(async () => 1))).rejects.toThrow(NestedDatabaseUseError);
    expect(await db.read(async (q) => (await q.execute(sql`select 1 as one`)) !== null)).toBe(true);
    await db.close();
  });

  it('lets work in progress finish before it closes', async () => {
    const db = await openDatabase({ kind: 'memory' });
    const order: string[] = [];
    const slow = db.read(async (q) => {
      await new Promise((r) => setTimeout(r, 200));
      await q.execute(sql`select 1`);
      order.push('read done');
    });
    await db.close().then(() => order.push('closed'));
    await slow;
    expect(order).toEqual(['read done', 'closed']);
  });
});
