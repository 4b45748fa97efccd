/** Which reader a file needs: binary signatures first (they cannot be text), then the extension, then a look at the text. */
import type { ImportFormat } from './types.ts';
import { isCompoundFile } from './zip-guard.ts';

const EXTENSIONS: Record<string, ImportFormat> = {
  csv: 'csv', txt: 'csv',
  xlsx: 'xlsx', xlsm: 'xlsx', xls: 'xlsx',
  json: 'register-v2',
};

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function detectFormat(bytes: Uint8Array, filename: string): ImportFormat {
  if (isZip(bytes) || isCompoundFile(bytes)) return 'xlsx';
  const extension = /\.([a-z0-9]+)$/i.exec(filename.trim())?.[1]?.toLowerCase();
  const byName = extension === undefined ? undefined : EXTENSIONS[extension];
  if (byName !== undefined) return byName;
  // Only the start is needed: JSON documents open with { or [ after optional BOM and whitespace.
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'register-v2' : 'csv';
}
