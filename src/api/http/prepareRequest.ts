import type { Connection } from '../session/connection.ts';
import { connectionHeaders } from '../session/connectionHeaders.ts';
import { requestCredentials } from './requestCredentials.ts';
import { apiRoot } from './appPath.ts';

export type QueryArgs = Record<string, string | number | boolean | undefined | null>;

export interface RequestDescription {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Query-string arguments (ids, `$select`). */
  query?: QueryArgs;
  /** JSON body. */
  body?: unknown;
  /** Extra headers (e.g. Akana's CSRF header). */
  headers?: Record<string, string>;
  /** Send SuperOffice auth headers (default true; Akana calls use cookies instead). */
  superOfficeAuth?: boolean;
  /**
   * Send the browser session's cookies to another origin whatever the connection signs with:
   * ending a browser session once the connection is already forgotten.
   */
  sessionCookies?: boolean;
}

/** What `fetch` gets for a call: the same inputs always give the same URL, headers and body. */
export interface PreparedRequest {
  url: string;
  init: {
    method: string;
    headers: Record<string, string>;
    body: string | undefined;
    credentials: RequestCredentials;
  };
}

export function requestUrl(baseUrl: string, path: string, query?: QueryArgs): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && v !== null) qs.set(k, String(v));
  const s = qs.toString();
  return `${apiRoot(baseUrl, import.meta.env.BASE_URL)}${path}${s ? `?${s}` : ''}`;
}

/** `POST /api/v1/Agents/{agent}/{method}`. */
export const agentPath = (agent: 'Workflow' | 'Targets', method: string) =>
  `/api/v1/Agents/${agent}/${method}`;

/**
 * The request for a call on a connection. No zod and no app state here: the start script
 * inlined in index.html prepares its early requests with this too, so the app can recognise
 * them (see earlyRequests.ts).
 */
export function prepareRequest(
  conn: Connection | null,
  path: string,
  opts: RequestDescription,
): PreparedRequest {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(opts.superOfficeAuth === false || !conn ? {} : connectionHeaders(conn)),
    ...opts.headers,
  };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    url: requestUrl(conn?.baseUrl ?? '', path, opts.query),
    init: {
      method: opts.method ?? 'POST',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: opts.sessionCookies ? 'include' : requestCredentials(conn?.scheme),
    },
  };
}
