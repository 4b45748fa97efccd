/**
 * Entry point of the value import, file side: bytes in, values as read plus every problem found.
 * Pure (no database): the use case checks the values against the registry and catalogue after this.
 * The format is recognised from the content: a json-stat2 cube is a PxWeb answer, a `values` list
 * of KPI rows a Kolada answer, anything else that is not JSON is read as CSV.
 */
import type { ValueImportFormat } from '../../../../shared/api/value-import.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { sizeReason } from '../../registry/import/parse.ts';
import type { ProblemLog } from '../../registry/import/problems.ts';
import { isCompoundFile } from '../../registry/import/zip-guard.ts';
import { readValueCsv } from './csv.ts';
import { isObj, readJson } from './json.ts';
import { readKolada } from './kolada.ts';
import { readPxWeb } from './pxweb.ts';
import { emptyReaderOutput, type CatalogueMeasure, type ParsedValueFile } from './types.ts';

export interface ParseValuesInput {
  bytes: Uint8Array;
  filename: string;
  maxBytes: number;
  measures: ReadonlyMap<string, CatalogueMeasure>;
  schoolForm: SchoolForm | null;
  log: ProblemLog;
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function fileKind(bytes: Uint8Array, filename: string): 'json' | 'csv' | 'spreadsheet' {
  if (isZip(bytes) || isCompoundFile(bytes)) return 'spreadsheet';
  const extension = /\.([a-z0-9]+)$/i.exec(filename.trim())?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

/** json-stat2 (`id` + `dimension`) or Kolada (`values` of rows with `kpi`, or such a list itself). */
export function jsonFormat(root: unknown): Exclude<ValueImportFormat, 'csv'> | null {
  if (isObj(root) && Array.isArray(root.id) && isObj(root.dimension)) return 'pxweb';
  const list = Array.isArray(root) ? root : isObj(root) && Array.isArray(root.values) ? root.values : null;
  if (list && (list.length === 0 || list.some((row) => isObj(row) && 'kpi' in row))) return 'kolada';
  return null;
}

export function parseValueFile(input: ParseValuesInput): ParsedValueFile {
  const { bytes, log } = input;
  const out = emptyReaderOutput();
  const reader = { log, measures: input.measures, schoolForm: input.schoolForm };
  if (bytes.length > input.maxBytes) log.add(null, sizeReason(bytes.length, input.maxBytes));
  else if (bytes.length === 0) log.add(null, 'filen är tom');
  else {
    const kind = fileKind(bytes, input.filename);
    if (kind === 'spreadsheet') {
      log.add(null, 'filen är en Excel-arbetsbok; spara bladet som CSV (semikolonseparerad) och läs in den filen');
    } else if (kind === 'csv') {
      readValueCsv(bytes, reader, out);
      return { format: 'csv', ...out };
    } else {
      const root = readJson(bytes, log);
      if (root === undefined) return { format: null, ...out };
      const format = jsonFormat(root);
      if (format === 'pxweb') readPxWeb(root as Record<string, unknown>, reader, out);
      else if (format === 'kolada') readKolada(root, reader, out);
      else {
        log.add(null, 'JSON-filen känns inte igen; väntade ett json-stat2-svar från Skolverkets statistikdatabas (PxWeb) med'
          + ' "id", "dimension" och "value", eller ett svar från Kolada med en lista "values"');
      }
      return { format, ...out };
    }
  }
  return { format: null, ...out };
}
