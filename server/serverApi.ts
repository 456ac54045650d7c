import { Hono } from 'hono';
import type { Services } from './http/env.ts';
import { createApp } from './app.ts';
import { upstreamProxy } from './http/upstreamProxy.ts';
import { platformRoutes } from './http/platformRoutes.ts';
import { closeSandboxOnlyRoutes } from './http/sandboxOnlyRoutes.ts';

/** Where the server sends what it does not answer itself (null: the sandbox answers). */
export interface Proxies {
  /** A SuperOffice tenant that `/api/v1` goes to (`--upstream`). */
  upstream: string | null;
  /** An Akana API platform that the definitions page's paths go to (`--platform`). */
  platform: string | null;
}

/**
 * The API `npm start` and `npm run dev` serve: the sandbox, with /api/v1 proxied to a tenant
 * and the platform's paths to an Akana platform where those are given. The sandbox's own
 * endpoints about a server so replaced answer 404, as that server would.
 */
export function createServerApi(proxies: Proxies, services: Services): Hono {
  const root = new Hono();
  if (proxies.upstream) root.all('/api/v1/*', upstreamProxy(proxies.upstream, 'tenant'));
  if (proxies.platform) {
    const platform = upstreamProxy(proxies.platform, 'platform');
    for (const route of platformRoutes) root.all(route, platform);
  }
  closeSandboxOnlyRoutes(root, { tenant: proxies.upstream, platform: proxies.platform });
  root.route('/', createApp(services));
  return root;
}
