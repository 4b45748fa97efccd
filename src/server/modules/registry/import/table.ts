/**
 * The two spreadsheet layouts (organisers, units) shared by CSV and XLSX: header check and dispatch.
 * Columns are found by name (case and surrounding spaces ignored), so their order is free.
 */
import type { ReadContext, ReadOutput } from './context.ts';
import { sheetPlace, tablePlace } from './problems.ts';
import { readOrganiserRows } from './table-organisers.ts';
import { readUnitRows } from './table-units.ts';
import type { TableRow } from './rows.ts';

export type { TableRow } from './rows.ts';

export interface Table {
  /** Sheet name for XLSX; null for CSV. */
  sheet: string | null;
  header: TableRow;
  /** Data rows without blank ones; CSV rows keep their own field count, XLSX rows are cut to the header. */
  rows: TableRow[];
}

export type Layout = 'organisers' | 'units';

export const LAYOUTS: Record<Layout, { required: readonly string[]; optional: readonly string[] }> = {
  organisers: { required: ['organisationsnummer', 'namn', 'huvudmannatyp', 'kommunkod'], optional: ['status'] },
  units: {
    required: ['skolenhetskod', 'namn', 'organisationsnummer', 'kommunkod', 'skolform', 'antal'],
    optional: ['status', 'latitud', 'longitud'],
  },
};

const columnList = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

const headerNames = (table: Table): string[] => table.header.cells.map((c) => c.trim().toLowerCase());

/** Which layout a CSV header describes, or null when it is neither. */
export function detectLayout(table: Table): Layout | null {
  const names = headerNames(table);
  if (names.includes('skolenhetskod')) return 'units';
  if (names.includes('huvudmannatyp')) return 'organisers';
  return null;
}

export const unknownLayoutReason = (): string =>
  `rubrikraden känns inte igen; en fil med huvudmän ska ha kolumnerna ${columnList(LAYOUTS.organisers.required)}`
  + ` (och valfritt ${columnList(LAYOUTS.organisers.optional)}), en fil med skolenheter kolumnerna`
  + ` ${columnList(LAYOUTS.units.required)} (och valfritt ${columnList(LAYOUTS.units.optional)})`;

/** Column name → index, or null when the header is too broken to read the rows. */
function mapColumns(table: Table, layout: Layout, ctx: ReadContext): Map<string, number> | null {
  const { required, optional } = LAYOUTS[layout];
  const place = tablePlace(table.sheet, table.header.line, null);
  const columns = new Map<string, number>();
  const unknown: string[] = [];
  let usable = true;
  headerNames(table).forEach((name, index) => {
    if (name === '') {
      // Excel often writes a trailing separator; an empty, unnamed column is harmless.
      if (table.rows.some((row) => (row.cells[index] ?? '').trim() !== '')) {
        ctx.log.add(place, `kolumn ${index + 1} saknar rubrik men har värden`);
      }
      return;
    }
    if (columns.has(name)) {
      ctx.log.add(place, `kolumnen "${name}" finns två gånger`);
      usable = false;
      return;
    }
    columns.set(name, index);
    if (!required.includes(name) && !optional.includes(name)) unknown.push(table.header.cells[index]!.trim());
  });
  const missing = required.filter((name) => !columns.has(name));
  if (columns.has('latitud') !== columns.has('longitud')) missing.push(columns.has('latitud') ? 'longitud' : 'latitud');
  if (missing.length > 0) {
    ctx.log.add(place, `${missing.length === 1 ? 'kolumnen' : 'kolumnerna'} ${columnList(missing)} saknas`);
    usable = false;
  }
  if (unknown.length > 0) {
    ctx.log.add(place, `okända kolumner: ${columnList(unknown)}; tillåtna är ${columnList([...required, ...optional])}`);
  }
  return usable ? columns : null;
}

export function readTable(table: Table, layout: Layout, ctx: ReadContext, out: ReadOutput): void {
  const columns = mapColumns(table, layout, ctx);
  if (table.rows.length === 0) {
    if (table.sheet === null) ctx.log.add(null, 'filen har en rubrikrad men inga rader med uppgifter');
    else ctx.log.add(sheetPlace(table.sheet), 'bladet har en rubrikrad men inga rader med uppgifter');
  }
  if (columns === null) return;
  const rows = table.rows.filter((row) => {
    if (row.cells.length === table.header.cells.length) return true;
    ctx.log.add(tablePlace(table.sheet, row.line, null),
      `raden har ${row.cells.length} fält men rubrikraden har ${table.header.cells.length}`
      + ' (ett värde som innehåller avgränsaren ska stå inom citattecken)');
    return false;
  });
  const reader = { sheet: table.sheet, rows, columns };
  if (layout === 'organisers') readOrganiserRows(reader, ctx, out);
  else readUnitRows(reader, ctx, out);
}
