import type { Server } from 'node:http';

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) races clients that keep
 * connections without a timeout of their own (Playwright's request context): a request sent on an
 * idle connection just as the server closes it fails with ECONNRESET (it failed an e2e clean-up
 * after a 5-second test). A minute, as load balancers commonly use, is longer than any pause
 * between a client's calls here; browsers close their idle connections sooner anyway.
 */
export const IDLE_CONNECTION_MS = 65_000;

/** Keeps idle keep-alive connections open for IDLE_CONNECTION_MS. */
export function keepIdleConnections(server: Pick<Server, 'keepAliveTimeout' | 'headersTimeout'>) {
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  // Node requires the headers timeout to outlast the keep-alive one (else it cuts idle sockets).
  server.headersTimeout = Math.max(server.headersTimeout, IDLE_CONNECTION_MS + 1_000);
}
