import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KOMMUN_EKERO, messages, ORG_A, parse, utf8 } from './fixtures/support.ts';
import { makeZip } from './fixtures/zip.ts';
import { MAX_PROBLEMS } from './problems.ts';

const ORGANISER_HEADER = ['organisationsnummer', 'namn', 'huvudmannatyp', 'kommunkod', 'status'];
const UNIT_HEADER = ['skolenhetskod', 'namn', 'organisationsnummer', 'kommunkod', 'skolform', 'antal'];

async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, i) => { sheet.getRow(i + 1).values = row; });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const parseXlsx = async (bytes: Uint8Array, options: { maxBytes?: number; knownOrgNumbers?: string[] } = {}) =>
  parse(bytes, { filename: 'register.xlsx', ...options });

describe('XLSX', () => {
  it('reads both sheets, whatever their order, and restores leading zeros of numeric codes', async () => {
    const bytes = await workbook({
      Skolenheter: [
        UNIT_HEADER,
        [1234567, { richText: [{ text: 'Äng' }, { text: 'skolan' }] }, ORG_A, 180, 'Grundskola', 250],
        [1234567, 'Ängskolan', ORG_A, '0180', 'Förskoleklass', { formula: '20+5', result: 25 }],
      ],
      'huvudmän': [
        ORGANISER_HEADER,
        [Number(KOMMUN_EKERO), 'Ekerö kommun', 'Kommun', 125, 'Aktiv'],
        [ORG_A, 'Ängskolan AB', 'Aktiebolag', '0180', null],
      ],
    });
    const result = await parseXlsx(bytes);
    expect(result.problems).toEqual([]);
    expect(result.format).toBe('xlsx');
    expect(result.organisers).toEqual([
      { orgNumber: KOMMUN_EKERO, name: 'Ekerö kommun', kind: 'kommun', municipalityCode: '0125', status: 'active', line: 2 },
      { orgNumber: ORG_A, name: 'Ängskolan AB', kind: 'aktiebolag', municipalityCode: '0180', status: 'active', line: 3 },
    ]);
    expect(result.units).toEqual([{
      code: '01234567', name: 'Ängskolan', orgNumber: ORG_A, municipalityCode: '0180', status: 'active',
      lat: null, lon: null, swerefN: null, swerefE: null, line: 2,
      schoolForms: [{ schoolForm: 'grundskola', childrenPupils: 250 }, { schoolForm: 'forskoleklass', childrenPupils: 25 }],
    }]);
  });

  it('names the sheet, row and column of each problem', async () => {
    const bytes = await workbook({
      'Huvudmän': [ORGANISER_HEADER, [ORG_A, 'A', 'Kommun', '0180'], [ORG_A, 'B', 'Kommun', '9999']],
      Skolenheter: [[...UNIT_HEADER, 'rektor'], ['12345678', 'S', ORG_A, '0180', 'Grundskola', -1]],
    });
    expect(messages(await parseXlsx(bytes))).toEqual([
      'Blad "Huvudmän", rad 3, kolumn "kommunkod": kommunkoden 9999 finns inte bland Sveriges kommuner.',
      `Blad "Huvudmän", rad 3, kolumn "organisationsnummer": organisationsnumret ${ORG_A} finns redan på rad 2 i bladet "Huvudmän".`,
      expect.stringMatching(/^Blad "Skolenheter", rad 1: okända kolumner: "rektor"/),
      'Blad "Skolenheter", rad 2, kolumn "antal": antalet ska vara ett heltal från 0 till 200\u00a0000 ("-1").',
    ]);
  });

  it('reports missing columns, empty and header-only sheets, and values outside the header', async () => {
    const bytes = await workbook({
      'Huvudmän': [['organisationsnummer', 'namn'], [ORG_A, 'A', null, null, 'x']],
      Skolenheter: [UNIT_HEADER],
    });
    expect(messages(await parseXlsx(bytes))).toEqual([
      'Blad "Huvudmän", rad 2: kolumn E har ett värde men ingen rubrik i rad 1.',
      'Blad "Huvudmän", rad 1: kolumnerna "huvudmannatyp", "kommunkod" saknas.',
      'Blad "Skolenheter": bladet har en rubrikrad men inga rader med uppgifter.',
    ]);
    const empty = await workbook({ 'Huvudmän': [] });
    expect(messages(await parseXlsx(empty))).toEqual(['Blad "Huvudmän": bladet är tomt.']);
  });

  it('refuses workbooks without the expected sheets and unknown sheets with content', async () => {
    expect(messages(await parseXlsx(await workbook({ Blad1: [['a']], Blad2: [] })))).toEqual([
      'Blad "Blad1": bladet känns inte igen och skulle inte läsas in; arbetsboken får bara ha bladen "Huvudmän" och "Skolenheter".',
      'Arbetsboken ska ha ett blad "Huvudmän" och/eller ett blad "Skolenheter" (den har "Blad1", "Blad2").',
    ]);
  });

  it('gives a clear problem for files that are not .xlsx workbooks', async () => {
    expect(messages(await parseXlsx(utf8('organisationsnummer;namn\n')))).toEqual([
      'Filen är ingen giltig Excel-arbetsbok (.xlsx); den kan vara skadad eller ha fel filändelse.',
    ]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(messages(await parse(ole, { filename: 'gammal.xls' }))).toEqual([expect.stringContaining('äldre Excel-fil (.xls)')]);
    const good = await workbook({ 'Huvudmän': [ORGANISER_HEADER, [ORG_A, 'A', 'Kommun', '0180']] });
    expect(messages(await parseXlsx(good.slice(0, good.length / 2)))).toEqual([expect.stringContaining('ingen giltig Excel-arbetsbok')]);
  });

  it('reports a zip whose contents cannot be read', async () => {
    const good = await workbook({ 'Huvudmän': [ORGANISER_HEADER, [ORG_A, 'A', 'Kommun', '0180']] });
    const broken = good.slice();
    broken.fill(0x41, 40, 400); // garble the first entries' compressed data, keep the directory
    expect(messages(await parseXlsx(broken))).toEqual([
      'Filen kunde inte läsas som en Excel-arbetsbok (.xlsx); den kan vara skadad eller ha fel filändelse.',
    ]);
  });

  it('refuses a workbook that would expand far beyond the size limit, before inflating it', async () => {
    const bomb = makeZip({ '[Content_Types].xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': new Uint8Array(50 * 2 ** 20) });
    const result = await parseXlsx(bomb, { maxBytes: 200_000 });
    expect(messages(result)).toEqual([
      'Arbetsboken packas upp till 50,1 MB, vilket är för mycket; dela upp den eller spara som CSV.',
    ]);
  });

  it('stops listing problems at the cap and says how many were left out', async () => {
    const rows = Array.from({ length: 1100 }, () => [ORG_A, 'Samma', 'Kommun', '0180']);
    const result = await parseXlsx(await workbook({ 'Huvudmän': [ORGANISER_HEADER, ...rows] }));
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)).toEqual({
      line: null, field: null, message: 'Ytterligare 99 problem visas inte; rätta dem ovan och läs in filen igen.',
    });
  });
});
