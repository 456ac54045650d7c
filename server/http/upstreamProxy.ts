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
 * Forwards `/api/v1/...` to a real tenant (`https://HOST/CUSTID`), headers passing through,
 * so the browser talks to one origin and never needs CORS.
 */
export function upstreamProxy(upstream: string) {
  const base = upstream.replace(/\/+$/, '');
  return async (c: Context) => {
    const url = new URL(c.req.url);
    const target = base + url.pathname + url.search;
    const headers = new Headers();
    c.req.raw.headers.forEach((v, k) => {
      if (!hopByHop.has(k.toLowerCase())) headers.set(k, v);
    });
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
        if (!hopByHop.has(k.toLowerCase()) && k.toLowerCase() !== 'content-encoding') out.set(k, v);
      });
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
