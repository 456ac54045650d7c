import type { Hono } from 'hono';
import { SoError, errorBody } from './errors.ts';

/** What a sandbox-only endpoint stands in for or acts on: the tenant's API or the Akana platform. */
type StandIn = 'tenant' | 'platform';

/**
 * The sandbox's own endpoints, and what each is about. Once that is a real server (`--upstream`,
 * `--platform`), the endpoint would mislead: a sandbox ticket sent to a tenant, a fault armed that
 * never fires, a target group the app never reads. It then answers 404, as a real server does
 * (the sign-in page then says the server issues no tickets or tokens).
 */
const sandboxOnlyRoutes: readonly { path: string; about: readonly StandIn[] }[] = [
  // Tickets, tokens and sessions for the sandbox's demo users; logout clears XSRF-TOKEN.
  { path: '/api/sandbox/login', about: ['tenant'] },
  { path: '/api/sandbox/logout', about: ['tenant'] },
  // Data and rights of the sandbox's targets.
  { path: '/api/sandbox/targets/*', about: ['tenant'] },
  // Faults hit /api/v1 and /api/workflow: half-working in front of either real server.
  { path: '/api/sandbox/faults', about: ['tenant', 'platform'] },
  { path: '/api/sandbox/faults/*', about: ['tenant', 'platform'] },
  // Rights and names rewritten in the sandbox tenant's answers.
  { path: '/api/sandbox/rewrites', about: ['tenant'] },
  // The sandbox platform's upload delay and size limit.
  { path: '/api/sandbox/settings', about: ['platform'] },
];

/** Answers 404 to the sandbox-only endpoints about a stand-in that a real server replaces. */
export function closeSandboxOnlyRoutes(root: Hono, real: Record<StandIn, string | null>): void {
  for (const route of sandboxOnlyRoutes) {
    const replacedBy = route.about.map((standIn) => real[standIn]).find((url) => url !== null);
    if (!replacedBy) continue;
    root.all(route.path, (c) =>
      c.json(
        errorBody(
          new SoError(
            404,
            'SoNotFoundException',
            `No endpoint ${c.req.method} ${c.req.path}: it is the sandbox's own, and this ` +
              `server passes requests on to ${replacedBy} instead of the sandbox.`,
          ),
        ),
        404,
      ),
    );
  }
}
