/** CSV files in either layout: `;` or `,` separated, UTF-8 (BOM optional), UTF-16 or Windows-1252. */
import type { ReadContext, ReadOutput } from './context.ts';
import { tokenizeCsv, detectSeparator } from './csv-tokenizer.ts';
import { decodeText } from './decode.ts';
import { tablePlace } from './problems.ts';
import type { TableRow } from './rows.ts';
import { detectLayout, readTable, unknownLayoutReason } from './table.ts';

export function readCsv(bytes: Uint8Array, ctx: ReadContext, out: ReadOutput): void {
  const { text } = decodeText(bytes);
  if (text.trim() === '') {
    ctx.log.add(null, 'filen är tom');
    return;
  }
  const separator = detectSeparator(text.replace(/^\s*[\r\n]+/, ''));
  const records = tokenizeCsv(text, separator);
  const [first] = records;
  if (first !== undefined && 'error' in first) {
    // Without a header no row can be read; guessing another line as the header would mislead.
    ctx.log.add(tablePlace(null, first.line, null), `${first.error}, så rubrikraden kan inte läsas`);
    return;
  }
  const rows: TableRow[] = [];
  for (const record of records) {
    if ('error' in record) ctx.log.add(tablePlace(null, record.line, null), record.error);
    else if (record.fields.some((f) => f.trim() !== '')) rows.push({ line: record.line, cells: record.fields });
  }
  const [header, ...data] = rows;
  if (header === undefined) {
    ctx.log.add(null, 'filen har ingen rubrikrad');
    return;
  }
  const table = { sheet: null, header, rows: data };
  const layout = detectLayout(table);
  if (layout === null) {
    ctx.log.add(tablePlace(null, header.line, null), unknownLayoutReason());
    return;
  }
  readTable(table, layout, ctx, out);
}
