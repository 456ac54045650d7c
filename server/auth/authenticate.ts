import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/env.ts';
import { unauthorized } from '../http/errors.ts';
import { checkPassword, findDemoUser, type DemoUser } from './users.ts';
import type { SessionStore } from './sessions.ts';

export const SESSION_COOKIE = 'SO_SESSION';
export const XSRF_COOKIE = 'XSRF-TOKEN';

/**
 * SuperOffice authentication (contract §1.2): Basic, SOTICKET or Bearer in Authorization;
 * without it, the browser-session cookie plus an X-XSRF-TOKEN header equal to the XSRF cookie.
 */
export function resolveSuperOfficeUser(
  sessions: SessionStore,
  authorization: string | undefined,
  cookies: Record<string, string>,
  xsrfHeader: string | undefined,
): DemoUser | undefined {
  if (authorization) {
    const [scheme, ...rest] = authorization.trim().split(/\s+/);
    const value = rest.join(' ');
    switch (scheme?.toLowerCase()) {
      case 'basic': {
        let decoded: string;
        try {
          decoded = Buffer.from(value, 'base64').toString('utf8');
        } catch {
          return undefined;
        }
        const i = decoded.indexOf(':');
        return i < 0 ? undefined : checkPassword(decoded.slice(0, i), decoded.slice(i + 1));
      }
      case 'soticket': {
        const s = sessions.find(value, 'ticket');
        return s && findDemoUser(s.userName);
      }
      case 'bearer': {
        const s = sessions.find(value, 'bearer');
        return s && findDemoUser(s.userName);
      }
      default:
        return undefined;
    }
  }
  const token = cookies[SESSION_COOKIE];
  const s = token ? sessions.find(token, 'cookie') : undefined;
  if (!s || !xsrfHeader || xsrfHeader !== s.xsrf || cookies[XSRF_COOKIE] !== s.xsrf)
    return undefined;
  return findDemoUser(s.userName);
}

export const requireSuperOfficeUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { sessions } = c.get('services');
  const user = resolveSuperOfficeUser(
    sessions,
    c.req.header('Authorization'),
    getCookie(c),
    c.req.header('X-XSRF-TOKEN'),
  );
  if (!user)
    throw unauthorized(
      'Not signed in: send Authorization, or X-XSRF-TOKEN with the session cookie',
    );
  c.set('user', user);
  const lang = c.req.header('SO-Language') || c.req.header('Accept-Language') || null;
  c.set(
    'language',
    lang && lang !== '*' ? lang.split(',')[0].trim().toLowerCase() : lang === '*' ? 'en' : null,
  );
  await next();
};
