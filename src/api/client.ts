import type { z } from 'zod';
import { ConflictBodySchema, ErrorBodySchema, etagOf } from './contract.ts';
import { ApiError, ConflictError } from './errors.ts';

/** A request that has had no answer for this long is given up (and may be retried). */
export const REQUEST_TIMEOUT_MS = 20_000;

/**
 * Where the API lives: `VITE_API_BASE_URL` for a real backend, else this page's origin (served by
 * the embedded backend), else — in node tests — a fixed origin the test server listens on.
 */
export function apiBaseUrl(): string {
  const configured = (import.meta.env as Record<string, string | undefined> | undefined)?.VITE_API_BASE_URL;
  if (configured) return configured.replace(/\/+$/, '');
  if (typeof location !== 'undefined' && location.origin && location.origin !== 'null')
    return location.origin;
  return 'http://localhost';
}

export interface ApiRequest<T> {
  path: string;
  schema: z.ZodType<T>;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, string | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | null;
  headers: Headers;
}

function urlOf(path: string, query: Record<string, string | undefined> = {}): string {
  const url = new URL(`${apiBaseUrl()}${path}`);
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') url.searchParams.set(key, value);
  return url.toString();
}

/** fetch, with a timeout, and every failure turned into an ApiError (status 0 when nothing came back). */
async function send(request: Omit<ApiRequest<unknown>, 'schema'>): Promise<Response> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(urlOf(request.path, request.query), {
      method: request.method ?? 'GET',
      headers,
      signal,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
    });
  } catch (error) {
    // The caller cancelled (react-query does when a query is no longer wanted): not a failure to report.
    if (request.signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError(0, 'timeout', 'The server did not answer in time.');
    throw new ApiError(0, 'network', `The server could not be reached (${String(error)}).`);
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(
      response.status,
      'bad-response',
      `The server sent something that is not JSON (${String(error)}).`,
    );
  }
}

function errorFrom(response: Response, body: unknown): ApiError {
  if (response.status === 409) {
    const conflict = ConflictBodySchema.safeParse(body);
    if (conflict.success) {
      const etag = response.headers.get('ETag') ?? etagOf(conflict.data.current.revision);
      return new ConflictError(conflict.data.message, { ...conflict.data.current, etag });
    }
  }
  const known = ErrorBodySchema.safeParse(body);
  if (known.success) {
    const { code, message, problems, lints } = known.data;
    return new ApiError(response.status, code, message, {
      ...(problems ? { problems } : {}),
      ...(lints ? { lints } : {}),
    });
  }
  const code = response.status >= 500 ? 'server-error' : 'bad-request';
  return new ApiError(
    response.status,
    code,
    `The server answered ${response.status} ${response.statusText}.`,
  );
}

/** One call of the HTTP contract: the answer validated against its schema, or an ApiError. */
export async function apiFetch<T>(request: ApiRequest<T>): Promise<ApiResponse<T>> {
  const response = await send(request);
  const body = await readJson(response);
  if (!response.ok) throw errorFrom(response, body);
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` at ${first.path.join('.') || '(body)'}: ${first.message}` : '';
    throw new ApiError(
      response.status,
      'bad-response',
      `The server's answer does not match the contract${where}.`,
    );
  }
  return {
    data: parsed.data,
    status: response.status,
    etag: response.headers.get('ETag'),
    headers: response.headers,
  };
}

/** For downloads (a published version): the body as text, exactly as sent. */
export async function apiFetchText(
  request: Omit<ApiRequest<unknown>, 'schema'>,
): Promise<{ text: string; headers: Headers }> {
  const response = await send(request);
  if (!response.ok) throw errorFrom(response, await readJson(response));
  return { text: await response.text(), headers: response.headers };
}
