/** ISO weeks in Swedish time, and the memo that keeps the leader's week fast without going stale. */
import { describe, expect, it } from 'vitest';
import { datesOfWeek, isoWeekOf, parseIsoWeek, shiftWeek, weeksInYear } from '../../../../shared/api/dialogue-week.ts';
import type { Database } from '../../../platform/db/database.ts';
import { AnswerMemo } from '../../../platform/db/answer-memo.ts';
import { stockholmMidnight } from './week.ts';

describe('ISO weeks', () => {
  it('numbers weeks from the week with the year\'s first Thursday', () => {
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
  });

  it('gives a week\'s days Monday to Sunday and moves across years', () => {
    expect(datesOfWeek('2026-W48')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(datesOfWeek('2025-W01')[0]).toBe('2024-12-30');
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
    expect(shiftWeek('2026-W48', -52)).toBe('2025-W48');
  });

  it('refuses weeks that do not exist', () => {
    for (const week of ['2025-W53', '2026-W00', '2026-W54', '2026-48', '2026-w48', 'vecka 48']) expect(parseIsoWeek(week), week).toBeNull();
    expect(() => datesOfWeek('2025-W53')).toThrow(RangeError);
  });

  it('starts a Swedish day at midnight in winter and summer time, and on the days the clocks change', () => {
    expect(stockholmMidnight('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(stockholmMidnight('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(stockholmMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(stockholmMidnight('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });
});

/** A stand-in for the database: only the commit listener is used. */
function fakeDb() {
  const listeners = new Set<() => void>();
  const db = { onCommit: (listener: () => void) => { listeners.add(listener); return () => listeners.delete(listener); } } as unknown as Database;
  return { db, commit: () => listeners.forEach((l) => l()) };
}

describe('AnswerMemo', () => {
  it('computes once for concurrent requests and remembers until the time is up', async () => {
    const { db } = fakeDb();
    const memo = new AnswerMemo<number>(db, { ttlMs: 1000, maxEntries: 10 });
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([memo.get('k', compute, 0), memo.get('k', compute, 10)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await memo.get('k', compute, 999)).toBe(1);
    expect(await memo.get('k', compute, 1000)).toBe(2);
  });

  it('forgets at a commit, also an answer being computed while it happened', async () => {
    const { db, commit } = fakeDb();
    const memo = new AnswerMemo<number>(db, { ttlMs: 60_000, maxEntries: 10 });
    let computed = 0;
    await memo.get('k', async () => ++computed);
    commit();
    expect(await memo.get('k', async () => ++computed)).toBe(2);
    let release: () => void = () => {};
    const slow = memo.get('slow', () => new Promise<number>((resolve) => { release = () => resolve(++computed); }));
    commit();
    release();
    expect(await slow).toBe(3);
    expect(await memo.get('slow', async () => ++computed)).toBe(4);
  });

  it('does not remember failures and keeps at most maxEntries', async () => {
    const { db } = fakeDb();
    const memo = new AnswerMemo<string>(db, { ttlMs: 60_000, maxEntries: 2 });
    await expect(memo.get('bad', async () => { throw new Error('no'); })).rejects.toThrow('no');
    expect(await memo.get('bad', async () => 'ok')).toBe('ok');
    await memo.get('b', async () => 'b');
    await memo.get('c', async () => 'c');
    expect(await memo.get('bad', async () => 'again')).toBe('again');
  });
});
