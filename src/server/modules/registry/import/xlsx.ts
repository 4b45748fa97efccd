/**
 * Excel workbooks: a sheet "Huvudmän" and/or a sheet "Skolenheter" with the CSV layouts' columns,
 * header in row 1. The sheet name, not the header, decides the layout.
 */
import ExcelJS from 'exceljs';
import type { ReadContext, ReadOutput } from './context.ts';
import { megabytes, sheetPlace, tablePlace } from './problems.ts';
import type { TableRow } from './rows.ts';
import { type Layout, readTable, type Table } from './table.ts';
import { fold } from './vocabulary.ts';
import { inspectZip, isCompoundFile } from './zip-guard.ts';

const SHEETS: Record<Layout, string> = { organisers: 'Huvudmän', units: 'Skolenheter' };

/** Generous for spreadsheets (XML compresses about tenfold), small enough to keep a bomb out. */
const EXPANSION_LIMIT = 20;

/** Code columns lose their leading zeros when Excel stores them as numbers. */
const CODE_WIDTHS: Record<string, number> = { kommunkod: 4, skolenhetskod: 8 };

export async function readXlsx(bytes: Uint8Array, maxBytes: number, ctx: ReadContext, out: ReadOutput): Promise<void> {
  const workbook = await openWorkbook(bytes, maxBytes, ctx);
  if (workbook === null) return;

  const found = new Map<Layout, ExcelJS.Worksheet>();
  for (const sheet of workbook.worksheets) {
    const layout = (Object.keys(SHEETS) as Layout[]).find((l) => fold(SHEETS[l]) === fold(sheet.name));
    if (layout !== undefined && !found.has(layout)) found.set(layout, sheet);
    else if (sheet.actualRowCount > 0) {
      ctx.log.add(sheetPlace(sheet.name), `bladet känns inte igen och skulle inte läsas in; arbetsboken får bara ha bladen`
        + ` "${SHEETS.organisers}" och "${SHEETS.units}"`);
    }
  }
  if (found.size === 0) {
    const names = workbook.worksheets.map((s) => `"${s.name}"`).join(', ') || 'inga blad';
    ctx.log.add(null, `arbetsboken ska ha ett blad "${SHEETS.organisers}" och/eller ett blad "${SHEETS.units}" (den har ${names})`);
    return;
  }
  // Organisers first, so that units can refer to them whatever the sheet order.
  for (const layout of ['organisers', 'units'] as const) {
    const sheet = found.get(layout);
    if (sheet === undefined) continue;
    const table = sheetTable(sheet, ctx);
    if (table !== null) readTable(table, layout, ctx, out);
  }
}

async function openWorkbook(bytes: Uint8Array, maxBytes: number, ctx: ReadContext): Promise<ExcelJS.Workbook | null> {
  if (isCompoundFile(bytes)) {
    ctx.log.add(null, 'filen är en äldre Excel-fil (.xls) eller en lösenordsskyddad arbetsbok; spara den som .xlsx utan lösenord eller som CSV');
    return null;
  }
  const zip = inspectZip(bytes);
  if (zip.kind !== 'zip') {
    ctx.log.add(null, 'filen är ingen giltig Excel-arbetsbok (.xlsx); den kan vara skadad eller ha fel filändelse');
    return null;
  }
  if (zip.uncompressedBytes > maxBytes * EXPANSION_LIMIT) {
    ctx.log.add(null, `arbetsboken packas upp till ${megabytes(zip.uncompressedBytes, 'up')}, vilket är för mycket;`
      + ' dela upp den eller spara som CSV');
    return null;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    ctx.log.add(null, 'filen kunde inte läsas som en Excel-arbetsbok (.xlsx); den kan vara skadad eller ha fel filändelse');
    return null;
  }
  return workbook;
}

function sheetTable(sheet: ExcelJS.Worksheet, ctx: ReadContext): Table | null {
  const place = sheetPlace(sheet.name);
  if (sheet.actualRowCount === 0) {
    ctx.log.add(place, 'bladet är tomt');
    return null;
  }
  const headerCells = rowTexts(sheet.getRow(1), []);
  while (headerCells.length > 0 && headerCells.at(-1)!.trim() === '') headerCells.pop();
  if (headerCells.length === 0) {
    ctx.log.add(tablePlace(sheet.name, 1, null), 'rubrikraden är tom; rad 1 ska ha kolumnernas namn');
    return null;
  }
  const names = headerCells.map((c) => c.trim().toLowerCase());
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells = rowTexts(row, names);
    const beyond = cells.slice(names.length).findIndex((c) => c.trim() !== '');
    if (beyond >= 0) {
      ctx.log.add(tablePlace(sheet.name, line, null),
        `kolumn ${columnLetter(names.length + beyond + 1)} har ett värde men ingen rubrik i rad 1`);
    }
    const inHeader = cells.slice(0, names.length);
    while (inHeader.length < names.length) inHeader.push('');
    if (inHeader.some((c) => c.trim() !== '')) rows.push({ line, cells: inHeader });
  });
  return { sheet: sheet.name, header: { line: 1, cells: headerCells }, rows };
}

/** Cell texts from column A on; `names` (lower-case header) tells which columns hold codes. */
function rowTexts(row: ExcelJS.Row, names: readonly string[]): string[] {
  const texts: string[] = [];
  for (let col = 1; col <= row.cellCount; col++) {
    texts.push(valueText(row.getCell(col).value, CODE_WIDTHS[names[col - 1] ?? '']));
  }
  return texts;
}

function valueText(value: ExcelJS.CellValue, codeWidth: number | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return codeWidth !== undefined && Number.isInteger(value) ? String(value).padStart(codeWidth, '0') : String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: ExcelJS.CellValue }).result, codeWidth);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
