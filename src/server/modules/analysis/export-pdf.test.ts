/**
 * The analysis basis PDF read back with pdf.js: headings as text, Swedish characters and numbers,
 * flags and hidden values, "Sida X av Y" on every page, A4, metadata, no heading left alone at the
 * bottom of a page; and the chart helpers that keep missing years out of the line.
 */
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { AnalysisBasis, IndicatorRow, YearValue } from '../../../shared/api/analysis.ts';
import { analysisBasisPdf } from './export-pdf.ts';
import { lineSegments, niceTicks } from './pdf/charts.ts';

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;
type TextItem = Extract<Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number], { str: string }>;

const YEARS = [2020, 2021, 2022, 2023, 2024];
const ORGANISER = 'Åsättra-Sjöängens utbildning AB';
const SUPPRESSED_VALUE = 93.7;

type Year = number | null | [number | null, YearValue['status'], number];
const trend = (values: Year[]): YearValue[] => values.map((v, i) => {
  const [value, status, n] = Array.isArray(v) ? v : [v, v === null ? 'missing' : 'ok', v === null ? null : 120];
  return { year: YEARS[i]!, value, n, status } as YearValue;
});
const group = (value: number | null, organisers = 40) => ({ value, organisers, suppressed: value === null });

function indicator(key: string, name: string, values: Year[], extra: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    key, name, unit: 'percent', direction: 'higher_is_better',
    dataSource: 'Skolverkets statistikdatabas, bearbetad av Linnéuniversitetet',
    trend: trend(values), latestYear: 2024,
    national: group(82.3, 290), sameKindAndSize: group(81.1), sameMunicipalityGroup: group(null, 3),
    expected: null, expectedMissingReason: 'Huvudmannens bakgrundsuppgifter saknas för året.',
    ...extra,
  };
}

const expected = (value: number, lower: number, upper: number, verdict: 'better' | 'worse' | 'as_expected') =>
  ({ value, lower, upper, verdict, predictors: ['bg.utbildningsniva'], organisersInModel: 280, rSquared: 0.41 });

function fixture(fillers: number, selfAssessment = true): AnalysisBasis {
  const filler = Array.from({ length: fillers }, (_, i) => indicator(`ind.fyll-${i}`, `Kompletterande indikator ${i + 1} om elevernas lärande`, [70, 71, 72, 73, 74 + i / 10]));
  return {
    organiser: { id: '5b4f4c7e-4d5c-4b0a-9a59-0d6f3f1c2a11', name: ORGANISER, orgNumber: '5566778899', kind: 'enskild', sizeClass: 'medium', municipalityGroup: null },
    catalogue: { id: '0c8b9f1e-3f53-4e36-8d0c-6b3d9a1b7e22', label: 'Kvalitetssystemet 2023 (demo)' },
    vintage: { label: 'Demodata (genererade värden)', importedAt: '2026-11-23T09:00:00.000Z' },
    years: YEARS,
    schoolForms: [
      {
        schoolForm: 'grundskola', childrenPupils: 1234,
        goals: [
          {
            key: 'gr.mal1', text: 'Alla elever i grundskolan ska komma så långt som möjligt i sin kunskapsutveckling.',
            subGoals: [
              { key: 'gr.mal1.likvardighet', priorityArea: 'likvardighet', text: 'Eleverna lämnar grundskolan behöriga till gymnasieskolan.', indicators: [
                indicator('ind.behorighet', 'Andel elever behöriga till ett nationellt program', [80.1, 81.2, null, 83.4, 84.6], { expected: expected(80, 77.5, 82.5, 'better') }),
              ] },
              { key: 'gr.mal1.kvalitet', priorityArea: 'kvalitet', text: 'Meritvärdet stiger.', indicators: [
                indicator('ind.meritvarde', 'Genomsnittligt meritvärde i årskurs 9', [221.5, 219.0, 214.2, 210.8, 205.2], {
                  unit: 'points', national: group(228.4, 290), expected: expected(215, 210, 220, 'worse'), expectedMissingReason: null,
                }),
                ...filler,
              ] },
            ],
          },
          {
            key: 'gr.mal2', text: 'Grundskolan ska vara en trygg plats med studiero.',
            subGoals: [
              { key: 'gr.mal2.kvalitet', priorityArea: 'utveckling_och_larande', text: 'Eleverna känner sig trygga i skolan.', indicators: [
                indicator('ind.trygghet', 'Andel elever som känner sig trygga', [88.0, 87.5, 86.9, [SUPPRESSED_VALUE, 'suppressed', 3], [61.2, 'uncertain', 7]]),
              ] },
            ],
          },
        ],
        conditions: [
          { key: 'cond.kostnad', name: 'Kostnad per elev', unit: 'sek', category: 'economy', trend: trend([598000, 601500, 607250, 610000, 612345]), national: group(581777, 269) },
          { key: 'cond.larare', name: 'Antal elever per lärare', unit: 'ratio', category: 'staff', trend: trend([12.1, 12.3, [null, 'confidential', 2], 12.6, 12.4]), national: group(12.9, 269) },
        ],
        gaps: ['”Andel elever som känner sig trygga” bygger ett år på färre än 10 barn eller elever och är osäkert.'],
      },
      {
        schoolForm: 'forskola', childrenPupils: 46,
        goals: [{
          key: 'fsk.mal1', text: 'Alla barn i förskolan ska få en trygg, rolig och lärorik vardag.',
          subGoals: [
            { key: 'fsk.mal1.likvardighet', priorityArea: 'likvardighet', text: 'Förskolan når alla barn.', indicators: [indicator('ind.inskrivna', 'Andel inskrivna barn 1–5 år', [null, null, null, null, null])] },
            { key: 'fsk.mal1.kvalitet', priorityArea: 'kvalitet', text: 'Barn som behöver stöd uppmärksammas tidigt.', indicators: [] },
          ],
        }],
        conditions: [],
        gaps: [
          'Förskolan har inga nationella resultatmått. Underlaget visar förutsättningar och de mått som finns för kvaliteten.',
          'Delmålet ”Barn som behöver stöd uppmärksammas tidigt.” har inget nationellt mått; följ upp det med egna underlag.',
        ],
      },
    ],
    selfAssessment: selfAssessment ? {
      id: '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6', title: 'Självskattning våren 2026', sharedAt: '2026-04-15T08:00:00.000Z', respondents: 18,
      factors: [
        { key: 'sf.styrkedja', name: 'Tydliga roller och ansvar i styrkedjan', distribution: [1, 2, 4, 7, 2], dontKnow: 2, median: 4, statements: [
          { key: 'sf.styrkedja.s1', text: 'Vi har en gemensam bild av vilka som ansvarar för vad i styrkedjan.', distribution: [0, 1, 5, 8, 3], dontKnow: 1, median: 4 },
        ] },
        { key: 'sf.uppfoljning', name: 'Systematisk uppföljning och analys', distribution: [2, 5, 6, 3, 1], dontKnow: 1, median: 2.5, statements: [] },
      ],
    } : null,
  };
}

interface Page { width: number; height: number; items: TextItem[]; text: string }

/** The text of each page as pdf.js extracts it, with no-break spaces read as spaces. */
async function read(pdf: Buffer) {
  const document = await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 });
  const pages: Page[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item);
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ width, height, items, text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' ') });
  }
  const { info } = await document.getMetadata() as unknown as { info: Record<string, unknown> };
  await document.cleanup();
  return { pages, info, text: pages.map((p) => p.text).join(' ') };
}

const BUILT_AT = new Date('2026-11-24T10:00:00Z');

describe('analysis basis as PDF', async () => {
  const pdf = await analysisBasisPdf(fixture(6), { builtAt: BUILT_AT });
  const { pages, info, text } = await read(pdf);

  it('is an A4 PDF of several pages with "Sida X av Y" on every page', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => {
      expect(page.width).toBeCloseTo(595.28, 2);
      expect(page.height).toBeCloseTo(841.89, 2);
      expect(page.text).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
  });

  it('carries title, author and language', () => {
    expect(info.Title).toBe(`Analysunderlag för ${ORGANISER}`);
    expect(info.Author).toBe('Kvalitetsnav');
    expect(info.Language).toBe('sv-SE');
  });

  it('opens with the organiser, catalogue, data vintage and how to read it', () => {
    const first = pages[0]!.text;
    for (const part of [ORGANISER, '556677-8899', 'Kvalitetssystemet 2023 (demo)', 'Demodata (genererade värden), inläst 23 nov. 2026', 'Framtaget 24 nov. 2026', 'Så läser du underlaget', 'Innehåll']) {
      expect(first).toContain(part);
    }
  });

  it('lists each section in the contents with the page it starts on', () => {
    for (const title of ['Grundskola', 'Förskola', 'Självskattning']) {
      const start = pages.findIndex((p) => p.items.some((i) => i.str === title && i.transform[0] === 18)) + 1;
      const line = pages[0]!.items.find((i) => i.str === title)!;
      const number = pages[0]!.items.find((i) => i.str.startsWith('sida ') && Math.abs(i.transform[5] - line.transform[5]) < 1);
      expect(start).toBeGreaterThan(1);
      expect(number?.str).toBe(`sida ${start}`);
    }
  });

  it('has its headings as text in heading sizes', () => {
    // the largest size the text is written in (school forms are also listed in the contents)
    const sizeOf = (str: string) => Math.max(...pages.flatMap((p) => p.items).filter((i) => i.str === str).map((i) => i.transform[0] as number));
    expect(sizeOf('Grundskola')).toBe(18);
    expect(sizeOf('Förskola')).toBe(18);
    expect(sizeOf('Självskattning')).toBe(18);
    expect(sizeOf('Alla elever i grundskolan ska komma så långt som möjligt i sin kunskapsutveckling.')).toBe(12);
    expect(sizeOf('Likvärdighet – Eleverna lämnar grundskolan behöriga till gymnasieskolan.')).toBe(10);
    expect(sizeOf('Förutsättningar för grundskola')).toBe(10);
    expect(sizeOf('Det här saknas eller är osäkert')).toBe(10);
  });

  it('keeps Swedish characters and writes numbers the Swedish way', () => {
    expect(text).toContain('Linnéuniversitetet');
    expect(text).toContain('Senaste värde (2024): 84,6 %');
    expect(text).toContain('Riket: 82,3 % (290 huvudmän)');
    expect(text).toContain('Samma kommungrupp: – (för få huvudmän i gruppen)');
    expect(text).toContain('Förväntat givet förutsättningar: 80,0 %');
    expect(text).toContain('95 % intervall: 77,5–82,5 %');
    expect(text).toContain('612 345 kr');
    expect(text).toContain('1 234 barn och elever');
  });

  it('states the verdict in words, or why there is no expected value', () => {
    expect(text).toContain('Jämfört med förväntat: Bättre än förväntat');
    expect(text).toContain('Jämfört med förväntat: Sämre än förväntat');
    expect(text).toContain('Förväntat värde visas inte: Huvudmannens bakgrundsuppgifter saknas för året.');
  });

  it('flags uncertain values, hides suppressed ones and marks missing and confidential years', () => {
    expect(text).toContain('Senaste värde (2024): 61,2 % (osäkert: färre än 10 barn eller elever)');
    expect(text).toContain('61,2 %*');
    expect(text).toContain('Döljs, färre än 5 barn eller elever: 2023.');
    expect(text).not.toMatch(/93[,.]7/);
    expect(text).toContain('Senaste värde (2024): – (uppgift saknas)');
    expect(text).toContain('Inga värden för huvudmannen');
    expect(pages.flatMap((p) => p.items).filter((i) => i.str === '..')).toHaveLength(1);
  });

  it('states the gaps in words, and sub-goals without a national measure', () => {
    expect(text).toContain('Förskolan har inga nationella resultatmått.');
    expect(text).toContain('Delmålet har inget nationellt mått. Följ upp det med egna underlag.');
  });

  it('summarises the self-assessment per success factor, or says that none is included', async () => {
    expect(text).toContain('Självskattning våren 2026: 18 svarande, delad 15 apr. 2026.');
    expect(text).toContain('Tydliga roller och ansvar i styrkedjan');
    expect(text).toContain('Median: 4');
    expect(text).toContain('Median: 2,5');
    expect(text).toContain('Vet ej: 2');
    const without = await read(await analysisBasisPdf(fixture(0, false)));
    expect(without.text).toContain('Underlaget innehåller ingen självskattning.');
    expect(without.text).not.toContain('Median');
  });

  it('never leaves a heading as the last thing on a page', async () => {
    for (const fillers of [0, 1, 2, 3, 4, 5, 7, 9]) {
      const doc = await read(await analysisBasisPdf(fixture(fillers)));
      doc.pages.forEach((page, i) => {
        const body = page.items.filter((item) => item.str.trim() !== '' && item.transform[5] > 64);
        const lowest = body.reduce((a, b) => (b.transform[5] < a.transform[5] ? b : a));
        expect(lowest.transform[0], `page ${i + 1} of ${doc.pages.length} with ${fillers} extra indicators ends with "${lowest.str}"`).toBeLessThan(10);
      });
    }
  });
});

describe('trend chart helpers', () => {
  it('breaks the line at a missing year instead of drawing it as zero', () => {
    expect(lineSegments([80, 81, null, 83, 84])).toEqual([[0, 1], [3, 4]]);
    expect(lineSegments([null, 5, null, null, 7])).toEqual([]);
  });

  it('spans the values with round ticks', () => {
    expect(niceTicks(1.3, 1.55)).toEqual({ ticks: [1.3, 1.4, 1.5, 1.6], step: 0.1 });
    expect(niceTicks(205.2, 228.4).ticks).toEqual([200, 210, 220, 230]);
    expect(niceTicks(50, 50).ticks.length).toBeGreaterThan(1);
  });
});
