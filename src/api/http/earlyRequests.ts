import type { PreparedRequest } from './prepareRequest.ts';

/** The parts of a fetch Response the client reads. */
export interface ReceivedResponse {
  ok: boolean;
  status: number;
  statusText: string;
  /** Read for Retry-After (a 429 or 503). */
  headers: Pick<Headers, 'get'>;
  text(): Promise<string>;
}

interface EarlyRequest {
  key: string;
  response: Promise<ReceivedResponse>;
}

declare global {
  interface Window {
    /** Requests the start script in index.html sent before the app's code had loaded. */
    __flowdeskEarlyRequests?: EarlyRequest[];
  }
}

/** Two requests are the same call when method, URL, headers and body all match. */
const keyOf = ({ url, init }: PreparedRequest) =>
  JSON.stringify([init.method, url, init.headers, init.body ?? null]);

/**
 * Sends a request from the start script inlined in index.html, while the app's code is still
 * loading (a large page's data then arrives together with the code instead of after it), and
 * reads its body as it comes in. The app's client takes it over with takeEarlyResponse.
 */
export function sendEarly(prepared: PreparedRequest): void {
  const response = fetch(prepared.url, prepared.init).then((res): ReceivedResponse => {
    const body = res.text();
    body.catch(() => {}); // the client sees the failure when it reads the body
    return {
      ok: res.ok,
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
      text: () => body,
    };
  });
  response.catch(() => {}); // likewise: a failure is the client's to report
  (window.__flowdeskEarlyRequests ??= []).push({ key: keyOf(prepared), response });
}

/** The early response for exactly this request (once), or undefined. */
export function takeEarlyResponse(
  prepared: PreparedRequest,
): Promise<ReceivedResponse> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__flowdeskEarlyRequests;
  if (!early?.length) return undefined;
  const key = keyOf(prepared);
  const i = early.findIndex((e) => e.key === key);
  return i < 0 ? undefined : early.splice(i, 1)[0].response;
}

/** Drops early responses the app did not ask for (another user's, say), and their bodies. */
export function discardEarlyRequests(): void {
  if (typeof window !== 'undefined') delete window.__flowdeskEarlyRequests;
}
