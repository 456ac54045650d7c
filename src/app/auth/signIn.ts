import type { Connection } from '../../api/session/connection.ts';
import { connectionStore } from '../../api/session/connectionStore.ts';
import { normalizeBaseUrl } from '../../api/session/normalizeBaseUrl.ts';
import { keepDisplayPreferences } from '../storage/displayPreferences.ts';
import {
  fetchCurrentPrincipal,
  principalName,
  sandboxLogin,
  sandboxLogout,
} from '../../api/session/principal.ts';
import { ApiError } from '../../api/http/ApiError.ts';
import { noteSessionRenewed } from './sessionRenewals.ts';
import { refusedCredentialsText } from './refusedCredentialsText.ts';

/** A server without the sandbox's sign-in was asked to issue a ticket, token or session. */
export class NotIssuedError extends Error {}

const notIssuedText = {
  soticket: 'This server does not issue tickets to Flowdesk: enter your ticket.',
  bearer: 'This server does not issue access tokens to Flowdesk: enter your access token.',
  session:
    'This server does not start browser sessions for Flowdesk. Sign in to SuperOffice in this browser first, then leave the user name and password empty to use that session.',
} as const;

/** The sandbox's sign-in, or a NotIssuedError where there is none (a tenant: 404 or 405). */
async function issued(conn: Connection) {
  try {
    return await sandboxLogin(conn.userName, conn.password);
  } catch (e) {
    const missing = e instanceof ApiError && e.kind === 'http' && [404, 405].includes(e.status);
    if (missing && conn.scheme !== 'basic') throw new NotIssuedError(notIssuedText[conn.scheme]);
    throw e;
  }
}

/**
 * Signs in with the chosen scheme and checks the credentials against the server before
 * keeping them. Basic uses user + password as they are; SoTicket and Bearer use the ticket or
 * token given, or (against the sandbox, when none is given) one issued for user + password.
 * The browser session uses the session the browser already has with the server (its
 * XSRF-TOKEN cookie is sent back as X-XSRF-TOKEN); with a user name and password, the sandbox
 * starts one first, setting those cookies.
 */
export async function signIn(
  draft: Connection,
  /** The connection to go back to when signing in fails (none: signed out). */
  fallback: Connection | null = null,
  /** Signing in again as the same user (the session expired): what a refusal can be about. */
  renewal?: { credentialGiven: boolean },
): Promise<Connection> {
  let conn: Connection = { ...draft, baseUrl: normalizeBaseUrl(draft.baseUrl) };
  const existingSession = conn.scheme === 'session' && !conn.userName && !conn.password;
  const needsIssued =
    (conn.scheme === 'session' && !existingSession) ||
    (conn.scheme === 'soticket' && !conn.ticket) ||
    (conn.scheme === 'bearer' && !conn.token);
  // The connection must be in place for the client to build URLs and headers.
  connectionStore.set({ ...conn, rememberInTab: false });
  try {
    if (needsIssued) {
      const given = await issued(conn);
      if (conn.scheme === 'soticket') conn = { ...conn, ticket: given.Ticket };
      if (conn.scheme === 'bearer') conn = { ...conn, token: given.AccessToken };
      connectionStore.set({ ...conn, rememberInTab: false });
    }
    const principal = await fetchCurrentPrincipal();
    conn = { ...conn, displayName: principalName(principal) || conn.userName };
    connectionStore.set(conn);
    // The next sign-in form (a new tab, or after signing out) starts from these.
    keepDisplayPreferences(conn.baseUrl, conn);
    return conn;
  } catch (e) {
    connectionStore.set(fallback);
    if (e instanceof ApiError && e.status === 401) {
      throw new ApiError({
        kind: 'http',
        status: 401,
        type: e.type,
        request: e.request,
        message: existingSession
          ? 'This browser has no session with the server. Sign in to SuperOffice in this browser first, or enter a user name and password.'
          : refusedCredentialsText(conn.scheme, renewal),
      });
    }
    throw e;
  }
}

/**
 * Renews an expired session for the same user and connection. Basic and the browser session use
 * the password; SoTicket and Bearer use a new ticket or token when one is given, else one issued
 * for the password (the sandbox issues them; a real tenant's come from its own sign-in). On
 * failure the previous connection stays, so the page behind keeps its state. On success, banners
 * that asked to sign in again can say that the session is back (sessionRenewals).
 */
export async function renewSession(
  previous: Connection,
  password: string,
  /** A new ticket (SoTicket) or access token (Bearer); '' to have one issued. */
  credential = '',
): Promise<Connection> {
  const hasCredentialField = previous.scheme === 'soticket' || previous.scheme === 'bearer';
  const renewed = await signIn(
    {
      ...previous,
      password,
      ticket: previous.scheme === 'soticket' ? credential.trim() : previous.ticket,
      token: previous.scheme === 'bearer' ? credential.trim() : previous.token,
    },
    previous,
    { credentialGiven: hasCredentialField && credential.trim() !== '' },
  );
  noteSessionRenewed();
  return renewed;
}

/**
 * Forgets the credentials (memory and sessionStorage) and ends the browser session. The kept
 * language, culture and time zone stay (displayPreferences): they are no credentials.
 */
export async function signOut(): Promise<void> {
  const scheme = connectionStore.get()?.scheme;
  connectionStore.set(null);
  // The connection is gone by now: the browser session's cookies are asked for by name.
  if (scheme === 'session') await sandboxLogout(true);
  else void sandboxLogout();
}
