/**
 * One mapping from errors to answers. Users get a Swedish message that names the problem and where it
 * is; logs get the English message. Stack traces and SQL never reach a response.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode, type ErrorDetail } from '../../../shared/errors.ts';
import { DomainError } from '../errors.ts';

const PLACE: Record<string, string> = {
  body: 'i innehållet',
  querystring: 'i frågeparametrarna',
  params: 'i adressen',
  headers: 'i rubrikerna',
};

function body(code: ErrorCode, message: string, details?: ErrorDetail[]): ApiErrorBody {
  return { error: details?.length ? { code, message, details } : { code, message } };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      const status = ERROR_STATUS[error.code];
      request.log.info({ code: error.code, err: error.message }, 'request refused');
      return reply.status(status).send(body(error.code, error.userMessage, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = PLACE[error.validationContext ?? 'body'] ?? '';
      const details: ErrorDetail[] = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(hela)';
        return { path, field: path, message: v.message ?? 'ogiltigt värde' };
      });
      const list = details.map((d) => `${d.path}: ${d.message}`).join('; ');
      return reply.status(400).send(body('validation', `Ogiltiga uppgifter ${where}: ${list}`, details));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response failed its schema');
      return reply.status(500).send(body('internal', 'Ett internt fel inträffade. Försök igen eller kontakta supporten.'));
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
      return reply.status(413).send(body('payload_too_large', 'Filen eller innehållet är för stort.'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
      return reply.status(415).send(body('unsupported_media_type', 'Innehållstypen stöds inte.'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send(body('validation', 'Innehållet är inte giltig JSON.'));
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return reply.status(403).send(body('forbidden', 'Säkerhetstoken (CSRF) saknas eller är ogiltig. Ladda om sidan och försök igen.'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('rate_limited', 'För många försök. Vänta en stund och försök igen.'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return reply.status(400).send(body('validation', 'Begäran kunde inte tolkas.'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Ett internt fel inträffade. Försök igen eller kontakta supporten.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('not_found', `Adressen ${request.method} ${request.url.split('?')[0]} finns inte.`));
  });
}
