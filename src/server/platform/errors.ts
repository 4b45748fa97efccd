/**
 * Typed domain errors. Domain code throws these and never HTTP errors; the HTTP layer maps each code
 * to its status through one table (src/shared/errors.ts). The Swedish message is for the user,
 * the English one for the log.
 */
import type { ErrorCode, ErrorDetail } from '../../shared/errors.ts';

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: ErrorCode, userMessage: string, logMessage: string, details?: ErrorDetail[]) {
    super(logMessage);
    this.name = 'DomainError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = details;
  }
}

export const notFound = (what: string): DomainError =>
  new DomainError('not_found', `${what} finns inte eller så saknar du behörighet.`, `${what} not found`);

export const versionConflict = (what: string): DomainError =>
  new DomainError(
    'version_conflict',
    `${what} har ändrats av någon annan sedan du öppnade den. Ladda om sidan och gör din ändring igen.`,
    `${what}: stale version`,
  );

export const forbidden = (): DomainError =>
  new DomainError('forbidden', 'Du har inte behörighet att göra detta.', 'forbidden');

export const validation = (details: ErrorDetail[]): DomainError =>
  new DomainError('validation', 'Uppgifterna är inte giltiga: ' + details.map((d) => `${d.path}: ${d.message}`).join('; '), 'validation failed', details);
