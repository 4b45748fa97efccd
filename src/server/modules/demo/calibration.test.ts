/**
 * The demo national dataset reproduces the published facts of the evaluation (STK 2026:5, section
 * 3.2; see /work/shared/reference/report-facts.md), for the default seed and for two others.
 * Shares are checked within one percentage point of the published figure; the words "just over",
 * "just under" and "nearly" are read as the ranges given in each test.
 */
import { describe, expect, it } from 'vitest';
import { orgNumberProblem } from '../../../shared/org-number.ts';
import { isPublicKind } from '../../../shared/organiser.ts';
import { DEMO_AS_OF } from './contacts.ts';
import { organiserFigures } from './dataset-stats.ts';
import { DEFAULT_DEMO_SEED, generateDemoDataset, type DemoDataset, type DemoOrganiser } from './generate.ts';
import { loadReferenceMunicipalities } from './reference.ts';

const municipalities = loadReferenceMunicipalities();
const SEEDS = [DEFAULT_DEMO_SEED, 7, 424_242];
const CONTACT_ROLES = ['Skolchef', 'Förvaltningschef', 'Rektor', 'Styrelseordförande', 'Kontaktperson'];

/** Percentage, to compare with the report's figures. */
const pct = (part: number, whole: number): number => (100 * part) / whole;
const expectWithinOnePoint = (actual: number, published: number): void => {
  expect(actual).toBeGreaterThanOrEqual(published - 1);
  expect(actual).toBeLessThanOrEqual(published + 1);
};

function measure(dataset: DemoDataset) {
  const figures = organiserFigures(dataset);
  const childrenOf = (o: DemoOrganiser): number => figures.get(o.key)?.childrenPupils ?? 0;
  const formsOf = (o: DemoOrganiser) => figures.get(o.key)?.schoolForms ?? new Set();
  const sum = (os: DemoOrganiser[]): number => os.reduce((s, o) => s + childrenOf(o), 0);
  const all = dataset.organisers;
  return {
    figures, childrenOf, formsOf, sum, all,
    total: sum(all),
    municipal: all.filter((o) => o.kind === 'kommun'),
    private: all.filter((o) => !isPublicKind(o.kind)),
    small: all.filter((o) => childrenOf(o) < 50),
    large: all.filter((o) => childrenOf(o) >= 1000),
  };
}

describe.each(SEEDS)('demo national dataset, seed %i', (seed) => {
  const dataset = generateDemoDataset({ seed, municipalities });
  const m = measure(dataset);
  const byKey = new Map(dataset.organisers.map((o) => [o.key, o]));

  it('has about 2,800 organisers, just under 2,500 private, and about 10,000 units', () => {
    expect(m.all.length).toBeGreaterThanOrEqual(2750);
    expect(m.all.length).toBeLessThanOrEqual(2850);
    expect(m.private.length).toBeGreaterThanOrEqual(2400);
    expect(m.private.length).toBeLessThan(2500);
    expect(dataset.units.length).toBeGreaterThanOrEqual(9500);
    expect(dataset.units.length).toBeLessThanOrEqual(10_500);
  });

  it('has the published legal-form shares', () => {
    const share = (kind: string) => pct(m.all.filter((o) => o.kind === kind).length, m.all.length);
    expectWithinOnePoint(share('ekonomisk_forening'), 35);
    expectWithinOnePoint(share('aktiebolag'), 34);
    expectWithinOnePoint(share('ideell_forening'), 11);
    expectWithinOnePoint(share('kommun'), 10);
    for (const rest of ['stiftelse', 'trossamfund', 'region', 'stat', 'ovrig']) expect(share(rest)).toBeGreaterThan(0);
  });

  it('has 52 % of organisers under 50 children and pupils, together holding 2 %', () => {
    expectWithinOnePoint(pct(m.small.length, m.all.length), 52);
    expectWithinOnePoint(pct(m.sum(m.small), m.total), 2);
  });

  it('has just over 300 organisers (11 %) with at least 1,000, holding nearly 90 %, just over 250 of them municipal', () => {
    expect(m.large.length).toBeGreaterThan(300);
    expect(m.large.length).toBeLessThanOrEqual(330);
    expectWithinOnePoint(pct(m.large.length, m.all.length), 11);
    const largeShare = pct(m.sum(m.large), m.total);
    expect(largeShare).toBeGreaterThanOrEqual(88);
    expect(largeShare).toBeLessThanOrEqual(90);
    const municipalLarge = m.large.filter((o) => o.kind === 'kommun').length;
    expect(municipalLarge).toBeGreaterThan(250);
    expect(municipalLarge).toBeLessThanOrEqual(275);
  });

  it('gives municipal organisers nearly 80 % of children and pupils', () => {
    const share = pct(m.sum(m.municipal), m.total);
    expect(share).toBeGreaterThanOrEqual(76);
    expect(share).toBeLessThanOrEqual(80);
  });

  it('ranges from 5 to just under 125,000 children and pupils, Stockholm the biggest, 2–2.5 million in all', () => {
    const active = m.all.filter((o) => o.status === 'active').map(m.childrenOf);
    expect(Math.min(...active)).toBe(5);
    const biggest = m.all.reduce((a, o) => (m.childrenOf(o) > m.childrenOf(a) ? o : a));
    expect(biggest.key).toBe('kommun-0180');
    expect(m.childrenOf(biggest)).toBeGreaterThanOrEqual(120_000);
    expect(m.childrenOf(biggest)).toBeLessThan(125_000);
    expect(m.total).toBeGreaterThanOrEqual(2_000_000);
    expect(m.total).toBeLessThanOrEqual(2_500_000);
  });

  it('counts 1–7 school forms for private and 4–8 plus fritidshem for municipal organisers', () => {
    const formCount = (o: DemoOrganiser) => m.formsOf(o).size;
    expect(m.private.filter((o) => formCount(o) < 1 || formCount(o) > 7)).toEqual([]);
    expect(m.municipal.filter((o) => formCount(o) < 4 || formCount(o) > 8)).toEqual([]);
    const withAfterSchool = new Set(dataset.units
      .filter((u) => u.schoolForms.some((f) => f.schoolForm === 'fritidshem'))
      .map((u) => u.organiserKey));
    expect(m.municipal.filter((o) => !withAfterSchool.has(o.key))).toEqual([]);
    const withSeven = pct(m.municipal.filter((o) => m.formsOf(o).size >= 7).length, m.municipal.length);
    expect(withSeven).toBeGreaterThan(70);
    expect(withSeven).toBeLessThanOrEqual(72);
  });

  it('has just over 60 % single-form organisers, most of them förskola only', () => {
    const single = m.all.filter((o) => m.formsOf(o).size === 1);
    const share = pct(single.length, m.all.length);
    expect(share).toBeGreaterThan(60);
    expect(share).toBeLessThanOrEqual(62);
    expect(pct(single.filter((o) => m.formsOf(o).has('forskola')).length, single.length)).toBeGreaterThan(50);
  });

  it('keeps at least 97 % of organisers active, with a few dormant and ceased', () => {
    expect(pct(m.all.filter((o) => o.status === 'active').length, m.all.length)).toBeGreaterThanOrEqual(97);
    expect(m.all.some((o) => o.status === 'dormant')).toBe(true);
    expect(m.all.some((o) => o.status === 'ceased')).toBe(true);
    expect(pct(dataset.units.filter((u) => u.status === 'active').length, dataset.units.length)).toBeGreaterThanOrEqual(95);
    for (const u of dataset.units) {
      if (u.status !== 'active') expect(u.schoolForms.every((f) => f.childrenPupils === 0)).toBe(true);
    }
  });

  it('gives valid, unique organisation numbers and unique eight-digit unit codes', () => {
    const orgNumbers = m.all.map((o) => o.orgNumber);
    expect(orgNumbers.filter((n) => orgNumberProblem(n) !== null)).toEqual([]);
    expect(new Set(orgNumbers).size).toBe(orgNumbers.length);
    expect(m.municipal.every((o) => o.orgNumber.startsWith('212000'))).toBe(true);
    const codes = dataset.units.map((u) => u.code);
    expect(codes.every((c) => /^\d{8}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(m.all.map((o) => o.key)).size).toBe(m.all.length);
    expect(new Set(m.all.map((o) => o.name)).size).toBe(m.all.length);
  });

  it('has one municipal organiser per municipality, named after it', () => {
    expect(m.municipal).toHaveLength(municipalities.length);
    for (const municipality of municipalities) {
      const own = m.municipal.filter((o) => o.municipalityCode === municipality.code);
      expect(own.map((o) => o.name)).toEqual([municipality.name]);
    }
  });

  it('lets only SPSM run specialskola and only Sameskolstyrelsen run sameskola', () => {
    const runnersOf = (form: string) => new Set(dataset.units
      .filter((u) => u.schoolForms.some((f) => f.schoolForm === form && f.childrenPupils > 0))
      .map((u) => byKey.get(u.organiserKey)?.name));
    expect([...runnersOf('specialskola')]).toEqual(['Specialpedagogiska skolmyndigheten']);
    expect([...runnersOf('sameskola')]).toEqual(['Sameskolstyrelsen']);
    expect(m.all.filter((o) => o.kind === 'stat').map((o) => o.name).sort())
      .toEqual(['Sameskolstyrelsen', 'Specialpedagogiska skolmyndigheten']);
    const sami = m.all.find((o) => o.name === 'Sameskolstyrelsen');
    const samiForms = new Set(dataset.units.filter((u) => u.organiserKey === sami?.key).flatMap((u) => u.schoolForms.map((f) => f.schoolForm)));
    expect(samiForms).toEqual(new Set(['sameskola', 'forskoleklass', 'fritidshem']));
    const regions = m.all.filter((o) => o.kind === 'region');
    expect(regions.length).toBeGreaterThanOrEqual(3);
    for (const r of regions) expect(m.formsOf(r).has('gymnasieskola')).toBe(true);
  });

  it('places units near their municipality, many for big municipalities and usually one for small private organisers', () => {
    const centroid = new Map(municipalities.map((x) => [x.code, x]));
    const misplaced = dataset.units.filter((u) => {
      const c = centroid.get(u.municipalityCode);
      return !c || Math.abs(u.lat - c.lat) >= 0.15 || Math.abs(u.lon - c.lon) >= 0.15 || u.name.length < 4;
    });
    expect(misplaced).toEqual([]);
    expect(m.figures.get('kommun-0180')?.unitCount).toBeGreaterThanOrEqual(200);
    const smallPrivate = m.private.filter((o) => m.childrenOf(o) < 50);
    expect(pct(smallPrivate.filter((o) => m.figures.get(o.key)?.unitCount === 1).length, smallPrivate.length)).toBeGreaterThan(90);
  });

  it('locates private organisers mostly in the bigger municipalities', () => {
    const biggest = new Set([...m.municipal].sort((a, b) => m.childrenOf(b) - m.childrenOf(a)).slice(0, 29).map((o) => o.municipalityCode));
    const inBiggest = m.private.filter((o) => biggest.has(o.municipalityCode)).length;
    expect(pct(inBiggest, m.private.length)).toBeGreaterThan(40);
    const withPrivate = new Set(m.private.map((o) => o.municipalityCode));
    expect(municipalities.length - withPrivate.size).toBeLessThanOrEqual(15);
  });

  it('groups private organisers into a few dozen concerns of 2–15', () => {
    expect(dataset.concerns.length).toBeGreaterThanOrEqual(20);
    expect(dataset.concerns.length).toBeLessThanOrEqual(60);
    expect(new Set(dataset.concerns.map((c) => c.name)).size).toBe(dataset.concerns.length);
    for (const concern of dataset.concerns) {
      const members = m.all.filter((o) => o.concernKey === concern.key);
      expect(members.length).toBeGreaterThanOrEqual(2);
      expect(members.length).toBeLessThanOrEqual(15);
      expect(members.every((o) => !isPublicKind(o.kind))).toBe(true);
    }
    const keys = new Set(dataset.concerns.map((c) => c.key));
    expect(m.all.every((o) => o.concernKey === null || keys.has(o.concernKey))).toBe(true);
  });

  it('gives every active organiser 1–3 current contacts and none to a ceased one', () => {
    const current = new Map<string, number>();
    for (const c of dataset.contacts) if (c.validTo === null) current.set(c.organiserKey, (current.get(c.organiserKey) ?? 0) + 1);
    for (const o of m.all) {
      const n = current.get(o.key) ?? 0;
      if (o.status === 'ceased') expect(n).toBe(0);
      else {
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(3);
      }
    }
  });

  it('turns over about 6.2 % of contacts a year in 2022–2025 (117 of 951 stale after two years)', () => {
    for (const year of [2022, 2023, 2024, 2025]) {
      const start = `${year}-01-01`;
      const next = `${year + 1}-01-01`;
      const valid = dataset.contacts.filter((c) => c.validFrom <= start && (c.validTo === null || c.validTo >= start));
      const ended = valid.filter((c) => c.validTo !== null && c.validTo < next);
      expectWithinOnePoint(pct(ended.length, valid.length), 6.2);
    }
  });

  it('writes contacts with invented names, .example addresses and fiction phone numbers', () => {
    const malformed = dataset.contacts.filter((c) => !(
      byKey.has(c.organiserKey)
      && CONTACT_ROLES.includes(c.role)
      && /^\S+ \S+$/.test(c.name)
      && /^[a-z0-9.]+@[a-z0-9-]+\.example$/.test(c.email)
      && /^070-174 06 (0[5-9]|[1-9]\d)$/.test(c.phone)
      && /^\d{4}-\d{2}-\d{2}$/.test(c.validFrom) && c.validFrom <= DEMO_AS_OF
      && (c.validTo === null || (c.validTo >= c.validFrom && c.validTo <= DEMO_AS_OF))
      && c.source === 'demo'));
    expect(malformed).toEqual([]);
    expect(dataset.contacts.some((c) => c.validTo !== null)).toBe(true);
  });
});

describe('demo dataset determinism', () => {
  it('gives the identical dataset for the same seed and a different one for another seed', () => {
    const first = generateDemoDataset({ seed: DEFAULT_DEMO_SEED, municipalities });
    const again = generateDemoDataset({ seed: DEFAULT_DEMO_SEED, municipalities });
    const other = generateDemoDataset({ seed: DEFAULT_DEMO_SEED + 1, municipalities });
    expect(again).toEqual(first);
    expect(other.organisers.map((o) => o.orgNumber)).not.toEqual(first.organisers.map((o) => o.orgNumber));
    expect(other.units.map((u) => u.code)).not.toEqual(first.units.map((u) => u.code));
  });

  it('scales down to a short list of municipalities and keeps every unit inside it', () => {
    const few = municipalities.filter((x) => ['0180', '0125', '2510'].includes(x.code));
    const small = generateDemoDataset({ seed: DEFAULT_DEMO_SEED, municipalities: few });
    const codes = new Set(few.map((x) => x.code));
    expect(small.organisers.filter((o) => o.kind === 'kommun')).toHaveLength(3);
    expect(small.organisers.length).toBeLessThan(60);
    expect(small.units.filter((u) => !codes.has(u.municipalityCode))).toEqual([]);
    expect(small.organisers.filter((o) => !codes.has(o.municipalityCode))).toEqual([]);
  });

  it('reads the 290 reference municipalities with centroids inside Sweden', () => {
    expect(municipalities).toHaveLength(290);
    for (const x of municipalities) {
      expect(x.code).toMatch(/^\d{4}$/);
      expect(x.lat).toBeGreaterThan(55);
      expect(x.lat).toBeLessThan(69.1);
      expect(x.lon).toBeGreaterThan(10.9);
      expect(x.lon).toBeLessThan(24.2);
    }
  });
});
