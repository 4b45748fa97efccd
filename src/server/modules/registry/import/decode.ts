/**
 * Text files arrive as UTF-8 (with or without BOM), as Windows-1252 from older Excel "CSV" exports,
 * or as UTF-16 from Excel's "Unicode text". Invalid UTF-8 is the tell for Windows-1252: Swedish
 * å/ä/ö in Windows-1252 are single bytes ≥ 0x80 that never form valid UTF-8 sequences in practice.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const utf8 = decodeUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: iconv.decode(body, 'win1252'), encoding: 'windows-1252' };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
