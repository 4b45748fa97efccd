/**
 * CSV files of values: `;` or `,` separated, UTF-8 (BOM optional), UTF-16 or Windows-1252, one value
 * per line. Columns are found by name, Swedish or English, case and å/ä/ö ignored:
 * organisationsnummer (org_nr), skolform (school_form), matt (measure, measure_key), ar (year),
 * varde (value), n (antal), optionally status, and a name column that is only for the reader.
 * A value takes a decimal comma or point; a suppressed one has the marker in "status" or in place of
 * the value, and no value. An empty n means the file gives none.
 */
import { checkOrgNumber } from '../../registry/import/fields.ts';
import { detectSeparator, tokenizeCsv } from '../../registry/import/csv-tokenizer.ts';
import { decodeText } from '../../registry/import/decode.ts';
import { tablePlace, type ProblemLog } from '../../registry/import/problems.ts';
import { fold, parseSchoolForm, schoolFormChoices } from '../../registry/import/vocabulary.ts';
import { markerChoices, parseMarker, parseYear, shown, toNumber } from './fields.ts';
import { measureMatcher, pickMeasure } from './measure-map.ts';
import type { ReaderInput, ReaderOutput, ValueField } from './types.ts';

type Column = Exclude<ValueField, 'row'> | 'status' | 'name';

const COLUMN_NAMES: Record<Column, readonly string[]> = {
  organiser: ['organisationsnummer', 'org nr', 'orgnr', 'org number', 'organisation number', 'organization number'],
  schoolForm: ['skolform', 'school form'],
  measure: ['matt', 'measure', 'measure key', 'nyckel', 'key'],
  year: ['ar', 'year', 'lasar', 'school year'],
  value: ['varde', 'value'],
  n: ['n', 'antal', 'count'],
  status: ['status', 'markering'],
  name: ['namn', 'name', 'huvudman'],
};
const REQUIRED: readonly Column[] = ['organiser', 'schoolForm', 'measure', 'year', 'value', 'n'];
const columnOf = new Map(Object.entries(COLUMN_NAMES).flatMap(([column, names]) => names.map((name) => [name, column as Column])));

export const CSV_COLUMNS_TEXT = 'organisationsnummer;skolform;matt;ar;varde;n[;status]';

export function readValueCsv(bytes: Uint8Array, input: ReaderInput, out: ReaderOutput): void {
  const { log } = input;
  const { text } = decodeText(bytes);
  if (text.trim() === '') return void log.add(null, 'filen är tom');
  const records = tokenizeCsv(text, detectSeparator(text.replace(/^\s*[\r\n]+/, '')));
  const [header, ...data] = records;
  if (header === undefined) return void log.add(null, 'filen har ingen rubrikrad');
  if ('error' in header) return void log.add(tablePlace(null, header.line, null), `${header.error}, så rubrikraden kan inte läsas`);
  const columns = mapColumns(header.fields, header.line, log);
  if (data.length === 0) log.add(null, 'filen har en rubrikrad men inga rader med värden');
  if (!columns) return;
  const match = measureMatcher(input.measures);
  for (const record of data) {
    if ('error' in record) {
      log.add(tablePlace(null, record.line, null), record.error);
      continue;
    }
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length !== header.fields.length) {
      log.add(tablePlace(null, record.line, null), `raden har ${record.fields.length} fält men rubrikraden har ${header.fields.length}`
        + ' (ett värde som innehåller avgränsaren ska stå inom citattecken)');
      continue;
    }
    readRow(record.line, record.fields, columns, input, out, match);
  }
}

/** Column → index and the header's own name for it, or null when a required column is missing. */
function mapColumns(names: string[], line: number, log: ProblemLog): Map<Column, { index: number; name: string }> | null {
  const place = tablePlace(null, line, null);
  const columns = new Map<Column, { index: number; name: string }>();
  const unknown: string[] = [];
  let usable = true;
  names.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') return;
    const column = columnOf.get(fold(name));
    if (column === undefined) return void unknown.push(name);
    if (columns.has(column)) {
      usable = false;
      return void log.add(place, `kolumnerna "${columns.get(column)!.name}" och "${name}" betyder samma sak; ta bort den ena`);
    }
    columns.set(column, { index, name });
  });
  const missing = REQUIRED.filter((c) => !columns.has(c)).map((c) => `"${COLUMN_NAMES[c][0]}"`);
  if (missing.length > 0) {
    usable = false;
    log.add(place, `${missing.length === 1 ? 'kolumnen' : 'kolumnerna'} ${missing.join(', ')} saknas; en fil med värden har kolumnerna ${CSV_COLUMNS_TEXT}`);
  }
  if (unknown.length > 0) log.add(place, `okända kolumner: ${unknown.map((u) => `"${u}"`).join(', ')}; tillåtna är ${CSV_COLUMNS_TEXT}`);
  return usable ? columns : null;
}

function readRow(
  line: number, fields: string[], columns: Map<Column, { index: number; name: string }>, input: ReaderInput, out: ReaderOutput,
  match: ReturnType<typeof measureMatcher>,
): void {
  const { log } = input;
  const at = (column: Column) => tablePlace(null, line, columns.get(column)?.name ?? COLUMN_NAMES[column][0]!);
  const cell = (column: Column) => {
    const index = columns.get(column)?.index;
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };
  const before = log.count;

  const orgNumber = checkOrgNumber(cell('organiser'), at('organiser'), log);
  const schoolForm = cell('schoolForm') === ''
    ? void log.add(at('schoolForm'), 'skolform saknas')
    : parseSchoolForm(cell('schoolForm'))
      ?? void log.add(at('schoolForm'), `skolformen ${shown(cell('schoolForm'))} känns inte igen; tillåtna är ${schoolFormChoices}`);
  const measure = cell('measure') === '' ? void log.add(at('measure'), 'mått saknas') : match(cell('measure'), cell('measure'));
  if (measure?.kind === 'count') log.add(at('measure'), `${shown(cell('measure'))} är ett antal; skriv antalet i kolumnen "${at('n').field}"`);
  const year = cell('year') === '' ? void log.add(at('year'), 'år saknas')
    : parseYear(cell('year')) ?? void log.add(at('year'), `året ska skrivas som "2024" eller "2024/25" (${shown(cell('year'))})`);
  const reading = readValue(cell('value'), cell('status'), () => at('value'), () => at('status'), log);
  const n = cell('n') === '' ? null
    : toNumber(cell('n')) ?? void log.add(at('n'), `antalet ska vara ett heltal, 0 eller större (${shown(cell('n'))})`);
  if (log.count > before || orgNumber === undefined || schoolForm === undefined || year === undefined || !reading || n === undefined) return;
  // A name that is not a catalogue key or name is passed on as written, so the rules can name it.
  const measureKey = measure?.kind === 'measure' ? pickMeasure(measure.candidates, schoolForm, input.measures) : cell('measure');
  out.rows.push({
    organiser: { kind: 'orgNumber', orgNumber }, schoolForm, measureKey, year, ...reading, n,
    at: (field) => (field === 'row' ? tablePlace(null, line, null) : at(field)),
  });
}

function readValue(raw: string, rawStatus: string, valueAt: () => ReturnType<typeof tablePlace>, statusAt: () => ReturnType<typeof tablePlace>, log: ProblemLog) {
  const status = rawStatus === '' ? null : parseMarker(rawStatus);
  if (rawStatus !== '' && status === null) {
    return void log.add(statusAt(), `okänd markering ${shown(rawStatus)}; kända markeringar är ${markerChoices}`);
  }
  const inline = parseMarker(raw);
  if (inline) {
    if (status !== null && status !== inline) return void log.add(statusAt(), `markeringen skiljer sig från "${inline}" i värdekolumnen`);
    return { value: null, status: inline };
  }
  if (raw === '') {
    if (status !== null) return { value: null, status };
    return void log.add(valueAt(), `värde saknas; ange ett värde eller en markering (${markerChoices})`);
  }
  const value = toNumber(raw);
  if (value === undefined) return void log.add(valueAt(), `värdet ska vara ett tal med decimalkomma eller decimalpunkt (${shown(raw)})`);
  if (status !== null) return void log.add(statusAt(), `raden har både ett värde och markeringen "${status}"; ange det ena`);
  return { value, status: null };
}
