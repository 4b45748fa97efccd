/** The analysis basis on the demo data: indicators under sub-goals, comparisons, expected values, flags and gaps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisBasis } from '../../src/shared/api/analysis.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let leader: Session;
let rep: Session;
let small: Session;

beforeAll(async () => {
  t = await createTestApp({ values: true });
  leader = await signIn(t.app, 'ledare-skolverket');
  rep = await signIn(t.app, 'huvudman-kommun');
  small = await signIn(t.app, 'huvudman-forskola');
});
afterAll(async () => t?.close());

const basisOf = async (session: Session, id: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${id}/analysis-basis`, headers: as(session) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AnalysisBasis;
};

describe('analysis basis', () => {
  it('covers each school form of a municipality with five years, national and group values', async () => {
    const basis = await basisOf(rep, rep.organiserId!);
    expect(basis.years).toHaveLength(5);
    expect(basis.vintage?.label).toBeTruthy();
    const grundskola = basis.schoolForms.find((f) => f.schoolForm === 'grundskola')!;
    const rows = grundskola.goals.flatMap((g) => g.subGoals.flatMap((s) => s.indicators));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row.trend).toHaveLength(5);
      expect(row.national.suppressed).toBe(false);
      expect(row.national.organisers).toBeGreaterThanOrEqual(t.config.SMALL_GROUP_MIN);
    }
    expect(grundskola.conditions.length).toBeGreaterThan(3);
  });

  it('shows an expected value with an interval, and a verdict only outside it', async () => {
    const basis = await basisOf(leader, rep.organiserId!);
    const rows = basis.schoolForms.flatMap((f) => f.goals.flatMap((g) => g.subGoals.flatMap((s) => s.indicators)));
    const withExpected = rows.filter((r) => r.expected);
    expect(withExpected.length).toBeGreaterThan(0);
    for (const row of withExpected) {
      const e = row.expected!;
      expect(e.lower).toBeLessThanOrEqual(e.value);
      expect(e.upper).toBeGreaterThanOrEqual(e.value);
      const actual = row.trend.find((v) => v.year === row.latestYear)?.value ?? null;
      if (actual !== null && actual >= e.lower && actual <= e.upper) expect(e.verdict).toBe('as_expected');
      if (actual !== null && (actual < e.lower || actual > e.upper)) expect(e.verdict).not.toBe('as_expected');
    }
    for (const row of rows.filter((r) => !r.expected)) expect(row.expectedMissingReason).toBeTruthy();
  });

  it('states that förskola has no national result measures, and hides values behind few children', async () => {
    const basis = await basisOf(small, small.organiserId!);
    const forskola = basis.schoolForms.find((f) => f.schoolForm === 'forskola')!;
    expect(forskola.gaps[0]).toMatch(/inga nationella resultatmått/);
    for (const row of forskola.goals.flatMap((g) => g.subGoals.flatMap((s) => s.indicators))) {
      for (const v of row.trend) {
        if (v.n !== null && v.n < 5) expect(v.value).toBeNull();
        if (v.status === 'uncertain') expect(v.n).toBeLessThan(10);
      }
    }
  });

  it('keeps a representative to their own organiser', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${small.organiserId}/analysis-basis`, headers: as(rep) });
    expect(res.statusCode).toBe(404);
  });
});
