import { z } from '../schemas/zod.ts';
import { ApiError } from './ApiError.ts';
import { parseErrorBody } from './errorBody.ts';
import { connectionHeaders } from '../session/connection.ts';
import { connectionStore } from '../session/connectionStore.ts';

export interface RequestOptions<S extends z.core.$ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Query-string arguments (ids, `$select`). */
  query?: Record<string, string | number | boolean | undefined | null>;
  /** JSON body. */
  body?: unknown;
  /** The schema the response must match; `null` for 204 / no body expected. */
  schema: S | null;
  signal?: AbortSignal;
  /** Extra headers (e.g. Akana's CSRF header). */
  headers?: Record<string, string>;
  /** Send SuperOffice auth headers (default true; Akana calls use cookies instead). */
  superOfficeAuth?: boolean;
}

type UnauthorizedHandler = (e: ApiError) => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The app shell registers what a 401 does (send the user to sign in and back). */
export function setUnauthorizedHandler(h: UnauthorizedHandler) {
  onUnauthorized = h;
}

export function buildUrl(path: string, query?: RequestOptions<z.core.$ZodType>['query']): string {
  const base = connectionStore.get()?.baseUrl.replace(/\/+$/, '') ?? '';
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null) qs.set(k, String(v));
  const s = qs.toString();
  return `${base}${path}${s ? `?${s}` : ''}`;
}

/**
 * The one HTTP client. Every response is parsed by its zod schema here, so nothing past the API
 * layer sees unparsed data; every failure becomes an ApiError.
 */
export async function request<S extends z.core.$ZodType>(
  path: string,
  opts: RequestOptions<S>,
): Promise<S extends z.core.$ZodType ? z.output<S> : never> {
  const method = opts.method ?? 'POST';
  const url = buildUrl(path, opts.query);
  const label = `${method} ${path}`;
  const conn = connectionStore.get();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(opts.superOfficeAuth === false || !conn ? {} : connectionHeaders(conn)),
    ...opts.headers,
  };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: 'include',
    });
  } catch (e) {
    if (opts.signal?.aborted)
      throw new ApiError({ kind: 'aborted', message: 'Cancelled', request: label });
    throw new ApiError({
      kind: 'network',
      message: e instanceof Error ? e.message : 'network error',
      request: label,
    });
  }

  const text = await res.text().catch(() => '');
  if (!res.ok) {
    const parsed = parseErrorBody(text);
    const err = new ApiError({
      kind: 'http',
      status: res.status,
      type: parsed.type,
      field: parsed.field,
      message: parsed.message ?? `${res.status} ${res.statusText || 'error'}`,
      request: label,
    });
    if (res.status === 401) onUnauthorized(err);
    throw err;
  }
  if (opts.schema === null) return undefined as never;

  let json: unknown;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    throw new ApiError({ kind: 'parse', message: 'the response is not JSON', request: label });
  }
  const result = z.safeParse(opts.schema, json);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'response';
    throw new ApiError({
      kind: 'parse',
      message: `${where}: ${first?.message ?? 'unexpected shape'}`,
      request: label,
      issues: result.error.issues,
    });
  }
  return result.data as never;
}

/** `POST /api/v1/Agents/{agent}/{method}`. */
export function callAgent<S extends z.core.$ZodType>(
  agent: 'Workflow' | 'Targets',
  method: string,
  opts: Omit<RequestOptions<S>, 'method'>,
) {
  return request(`/api/v1/Agents/${agent}/${method}`, { ...opts, method: 'POST' });
}
