/** Optimistic versioning over HTTP: the client sends the version it edits as `If-Match: "<n>"`. */
import { DomainError } from '../errors.ts';

export function ifMatchVersion(header: string | undefined): number {
  if (!header) {
    throw new DomainError('precondition_required', 'Ändringen saknar versionsuppgift (If-Match). Ladda om sidan och försök igen.', 'If-Match missing');
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new DomainError('validation', `Versionsuppgiften "${header}" i If-Match är ogiltig.`, 'bad If-Match');
  return Number(match[1]);
}
