/**
 * Reads a ZIP file's central directory without inflating anything, so that an .xlsx that would
 * expand to gigabytes (a "zip bomb") is refused before exceljs loads it all into memory.
 */
const EOCD_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export type ZipInspection =
  | { kind: 'zip'; entries: number; uncompressedBytes: number }
  | { kind: 'not-zip' }
  | { kind: 'zip64' };

export function inspectZip(bytes: Uint8Array): ZipInspection {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  let eocd = -1;
  for (let i = bytes.length - EOCD_SIZE; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: 'not-zip' };
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return { kind: 'zip64' };

  let offset = directoryOffset;
  let uncompressedBytes = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== ENTRY_SIGNATURE) return { kind: 'not-zip' };
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return { kind: 'zip64' };
    uncompressedBytes += size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { kind: 'zip', entries, uncompressedBytes };
}

/** Old binary Office files (.xls) and password-protected workbooks are OLE compound files. */
export const isCompoundFile = (bytes: Uint8Array): boolean =>
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
