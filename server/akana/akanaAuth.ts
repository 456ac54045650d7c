import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/env.ts';
import { checkPassword, findDemoUser, type DemoUser } from '../auth/users.ts';
import type { Session } from '../auth/sessions.ts';
import { AkanaError } from './akanaErrors.ts';
import {
  AKANA_SESSION_MS,
  authCookieName,
  csrfCookieName,
  csrfHeaderName,
  csrfValue,
  parseCsrfValue,
  setCookieHeader,
} from './cookies.ts';

const fm = (c: Context<AppEnv>) => c.get('services').options.fedMemberId;

/**
 * `POST /api/login {"email","password"}` as the platform's own: sets the login cookie
 * `AtmoAuthToken_{fm}` (httpOnly, `TokenID=…`) and the CSRF cookie `X-Csrf-Token_{fm}`
 * (readable by scripts, URL-encoded `TokenID=…,expirationTime=…`). `POST /api/logout` ends it
 * (with the CSRF header, as any write).
 */
export function mountAkanaLogin(app: Hono<AppEnv>): void {
  app.post('/api/login', async (c) => {
    let body: { email?: unknown; password?: unknown };
    try {
      body = await c.req.json();
    } catch {
      throw new AkanaError(400, 'Send {"email", "password"} as JSON');
    }
    const user =
      typeof body.email === 'string' && typeof body.password === 'string'
        ? checkPassword(body.email, body.password)
        : undefined;
    if (!user) throw new AkanaError(401, 'Unknown e-mail address or wrong password');
    const session = c.get('services').sessions.issue('akana', user.userName);
    const expires = Date.now() + AKANA_SESSION_MS;
    const maxAgeSeconds = AKANA_SESSION_MS / 1000;
    c.header(
      'Set-Cookie',
      setCookieHeader(authCookieName(fm(c)), session.token, { httpOnly: true, maxAgeSeconds }),
      { append: true },
    );
    c.header(
      'Set-Cookie',
      setCookieHeader(csrfCookieName(fm(c)), encodeURIComponent(csrfValue(session.xsrf, expires)), {
        httpOnly: false,
        maxAgeSeconds,
      }),
      { append: true },
    );
    return c.json({
      userName: user.userName,
      fullName: user.fullName,
      fedMemberId: fm(c),
      canEditDefinitions: user.capabilities.has('definitions.edit'),
    });
  });

  // A write: with a live session it needs the CSRF header, as the platform's default is (§10.2).
  app.post('/api/logout', (c) => {
    const token = getCookie(c, authCookieName(fm(c)));
    const session = token ? c.get('services').sessions.find(token, 'akana') : undefined;
    if (token && session) {
      requireCsrf(c, session);
      c.get('services').sessions.revoke(token);
    }
    for (const [name, httpOnly] of [
      [authCookieName(fm(c)), true],
      [csrfCookieName(fm(c)), false],
    ] as const)
      c.header('Set-Cookie', setCookieHeader(name, '', { httpOnly, maxAgeSeconds: 0 }), {
        append: true,
      });
    return c.json(true);
  });
}

/** The signed-in platform user and their session, or 401 when the login cookie is missing or unknown. */
export function requireAkanaUser(c: Context<AppEnv>): { user: DemoUser; session: Session } {
  const token = getCookie(c, authCookieName(fm(c)));
  const session = token ? c.get('services').sessions.find(token, 'akana') : undefined;
  const user = session && findDemoUser(session.userName);
  if (!session || !user)
    throw new AkanaError(401, 'Login required: the login cookie is missing or has expired');
  return { user, session };
}

/**
 * Reads need the CSRF header only when the site setting "CSRF Support for Read Requests" is on
 * (contract §10.2; the sandbox's `readRequestCsrf`).
 */
export function requireReadCsrf(c: Context<AppEnv>, session: Session): void {
  if (c.get('services').options.readRequestCsrf) requireCsrf(c, session);
}

/** Writes need `X-Csrf-Token_{fm}` equal to the CSRF cookie and issued with this sign-in (401 otherwise). */
export function requireCsrf(c: Context<AppEnv>, session: Session): void {
  const name = csrfHeaderName(fm(c));
  const header = c.req.header(name);
  if (!header) throw new AkanaError(401, `The ${name} header is missing`);
  const fromHeader = parseCsrfValue(header);
  const cookie = getCookie(c, csrfCookieName(fm(c)));
  const fromCookie = cookie === undefined ? undefined : parseCsrfValue(cookie);
  if (
    !fromHeader ||
    !fromCookie ||
    fromHeader.tokenId !== fromCookie.tokenId ||
    fromHeader.expires !== fromCookie.expires ||
    fromHeader.tokenId !== session.xsrf
  )
    throw new AkanaError(401, `The ${name} header is invalid`);
  if (fromHeader.expires < Date.now()) throw new AkanaError(401, `The ${name} header has expired`);
}
