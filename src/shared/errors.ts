/** The closed set of error codes the API answers with, and the HTTP status of each. */
export const ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  link_expired: 410,
  version_conflict: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  import_invalid: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A problem with one place in the input: a field of a body, or a line and column of a file. */
export interface ErrorDetail {
  /** Where: a JSON path such as `name`, or `rad 12` for a file. */
  path: string;
  line?: number;
  field?: string;
  /** Swedish, for the user. */
  message: string;
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
}
