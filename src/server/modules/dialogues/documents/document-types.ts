/**
 * Which documents a case accepts, judged by the content (file-type reads the magic bytes; a renamed
 * program is not a PDF because its name ends in .pdf) and by the name agreeing with it.
 */
import { fileTypeFromBuffer } from 'file-type';

export interface AllowedType { mime: string; extensions: string[]; label: string }

export const ALLOWED_DOCUMENT_TYPES: AllowedType[] = [
  { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word (.docx)' },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel (.xlsx)' },
  { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'], label: 'PowerPoint (.pptx)' },
  { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'OpenDocument-text (.odt)' },
  { mime: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], label: 'OpenDocument-kalkyl (.ods)' },
  { mime: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'], label: 'OpenDocument-presentation (.odp)' },
  { mime: 'image/png', extensions: ['png'], label: 'PNG-bild' },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG-bild' },
  { mime: 'text/plain', extensions: ['txt'], label: 'Textfil (.txt)' },
];

export const ALLOWED_LIST = ALLOWED_DOCUMENT_TYPES.map((t) => t.label).join(', ');

const extensionOf = (filename: string) => /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';

function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Control characters other than tab, line feed and carriage return mean it is not a text file.
  return bytes.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

/** The accepted type, or a Swedish sentence saying why the file is refused. */
export async function documentType(bytes: Uint8Array, filename: string): Promise<{ type: AllowedType } | { problem: string }> {
  const extension = extensionOf(filename);
  const detected = await fileTypeFromBuffer(bytes);
  const type = detected
    ? ALLOWED_DOCUMENT_TYPES.find((t) => t.mime === detected.mime)
    : extension === 'txt' && isUtf8Text(bytes) ? ALLOWED_DOCUMENT_TYPES.find((t) => t.mime === 'text/plain') : undefined;
  if (!type) {
    const what = detected ? `är av typen ${detected.ext}` : 'har ett innehåll som inte går att känna igen';
    return { problem: `Filen "${filename}" ${what}, som inte kan bifogas. Tillåtna filtyper: ${ALLOWED_LIST}.` };
  }
  if (!type.extensions.includes(extension)) {
    return { problem: `Filen "${filename}" är en ${type.label} men namnet slutar inte på .${type.extensions[0]}. Byt namn på filen och försök igen.` };
  }
  return { type };
}
