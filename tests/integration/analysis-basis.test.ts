/** The analysis basis on the demo data: indicators under sub-goals, comparisons, expected values, flags and gaps. */
import ExcelJS from 'exceljs';
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

  it('exports the same figures as an XLSX workbook with a read-me and a tidy data sheet', async () => {
    const basis = await basisOf(rep, rep.organiserId!);
    const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis.xlsx`, headers: as(rep) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="analysunderlag-\d{10}-\d{4}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Läs mig');
    expect(names.at(-1)).toBe('Data');
    expect(names).toContain('Grundskola');
    expect(String(workbook.getWorksheet('Läs mig')!.getCell('B2').value)).toBe(basis.catalogue.label);

    const data = workbook.getWorksheet('Data')!;
    const grundskola = basis.schoolForms.find((f) => f.schoolForm === 'grundskola')!;
    const row = grundskola.goals[0]!.subGoals.flatMap((s) => s.indicators).find((r) => r.trend.some((v) => v.value !== null))!;
    const shown = row.trend.find((v) => v.value !== null)!;
    const match = data.getRows(2, data.rowCount - 1)!.find((r) => r.getCell(2).value === 'grundskola' && r.getCell(4).value === row.key && r.getCell(7).value === shown.year);
    expect(match?.getCell(8).value).toBeCloseTo(shown.value!, 6);
    expect(match?.getCell(10).value).toBe(shown.status);
  });

  it('keeps a representative to their own organiser', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${small.organiserId}/analysis-basis`, headers: as(rep) });
    expect(res.statusCode).toBe(404);
  });
});
