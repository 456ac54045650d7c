import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from '../schemas/zod.ts';
import { ApiError } from '../http/ApiError.ts';
import { akanaRequest, readResponse } from './akanaTransport.ts';
import { deleteResultSchema, workflowDefinitionSchema } from './schemas.ts';
import { sampleResponse2 } from './fixtures/seedPageSamples.ts';

const fail = (status: number, text: string) => {
  try {
    readResponse(status, '', text, workflowDefinitionSchema, 'POST /api/workflow/definitions');
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a failure');
};

describe('readResponse', () => {
  it('parses a 200 definition and the text true of DELETE', () => {
    expect(readResponse(200, 'OK', sampleResponse2, workflowDefinitionSchema, 'x').Name).toBe(
      'Model Workflow v3',
    );
    expect(readResponse(200, 'OK', 'true', deleteResultSchema, 'x')).toBe(true);
  });

  it('turns 401, 406 and 500 into ApiErrors with the server message', () => {
    const e401 = fail(401, '{"code":401,"message":"Login required"}');
    expect(e401).toBeInstanceOf(ApiError);
    expect(e401.isUnauthorized).toBe(true);
    expect(fail(406, '{"code":406,"message":"Not Acceptable: use application/json"}').message).toBe(
      'Not Acceptable: use application/json',
    );
    const e500 = fail(500, '<html><body>Internal failure</body></html>');
    expect(e500.status).toBe(500);
    expect(e500.message).toBe('Internal failure');
  });

  // A 406 is refused before anything is done (seed page: "an incorrect media type for the Accept
  // header"); the platform's own words are not written for users, and trying again cannot help.
  it('says what a 406 means for the user: nothing done, and trying again will not help', () => {
    const e = fail(406, '{"code":406,"message":"Not Acceptable: use application/json"}');
    expect(e.userMessage).toBe(
      'The server would not answer in the format Flowdesk asked for (406 Not Acceptable), so nothing was done. Trying again will not help: tell your administrator.',
    );
  });

  it('keeps the field the server named', () => {
    expect(
      fail(400, '{"code":400,"message":"The Name key is required","field":"Name"}').field,
    ).toBe('Name');
  });

  it('reports a body of the wrong shape as a parse error', () => {
    const e = fail(200, '{"Name": 3}');
    expect(e.kind).toBe('parse');
  });
});

/** How the next call is answered (200 with `[]` unless a test says otherwise). */
let answer: (xhr: RecordingXhr) => void = () => {};

/** Records the headers a call sets, and answers 200 with `[]`. */
class RecordingXhr {
  static last: RecordingXhr | null = null;
  headers: Record<string, string> = {};
  status = 200;
  statusText = 'OK';
  responseText = '[]';
  responseHeaders: Record<string, string> = {};
  upload = {};
  withCredentials = false;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    RecordingXhr.last = this;
  }
  open() {}
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }
  send() {
    answer(this);
    queueMicrotask(() => this.onload?.());
  }
  abort() {}
}

describe('akanaRequest headers', () => {
  const realXhr = globalThis.XMLHttpRequest;
  beforeEach(() => {
    globalThis.XMLHttpRequest = RecordingXhr as unknown as typeof XMLHttpRequest;
    document.cookie = 'X-Csrf-Token_flowdesk=TokenID%3Dabc%2CexpirationTime%3D99; path=/';
  });
  afterEach(() => {
    answer = () => {};
    globalThis.XMLHttpRequest = realXhr;
    document.cookie = 'X-Csrf-Token_flowdesk=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  // A platform with "CSRF Support for Read Requests" on answers a GET without it with 401.
  it('sends the CSRF header on a read as well as on a write', async () => {
    await akanaRequest({ method: 'GET', path: '/api/workflow/definitions', schema: z.unknown() });
    expect(RecordingXhr.last?.headers).toMatchObject({
      'X-Csrf-Token_flowdesk': 'TokenID%3Dabc%2CexpirationTime%3D99',
    });
  });

  // As the SuperOffice client does (api/http/retryAfter): the wait is honoured and said.
  it('reads the wait a 429 or 503 asks for (Retry-After) into the error', async () => {
    answer = (xhr) => {
      xhr.status = 429;
      xhr.statusText = 'Too Many Requests';
      xhr.responseText = '{"code":429,"message":"Rate limit exceeded"}';
      xhr.responseHeaders = { 'retry-after': '30' };
    };
    const busy = await akanaRequest({
      method: 'GET',
      path: '/api/workflow/definitions',
      schema: z.unknown(),
    }).catch((e: unknown) => e as ApiError);
    expect(busy).toMatchObject({ status: 429, retryAfterMs: 30_000 });
    expect((busy as ApiError).userMessage).toBe(
      'The server is busy (429 Too Many Requests) and did nothing. Try again in 30 seconds.',
    );
    // Only a 429 or 503 asks for a wait.
    answer = (xhr) => {
      xhr.status = 500;
      xhr.responseText = '{"code":500,"message":"Failed"}';
      xhr.responseHeaders = { 'retry-after': '30' };
    };
    const failed = await akanaRequest({
      method: 'GET',
      path: '/api/workflow/definitions',
      schema: z.unknown(),
    }).catch((e: unknown) => e as ApiError);
    expect(failed).toMatchObject({ status: 500, retryAfterMs: undefined });
  });
});
