/** Reading the one file of an import upload (multipart field `file`), with clear Swedish refusals. */
import type { FastifyRequest } from 'fastify';
import { formatMegabytes } from '../../../shared/format.ts';
import { DomainError } from '../errors.ts';

/** `nothingDone` ends the too-large message: what did not happen because of it. */
export async function readUpload(request: FastifyRequest, maxBytes: number, nothingDone = 'Inget har importerats.'): Promise<{ bytes: Uint8Array; filename: string }> {
  if (!request.isMultipart()) {
    throw new DomainError('unsupported_media_type', 'Skicka filen som multipart/form-data i fältet "file".', 'not multipart');
  }
  const file = await request.file({ limits: { fileSize: maxBytes } });
  if (!file) throw new DomainError('validation', 'Ingen fil skickades. Välj en fil i fältet "file".', 'no file', [{ path: 'file', field: 'file', message: 'saknas' }]);
  const bytes = new Uint8Array(await file.toBuffer());
  if (file.file.truncated) {
    throw new DomainError('payload_too_large', `Filen "${file.filename}" är större än största tillåtna storlek ${formatMegabytes(maxBytes)}. ${nothingDone}`, 'import too large');
  }
  return { bytes, filename: file.filename };
}
