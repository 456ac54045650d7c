import { z } from '../schemas/zod.ts';
import { ApiError } from './ApiError.ts';
import { parseErrorBody } from './errorBody.ts';
import { parseRetryAfter } from './retryAfter.ts';
import { connectionStore } from '../session/connectionStore.ts';
import { takeEarlyResponse, type ReceivedResponse } from './earlyRequests.ts';
import {
  agentPath,
  prepareRequest,
  requestUrl,
  type QueryArgs,
  type RequestDescription,
} from './prepareRequest.ts';

export interface RequestOptions<S extends z.core.$ZodType> extends RequestDescription {
  /** The schema the response must match; `null` for 204 / no body expected. */
  schema: S | null;
  signal?: AbortSignal;
}

type UnauthorizedHandler = (e: ApiError) => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The app shell registers what a 401 does (send the user to sign in and back). */
export function setUnauthorizedHandler(h: UnauthorizedHandler) {
  onUnauthorized = h;
}

/** The URL of a call on the current connection. */
export function buildUrl(path: string, query?: QueryArgs): string {
  return requestUrl(connectionStore.get()?.baseUrl ?? '', path, query);
}

/**
 * The one HTTP client. Every response is parsed by its zod schema here, so nothing past the API
 * layer sees unparsed data; every failure becomes an ApiError.
 */
export async function request<S extends z.core.$ZodType>(
  path: string,
  opts: RequestOptions<S>,
): Promise<S extends z.core.$ZodType ? z.output<S> : never> {
  const prepared = prepareRequest(connectionStore.get(), path, opts);
  const label = `${prepared.init.method} ${path}`;

  let res: ReceivedResponse;
  try {
    res = await (takeEarlyResponse(prepared) ??
      fetch(prepared.url, { ...prepared.init, signal: opts.signal }));
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
    const answeredAt = Date.now();
    // A server on another origin must expose the header (Access-Control-Expose-Headers) for it to be read.
    const retryAfterMs = [429, 503].includes(res.status)
      ? parseRetryAfter(res.headers.get('Retry-After'), answeredAt)
      : undefined;
    const err = new ApiError({
      retryAfterMs,
      answeredAt,
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
  return request(agentPath(agent, method), { ...opts, method: 'POST' });
}
