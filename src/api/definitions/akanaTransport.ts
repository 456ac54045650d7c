import { z } from '../schemas/zod.ts';
import { ApiError } from '../http/ApiError.ts';
import { parseErrorBody } from '../http/errorBody.ts';
import { parseRetryAfter } from '../http/retryAfter.ts';
import { buildUrl } from '../http/client.ts';
import { csrfHeaderFromCookies, documentCookies } from './csrf.ts';
import { readPlatformSessionRecord } from './platformSessionRecord.ts';

export interface AkanaRequestOptions<S extends z.core.$ZodType> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | null | undefined>;
  /** FormData is sent as multipart/form-data; anything else as JSON. */
  body?: FormData | Record<string, unknown>;
  schema: S;
  /**
   * The Accept header: JSON unless the call's documented answer is something else (DELETE answers
   * text/plain); the platform refuses an Accept it cannot serve (404 or 406) without doing anything.
   */
  accept?: string;
  signal?: AbortSignal;
  /** Bytes of the request body sent so far (uploads). */
  onUploadProgress?: (loaded: number, total: number) => void;
}

/**
 * Calls the Akana API platform. Akana signs in with cookies and CSRF headers rather than
 * SuperOffice's Authorization, its 401 means "platform session lost" (the definitions page signs
 * in again and retries, instead of the app's SuperOffice sign-in), and uploads need progress
 * events, which fetch lacks; so Akana calls go through XMLHttpRequest here. Failures are ApiError.
 */
export function akanaRequest<S extends z.core.$ZodType>(
  opts: AkanaRequestOptions<S>,
): Promise<z.output<S>> {
  const label = `${opts.method} ${opts.path}`;
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted)
      return reject(new ApiError({ kind: 'aborted', message: 'Cancelled', request: label }));
    const xhr = new XMLHttpRequest();
    xhr.open(opts.method, buildUrl(opts.path, opts.query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', opts.accept ?? 'application/json');
    // Every call, reads too: a platform with "CSRF Support for Read Requests" on refuses a GET
    // without it (401), and one with it off ignores it (contract §10.2). From the signed-in
    // fedmember's cookie, not a stale one of another platform (csrf.ts).
    const csrf = csrfHeaderFromCookies(documentCookies(), readPlatformSessionRecord()?.fedMemberId);
    for (const [k, v] of Object.entries(csrf)) xhr.setRequestHeader(k, v);
    let body: XMLHttpRequestBodyInit | null = null;
    if (opts.body instanceof FormData) body = opts.body;
    else if (opts.body !== undefined) {
      xhr.setRequestHeader('Content-Type', 'application/json');
      body = JSON.stringify(opts.body);
    }
    const onAbort = () => xhr.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => opts.signal?.removeEventListener('abort', onAbort);
    if (opts.onUploadProgress) {
      const report = opts.onUploadProgress;
      xhr.upload.onprogress = (e) => report(e.loaded, e.lengthComputable ? e.total : 0);
    }
    xhr.onabort = () => {
      done();
      reject(new ApiError({ kind: 'aborted', message: 'Cancelled', request: label }));
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError({ kind: 'network', message: 'the connection failed', request: label }));
    };
    xhr.onload = () => {
      done();
      try {
        resolve(
          readResponse(xhr.status, xhr.statusText, xhr.responseText, opts.schema, label, (name) =>
            xhr.getResponseHeader(name),
          ),
        );
      } catch (e) {
        reject(e);
      }
    };
    xhr.send(body);
  });
}

/**
 * Turns a finished response into parsed data or an ApiError (exported for tests). A 429 or 503
 * keeps the wait its Retry-After asks for, as the SuperOffice client does: a read waits it out
 * when short (app/readRetry), and the message says when to try again.
 */
export function readResponse<S extends z.core.$ZodType>(
  status: number,
  statusText: string,
  text: string,
  schema: S,
  label: string,
  /** A response header by name (read only when needed). */
  header: (name: string) => string | null = () => null,
): z.output<S> {
  if (status < 200 || status >= 300) {
    const parsed = parseErrorBody(text);
    const answeredAt = Date.now();
    throw new ApiError({
      retryAfterMs:
        status === 429 || status === 503
          ? parseRetryAfter(header('Retry-After'), answeredAt)
          : undefined,
      answeredAt,
      kind: 'http',
      status,
      type: parsed.type,
      field: parsed.field,
      message: parsed.message ?? `${status} ${statusText || 'error'}`,
      request: label,
    });
  }
  let json: unknown;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = text; // DELETE answers the plain text `true`.
  }
  const result = z.safeParse(schema, json);
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
  return result.data;
}
