import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/env.ts';
import { badRequest, unauthorized } from '../http/errors.ts';
import { checkPassword } from './users.ts';
import { SESSION_COOKIE, XSRF_COOKIE } from './authenticate.ts';

/**
 * The sandbox's stand-in for SuperOffice's login page: checks a demo sign-in and hands out
 * every kind of credential the app can use (ticket, bearer token, browser session + XSRF cookie).
 */
export function mountSandboxAuth(app: Hono<AppEnv>): void {
  app.post('/api/sandbox/login', async (c) => {
    let body: { UserName?: unknown; Password?: unknown };
    try {
      body = await c.req.json();
    } catch {
      throw badRequest('Send {"UserName", "Password"} as JSON');
    }
    const user =
      typeof body.UserName === 'string' && typeof body.Password === 'string'
        ? checkPassword(body.UserName, body.Password)
        : undefined;
    if (!user) throw unauthorized('Unknown user name or wrong password');
    const { sessions } = c.get('services');
    const ticket = sessions.issue('ticket', user.userName);
    const bearer = sessions.issue('bearer', user.userName);
    const cookie = sessions.issue('cookie', user.userName);
    setCookie(c, SESSION_COOKIE, cookie.token, { path: '/', httpOnly: true, sameSite: 'Strict' });
    setCookie(c, XSRF_COOKIE, cookie.xsrf, { path: '/', sameSite: 'Strict' });
    return c.json({
      UserName: user.userName,
      FullName: user.fullName,
      Ticket: ticket.token,
      AccessToken: bearer.token,
    });
  });

  app.post('/api/sandbox/logout', (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) c.get('services').sessions.revoke(token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    deleteCookie(c, XSRF_COOKIE, { path: '/' });
    return c.json(true);
  });
}
