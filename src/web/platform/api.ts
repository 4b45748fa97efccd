/**
 * The one way the web client talks to the API: same-origin cookies, the CSRF token on every write,
 * JSON in and out, and every failure turned into an ApiError that carries the server's Swedish
 * message and details. A 401 anywhere tells the auth context that the session is gone.
 */
import type { ApiErrorBody, ErrorDetail } from '../../shared/errors.ts';

/** Codes of failures that happen before the server could answer with its own error body. */
export type ClientErrorCode = 'network' | 'unexpected_response';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: readonly ErrorDetail[];
  /** The parsed body, for the few answers (an import's 422) whose body is a result, not an error. */
  readonly body: unknown;

  constructor(status: number, code: string, message: string, details: readonly ErrorDetail[] = [], body?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.body = body;
  }
}

/** Every message of the error about one field (named by any of `paths`), joined; undefined when there is none. */
export function fieldError(error: ApiError | undefined, ...paths: string[]): string | undefined {
  const found = error?.details.filter((d) => paths.includes(d.path) || (d.field !== undefined && paths.includes(d.field))).map((d) => d.message) ?? [];
  return found.length > 0 ? found.join(' ') : undefined;
}

/** What was caught, as an ApiError: a failed request is one already; anything else becomes "unexpected". */
export const asApiError = (caught: unknown): ApiError => (caught instanceof ApiError ? caught : new ApiError(0, 'unexpected_response', String(caught)));

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data; the browser sets the boundary. */
  form?: FormData;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  const error = (value as { error?: unknown } | null)?.error as { code?: unknown; message?: unknown } | undefined;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends a request and returns the parsed body with the response headers (for ETag). */
export async function apiResponse<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.');
  }

  const parsed = await readJson(response);
  if (!response.ok) {
    // A refused signed link (header x-link-token) says nothing about the session.
    if (response.status === 401 && !path.startsWith('/api/auth/') && !options.headers?.['x-link-token']) onUnauthenticated();
    if (isErrorBody(parsed)) {
      throw new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.details ?? [], parsed);
    }
    throw new ApiError(response.status, 'unexpected_response', `Servern svarade oväntat (status ${response.status}).`, [], parsed);
  }
  return { data: parsed as T, headers: response.headers, status: response.status };
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiResponse<T>(path, options)).data;
}

/** Builds a query string, repeating a key for each value of an array and leaving out empty values. */
export function queryString(params: Record<string, string | number | readonly string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
