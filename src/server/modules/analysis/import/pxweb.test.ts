import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../registry/import/fixtures/support.ts';
import { jsonStat, ORG_A, ORG_B, parse, plain, UNIT_OF_A } from './fixtures.ts';

const VARIABLE = {
  id: 'variable', label: 'mått', categories: [
    ['0', 'Elever, antal'],
    ['1', 'Andel elever med lägst E i samtliga ämnen åk 9'],
    ['ind.gr.meritvarde', 'Genomsnittligt meritvärde åk 9'],
  ] as [string, string][],
};
const LEVEL = {
  id: 'level', label: 'huvudman/skolenhet', categories: [
    [ORG_A, 'Exempels kommun'], [UNIT_OF_A, 'Exempelskolan'], ['00', 'Riket'], [ORG_B, 'Friskolan AB'],
  ] as [string, string][],
};
const TIME = { id: 'time', label: 'läsår', categories: [['2023', '2023/24'], ['2024', '2024/25']] as [string, string][] };

/** 3 measures × 4 levels × 2 years; index = measure * 8 + level * 2 + year. */
const UFA = jsonStat({
  dimensions: [VARIABLE, LEVEL, TIME],
  value: [
    540, 552, 60, 61, 100_000, 101_000, 8, 9,
    81.2, 82.4, 70, 71, 74, 75, null, null,
    230.5, null, 220, 221, 224, 225, null, 0,
  ],
  // Sparse: only the cells that carry a marker. The 0 under "-" must not become a value.
  status: { 14: '..', 15: '..', 17: '.', 22: '..', 23: '-' },
});

describe('PxWeb json-stat2 (Underlag för analys)', () => {
  it('reads organisers’ values with n from "Elever, antal", keeps markers and skips units and the country', () => {
    const parsed = parse(JSON.stringify(UFA));
    expect(parsed.problems).toEqual([]);
    expect(parsed.format).toBe('pxweb');
    const a = { kind: 'orgNumber', orgNumber: ORG_A };
    const b = { kind: 'orgNumber', orgNumber: ORG_B };
    const form = 'grundskola';
    expect(plain(parsed)).toEqual([
      { organiser: a, schoolForm: form, measureKey: 'ind.gr.betyg-alla-amnen', year: 2023, value: 81.2, status: null, n: 540 },
      { organiser: a, schoolForm: form, measureKey: 'ind.gr.betyg-alla-amnen', year: 2024, value: 82.4, status: null, n: 552 },
      { organiser: b, schoolForm: form, measureKey: 'ind.gr.betyg-alla-amnen', year: 2023, value: null, status: '..', n: 8 },
      { organiser: b, schoolForm: form, measureKey: 'ind.gr.betyg-alla-amnen', year: 2024, value: null, status: '..', n: 9 },
      { organiser: a, schoolForm: form, measureKey: 'ind.gr.meritvarde', year: 2023, value: 230.5, status: null, n: 540 },
      { organiser: a, schoolForm: form, measureKey: 'ind.gr.meritvarde', year: 2024, value: null, status: '.', n: 552 },
      { organiser: b, schoolForm: form, measureKey: 'ind.gr.meritvarde', year: 2023, value: null, status: '..', n: 8 },
      { organiser: b, schoolForm: form, measureKey: 'ind.gr.meritvarde', year: 2024, value: null, status: '-', n: 9 },
    ]);
    // Two measures × two years for the unit and for the country; the count measure is not a value.
    expect(parsed.skippedUnits).toBe(4);
    expect(parsed.skippedCountry).toBe(4);
    expect(parsed.warnings).toEqual([]);
  });

  it('points a value at its cell and its count, naming the coordinates', () => {
    const row = parse(JSON.stringify(UFA)).rows[1]!;
    expect(row.at('value').label).toBe(`Fältet "value[9]" (variable 1, level ${ORG_A}, time 2024)`);
    expect(row.at('n').label).toBe(`Fältet "value[1]" (variable 0, level ${ORG_A}, time 2024)`);
    expect(row.at('organiser').field).toBe(`dimension.level.category.index.${ORG_A}`);
  });

  it('takes school years as codes, a sparse value object, and the school form chosen at upload', () => {
    const cube = jsonStat({
      label: 'Underlag för analys efter mått, huvudman och läsår',
      dimensions: [
        { id: 'ContentsCode', label: 'tabellinnehåll', categories: [['cond.andel-pojkar', 'Andel pojkar']] },
        { id: 'level', label: 'huvudman', categories: [[ORG_B, 'Friskolan AB']] },
        { id: 'Tid', label: 'läsår', categories: [['2024/25', '2024/25']] },
      ],
      timeId: 'Tid',
      value: { 0: 51.5 },
    });
    const withoutForm = parse(JSON.stringify(cube));
    expect(withoutForm.messages).toEqual([expect.stringMatching(/anger inte vilken skolform.*välj skolform vid importen/)]);
    const chosen = parse(JSON.stringify(cube), { schoolForm: 'gymnasieskola' });
    expect(chosen.problems).toEqual([]);
    expect(plain(chosen)).toEqual([
      { organiser: { kind: 'orgNumber', orgNumber: ORG_B }, schoolForm: 'gymnasieskola', measureKey: 'cond.andel-pojkar', year: 2024, value: 51.5, status: null, n: null },
    ]);
    expect(chosen.warnings).toEqual([expect.stringContaining('inget mått med antal elever')]);
  });

  it('refuses a chosen school form that the title contradicts, and reads a skolform dimension', () => {
    expect(parse(JSON.stringify(UFA), { schoolForm: 'gymnasieskola' }).messages)
      .toEqual([expect.stringMatching(/valde skolformen gymnasieskola men svaret gäller grundskola/)]);
    const byForm = jsonStat({
      label: 'Underlag för analys',
      dimensions: [
        { id: 'skolform', label: 'skolform', categories: [['GR', 'Grundskola'], ['GY', 'Gymnasieskola']] },
        { id: 'variable', label: 'mått', categories: [['cond.andel-pojkar', 'Andel pojkar']] },
        { id: 'level', label: 'huvudman', categories: [[ORG_A, 'Exempels kommun']] },
        { id: 'time', label: 'läsår', categories: [['2024', '2024/25']] },
      ],
      value: [50.1, 52.3],
    });
    expect(plain(parse(JSON.stringify(byForm))).map((r) => [r.schoolForm, r.value])).toEqual([['grundskola', 50.1], ['gymnasieskola', 52.3]]);
  });

  it('names unknown measure codes, bad levels and times once each', () => {
    const cube = jsonStat({
      dimensions: [
        { id: 'variable', label: 'mått', categories: [['7', 'Andel elever som äter frukost']] },
        { id: 'level', label: 'huvudman', categories: [['2180', 'Gävle'], [`${ORG_A.slice(0, 9)}0`, 'Fel kontrollsiffra']] },
        { id: 'time', label: 'läsår', categories: [['HT24', 'hösten']] },
      ],
      value: [1, 2],
    });
    const { messages } = parse(JSON.stringify(cube));
    expect(messages).toHaveLength(4);
    expect(messages.join('\n')).toMatch(/nivån "2180" är varken/);
    expect(messages.join('\n')).toMatch(/kontrollsiffran stämmer inte/);
    expect(messages.join('\n')).toMatch(/tiden "HT24" är inte ett läsår/);
    expect(messages.join('\n')).toMatch(/"Andel elever som äter frukost"\): måttet "7" motsvarar ingen indikator/);
  });

  it('refuses unknown markers, a value list of the wrong length and an extra split', () => {
    expect(parse(JSON.stringify({ ...UFA, status: { 9: 'x' } })).messages)
      .toEqual([expect.stringMatching(/^Fältet "status\[9\]".*okänd markering "x"/)]);
    expect(parse(JSON.stringify({ ...UFA, value: [1, 2, 3] })).messages).toEqual(['Fältet "value": listan har 3 värden men dimensionerna ger 24 kombinationer.']);
    const split = jsonStat({
      dimensions: [VARIABLE, LEVEL, TIME, { id: 'kon', label: 'kön', categories: [['K', 'flickor'], ['M', 'pojkar']] }],
      value: new Array<number>(48).fill(1),
    });
    expect(parse(JSON.stringify(split)).messages).toEqual([expect.stringMatching(/dimensionen "kon" \(kön\) delar upp värdena i 2 delar/)]);
  });

  it('reads the statistics database’s own example answer and refuses its municipality level', () => {
    const bytes = readFileSync(path.join(REPO_ROOT, 'reference/formats/skolverket-statistikdatabas-pxweb__jsonstat2_KJT_example.json'));
    const parsed = parse(bytes);
    expect(parsed.format).toBe('pxweb');
    // "Elever, antal i huvudmannens skolor" is a count, "00" the country; "2180" is a municipality code, not an organiser.
    expect(parsed.messages).toEqual([expect.stringMatching(/^Fältet "dimension\.level\.category\.index\.2180" \("Gävle \[2180\]"\): nivån "2180"/)]);
    expect(parsed.rows).toEqual([]);
  });
});
