/**
 * The demo values over the real demo dataset: complete and keyed by the catalogue, suppressed like
 * the statistics database, within each unit's range and at realistic national levels.
 */
import { describe, expect, it } from 'vitest';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { DEMO_CATALOGUE } from '../../catalogue/demo/demo-catalogue.ts';
import { generateDemoDataset } from '../../demo/generate.ts';
import { loadReferenceMunicipalities } from '../../demo/reference.ts';
import {
  CONFIDENTIAL_BELOW_N, DEMO_TRUE_EFFECTS, DEMO_VALUE_YEARS, generateDemoValues,
  type DemoConditionValue, type DemoIndicatorValue,
} from './generate-values.ts';
import { valueOrganisersFromDataset } from './value-organisers.ts';

const SEED = 20221;
const organisers = valueOrganisersFromDataset(generateDemoDataset({ seed: SEED, municipalities: loadReferenceMunicipalities() }));
const started = performance.now();
const values = generateDemoValues({ seed: SEED, organisers, catalogue: DEMO_CATALOGUE });
const elapsedMs = performance.now() - started;

const indicatorsByKey = new Map(DEMO_CATALOGUE.indicators.map((i) => [i.key, i]));
const conditionsByKey = new Map(DEMO_CATALOGUE.conditions.map((c) => [c.key, c]));
type Row = (DemoIndicatorValue | DemoConditionValue) & { key: string };
const rows: Row[] = [
  ...values.indicators.map((r) => ({ ...r, key: r.indicatorKey })),
  ...values.conditions.map((r) => ({ ...r, key: r.conditionKey })),
];
const unitOf = (key: string) => (indicatorsByKey.get(key) ?? conditionsByKey.get(key))!.unit;

/** Pupil-weighted (n-weighted) mean of an indicator's published values in one year. */
function weightedMean(list: { value: number | null; n: number; year: number; schoolForm: SchoolForm }[], form: SchoolForm, year: number) {
  let sum = 0;
  let weight = 0;
  for (const r of list) {
    if (r.year !== year || r.schoolForm !== form || r.value === null) continue;
    sum += r.value * r.n;
    weight += r.n;
  }
  return sum / weight;
}
const indicatorRows = (key: string) => values.indicators.filter((r) => r.indicatorKey === key);
const conditionRows = (key: string) => values.conditions.filter((r) => r.conditionKey === key);

describe('generateDemoValues', () => {
  it('is deterministic from the seed and independent of the organisers\' order', () => {
    const subset = organisers.slice(0, 400);
    const once = generateDemoValues({ seed: SEED, organisers: subset, catalogue: DEMO_CATALOGUE });
    expect(generateDemoValues({ seed: SEED, organisers: subset, catalogue: DEMO_CATALOGUE })).toEqual(once);
    // The same organisers in another order get the same values.
    const reversed = generateDemoValues({ seed: SEED, organisers: [...subset].reverse(), catalogue: DEMO_CATALOGUE });
    const sortKey = (r: DemoIndicatorValue) => `${r.organiserKey}|${r.schoolForm}|${r.indicatorKey}|${r.year}`;
    const sorted = (list: DemoIndicatorValue[]) => [...list].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(sorted(reversed.indicators)).toEqual(sorted(once.indicators));
    const other = generateDemoValues({ seed: SEED + 1, organisers: subset, catalogue: DEMO_CATALOGUE });
    expect(other.indicators.map((r) => r.value)).not.toEqual(once.indicators.map((r) => r.value));
  });

  it('runs for the whole country well within two seconds', () => {
    // About 0.55 s on an idle machine; the margin absorbs other test files running beside this one.
    expect(values.indicators.length + values.conditions.length).toBeGreaterThan(300_000);
    expect(elapsedMs).toBeLessThan(3000);
  });

  it('uses only catalogue keys, each in a school form the measure covers', () => {
    const wrong = [
      ...values.indicators.filter((r) => !indicatorsByKey.get(r.indicatorKey)?.schoolForms.includes(r.schoolForm)),
      ...values.conditions.filter((r) => !conditionsByKey.get(r.conditionKey)?.schoolForms.includes(r.schoolForm)),
    ];
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('gives every organiser form exactly one row per covering measure and year', () => {
    let expected = 0;
    for (const o of organisers) {
      for (const { schoolForm } of o.schoolForms) {
        const measures = DEMO_CATALOGUE.indicators.filter((i) => i.schoolForms.includes(schoolForm)).length
          + DEMO_CATALOGUE.conditions.filter((c) => c.schoolForms.includes(schoolForm)).length;
        expected += measures * DEMO_VALUE_YEARS.length;
      }
    }
    expect(rows.length).toBe(expected);
    expect(new Set(rows.map((r) => `${r.organiserKey}|${r.schoolForm}|${r.key}|${r.year}`)).size).toBe(expected);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set(DEMO_VALUE_YEARS));
  });

  it('keeps förskola, förskoleklass and fritidshem to their own indicators', () => {
    const own = (form: SchoolForm) => new Set(DEMO_CATALOGUE.indicators.filter((i) => i.schoolForms.includes(form)).map((i) => i.key));
    for (const [form, prefix] of [['forskola', 'ind.fsk.'], ['forskoleklass', 'ind.fkl.'], ['fritidshem', 'ind.fth.']] as const) {
      const generated = new Set(values.indicators.filter((r) => r.schoolForm === form).map((r) => r.indicatorKey));
      expect(generated).toEqual(own(form));
      for (const key of generated) expect(key.startsWith(prefix)).toBe(true);
    }
    const forskola = new Set(values.indicators.filter((r) => r.schoolForm === 'forskola').map((r) => r.indicatorKey));
    for (const key of Object.keys(DEMO_TRUE_EFFECTS).filter((k) => k.startsWith('ind.gr.') || k.startsWith('ind.gy.'))) {
      expect(forskola.has(key)).toBe(false);
    }
  });

  it('suppresses like the statistics database: n below 10 is confidential, nothing to report is missing', () => {
    const wrong = values.indicators.filter((r) =>
      (r.value === null) !== (r.status !== null)
      // n = 0: no pupils in the form, grade or group that year, so there is nothing to report.
      || (r.n === 0 && r.status !== '.')
      || (r.n > 0 && r.n < CONFIDENTIAL_BELOW_N && r.status !== '..')
      || (r.status === '..' && r.n >= CONFIDENTIAL_BELOW_N));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(values.indicators.filter((r) => r.status === '..').length).toBeGreaterThan(1000);
    // Background measures describe the pupils and are confidential the same way; costs and staffing never are.
    const isBackground = (r: DemoConditionValue) => conditionsByKey.get(r.conditionKey)!.category === 'background';
    const wrongConditions = values.conditions.filter((r) =>
      (r.value === null) !== (r.status !== null)
      || (r.n === 0 && r.status !== '.')
      || (r.n > 0 && r.n < CONFIDENTIAL_BELOW_N && isBackground(r) !== (r.status === '..'))
      || (r.status === '..' && r.n >= CONFIDENTIAL_BELOW_N));
    expect(wrongConditions.slice(0, 5)).toEqual([]);
  });

  it('leaves about one value in a hundred missing where there would be one', () => {
    const reportable = values.indicators.filter((r) => r.n >= CONFIDENTIAL_BELOW_N);
    const missing = reportable.filter((r) => r.status === '.').length / reportable.length;
    expect(missing).toBeGreaterThan(0.005);
    expect(missing).toBeLessThan(0.02);
  });

  it('keeps every value within its unit', () => {
    const inRange = (key: string, v: number): boolean => {
      switch (unitOf(key)) {
        case 'percent': return v >= 0 && v <= 100;
        case 'index': return v >= 0 && v <= 10;
        case 'points': return v >= 0 && v <= 340;
        case 'ratio': case 'sek': return v > 0;
        // Counts of children or units are whole; an average group size is a count that need not be.
        case 'count': return v >= 0 && (!key.startsWith('cond.antal-') || Number.isInteger(v));
      }
    };
    expect(rows.filter((r) => r.value !== null && !(Number.isFinite(r.value) && inRange(r.key, r.value))).slice(0, 5)).toEqual([]);
    expect(conditionRows('cond.foraldrars-utbildning').filter((r) => r.value !== null && (r.value < 1 || r.value > 3))).toEqual([]);
    expect(indicatorRows('ind.gr.meritvarde').filter((r) => r.value !== null && (r.value < 150 || r.value > 300))).toEqual([]);
  });

  it('reaches the national levels of year 9 results in every year', () => {
    for (const year of DEMO_VALUE_YEARS) {
      const merit = weightedMean(indicatorRows('ind.gr.meritvarde'), 'grundskola', year);
      expect(merit).toBeGreaterThanOrEqual(220);
      expect(merit).toBeLessThanOrEqual(240);
      const passed = weightedMean(indicatorRows('ind.gr.betyg-alla-amnen'), 'grundskola', year);
      expect(passed).toBeGreaterThanOrEqual(70);
      expect(passed).toBeLessThanOrEqual(80);
    }
  });

  it('sets costs and staffing at realistic national levels', () => {
    const level = (key: string, form: SchoolForm) => weightedMean(conditionRows(key), form, 2024);
    const within = (value: number, lo: number, hi: number) => expect(value >= lo && value <= hi, `${value} in [${lo}, ${hi}]`).toBe(true);
    within(level('cond.kostnad-per-barn', 'forskola'), 150_000, 185_000);
    within(level('cond.kostnad-per-elev', 'grundskola'), 110_000, 140_000);
    within(level('cond.kostnad-per-elev', 'gymnasieskola'), 120_000, 150_000);
    within(level('cond.elever-per-larare', 'grundskola'), 11, 13.5);
    within(level('cond.andel-legitimerade-larare', 'grundskola'), 60, 95);
    within(level('cond.foraldrars-utbildning', 'grundskola'), 2.15, 2.35);
    within(weightedMean(indicatorRows('ind.fsk.barn-per-arsarbetare'), 'forskola', 2024), 4.6, 5.6);
  });

  it('lets better-resourced organisers cost more and have fewer children per staff member', () => {
    const cost = new Map(conditionRows('cond.kostnad-per-barn')
      .filter((r) => r.year === 2024 && r.value !== null).map((r) => [r.organiserKey, r.value!]));
    const pairs = indicatorRows('ind.fsk.barn-per-arsarbetare')
      .filter((r) => r.year === 2024 && r.value !== null && r.n >= 200 && cost.has(r.organiserKey))
      .map((r) => [cost.get(r.organiserKey)!, r.value!] as const);
    expect(pairs.length).toBeGreaterThan(200);
    const mean = (i: 0 | 1) => pairs.reduce((s, p) => s + p[i], 0) / pairs.length;
    const [mx, my] = [mean(0), mean(1)];
    const cov = pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
    const sx = Math.sqrt(pairs.reduce((s, [x]) => s + (x - mx) ** 2, 0));
    const sy = Math.sqrt(pairs.reduce((s, [, y]) => s + (y - my) ** 2, 0));
    expect(cov / (sx * sy)).toBeLessThan(-0.15);
  });

  it('makes small groups noisier than large ones', () => {
    const byOrganiser = new Map<string, DemoIndicatorValue[]>();
    for (const r of indicatorRows('ind.gr.meritvarde')) (byOrganiser.get(r.organiserKey) ?? byOrganiser.set(r.organiserKey, []).get(r.organiserKey)!).push(r);
    const changes = (lo: number, hi: number) => [...byOrganiser.values()].flatMap((list) => {
      const [a, b] = [list.find((r) => r.year === 2023), list.find((r) => r.year === 2024)];
      return a?.value != null && b?.value != null && b.n >= lo && b.n < hi ? [b.value - a.value] : [];
    });
    const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);
    const small = changes(10, 30);
    const large = changes(200, Infinity);
    expect(small.length).toBeGreaterThan(30);
    expect(large.length).toBeGreaterThan(30);
    expect(sd(small)).toBeGreaterThan(2 * sd(large));
  });

  it('reports background measures stable over the years with small drift', () => {
    const series = new Map<string, number[]>();
    for (const r of conditionRows('cond.foraldrars-utbildning')) {
      if (r.schoolForm !== 'grundskola' || r.value === null || r.n < 500) continue;
      (series.get(r.organiserKey) ?? series.set(r.organiserKey, []).get(r.organiserKey)!).push(r.value);
    }
    const spans = [...series.values()].filter((s) => s.length === 5).map((s) => Math.max(...s) - Math.min(...s));
    expect(spans.length).toBeGreaterThan(100);
    spans.sort((a, b) => a - b);
    expect(spans[Math.floor(spans.length / 2)]!).toBeLessThan(0.06);
  });

  it('spreads parents\' education more among small independent organisers than among municipalities', () => {
    const kindOf = new Map(organisers.map((o) => [o.key, o.kind]));
    const rowsFor = (municipal: boolean, maxN: number) => conditionRows('cond.foraldrars-utbildning')
      .filter((r) => r.schoolForm === 'grundskola' && r.year === 2024 && r.value !== null && r.n <= maxN
        && (kindOf.get(r.organiserKey) === 'kommun') === municipal)
      .map((r) => r.value!);
    const sd = (xs: number[]) => {
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
    };
    expect(sd(rowsFor(false, 300))).toBeGreaterThan(1.5 * sd(rowsFor(true, Infinity)));
  });

  it('generates nothing for an empty list of years or organisers', () => {
    expect(generateDemoValues({ seed: SEED, organisers: organisers.slice(0, 5), catalogue: DEMO_CATALOGUE, years: [] }))
      .toEqual({ conditions: [], indicators: [] });
    expect(generateDemoValues({ seed: SEED, organisers: [], catalogue: DEMO_CATALOGUE })).toEqual({ conditions: [], indicators: [] });
  });
});
