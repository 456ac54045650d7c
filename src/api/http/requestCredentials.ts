import type { AuthScheme } from '../session/connection.ts';

/**
 * Whether a call sends the browser's cookies to an API on another origin. Only the browser session
 * signs with cookies (the session and its XSRF-TOKEN); Basic, SoTicket and Bearer sign with the
 * Authorization header, and a server that allows any origin (`Access-Control-Allow-Origin: *`)
 * refuses every call that asks for cookies, so theirs ask for none. On Flowdesk's own origin (the
 * sandbox, the `--upstream` proxy) cookies go either way. Akana calls send theirs themselves
 * (akanaTransport: the platform signs in with cookies).
 */
export function requestCredentials(scheme: AuthScheme | undefined): RequestCredentials {
  return scheme === 'session' ? 'include' : 'same-origin';
}
