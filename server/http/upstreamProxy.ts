import { cookieHeaderFor, type UpstreamKind } from './upstreamCookies.ts';
import type { Context } from 'hono';

/** Headers that belong to one hop and must not be forwarded. */
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'accept-encoding',
]);

/**
 * A cookie the remote host sets, made ours: without its Domain attribute the browser keeps it
 * for this origin, where the app sends it back (the platform's login and CSRF cookies).
 */
export const cookieForThisOrigin = (setCookie: string) =>
  setCookie
    .split(';')
    .filter((part) => !/^\s*domain\s*=/i.test(part))
    .join(';');

/**
 * Forwards a request to a real server (a SuperOffice tenant `https://HOST/CUSTID`, or an Akana
 * platform) under the same path, headers passing through and of the cookies only that server's
 * own, so the browser talks to one origin and never needs CORS.
 */
export function upstreamProxy(upstream: string, kind: UpstreamKind) {
  const base = upstream.replace(/\/+$/, '');
  return async (c: Context) => {
    const url = new URL(c.req.url);
    const target = base + url.pathname + url.search;
    const headers = new Headers();
    c.req.raw.headers.forEach((v, k) => {
      if (!hopByHop.has(k.toLowerCase()) && k.toLowerCase() !== 'cookie') headers.set(k, v);
    });
    const cookies = cookieHeaderFor(kind, c.req.header('Cookie') ?? '');
    if (cookies) headers.set('Cookie', cookies);
    const init: RequestInit & { duplex?: 'half' } = {
      method: c.req.method,
      headers,
      redirect: 'manual',
    };
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      init.body = await c.req.arrayBuffer();
    }
    try {
      const res = await fetch(target, init);
      const out = new Headers();
      res.headers.forEach((v, k) => {
        const name = k.toLowerCase();
        if (!hopByHop.has(name) && name !== 'content-encoding' && name !== 'set-cookie')
          out.set(k, v);
      });
      // Each cookie stays a header of its own: joined into one, the browser would keep only one.
      for (const cookie of res.headers.getSetCookie())
        out.append('Set-Cookie', cookieForThisOrigin(cookie));
      return new Response(await res.arrayBuffer(), { status: res.status, headers: out });
    } catch (e) {
      return c.json(
        {
          Error: true,
          ErrorType: 'UpstreamUnreachable',
          ErrorMessage: `Could not reach ${base}: ${e instanceof Error ? e.message : String(e)}`,
          ErrorSource: 'Flowdesk.Proxy',
        },
        502,
      );
    }
  };
}
