import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { readConfig } from './config.ts';
import { openSandboxDatabase } from './db/openSandbox.ts';
import { SessionStore } from './auth/sessions.ts';
import { createServerApi } from './serverApi.ts';
import { platformRoutes } from './http/platformRoutes.ts';
import { currentIndexHtml } from './http/currentIndexHtml.ts';
import { demoUsers } from './auth/users.ts';
import { listenFailureText } from './http/listenFailure.ts';
import { pathUnderBase } from './http/underBase.ts';
import { keepIdleConnections } from './http/keepIdleConnections.ts';
import { appBase } from '../scripts/vite/appBase.ts';

/** `npm start`: one server for the built app and the sandbox API (or a proxy to a real tenant). */
async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  const distDir = path.resolve(process.env.FLOWDESK_DIST ?? 'dist');
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    console.error(
      'No built app in dist/: run `npm run build` first (npm start does this for you).',
    );
    process.exit(1);
  }
  const { db, isNew } = await openSandboxDatabase(config.dbFile);
  const root = createServerApi(config, {
    db,
    sessions: new SessionStore(db),
    options: config.options,
  });
  root.use('/*', serveStatic({ root: path.relative(process.cwd(), distDir) }));
  const indexHtml = currentIndexHtml(path.join(distDir, 'index.html'));
  root.get('*', (c) => c.html(indexHtml()));

  // A build for a path (FLOWDESK_BASE, the same as at build time) is served under it, API included.
  const base = appBase(process.env.FLOWDESK_BASE);
  // The rest of the arguments (the Node connection) go along: the sandbox's `drop` fault cuts
  // the request's socket through them.
  const fetch: typeof root.fetch = (req, ...rest) => {
    const url = new URL(req.url);
    const inside = pathUnderBase(url.pathname, base);
    if (inside === null) return root.fetch(req, ...rest);
    url.pathname = inside;
    return root.fetch(new Request(url, req), ...rest);
  };

  const server = serve({ fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://${config.host}:${info.port}${base}`;
    console.log(`\nFlowdesk is running at ${url}`);
    console.log(`  database: ${config.dbFile}${isNew ? ' (created and seeded)' : ''}`);
    if (config.upstream) console.log(`  /api/v1 is proxied to ${config.upstream}`);
    if (config.platform)
      console.log(`  ${platformRoutes.join(', ')} are proxied to ${config.platform}`);
    // With --upstream, the demo users sign in to the sandbox platform only (if that is in use).
    if (!config.upstream || !config.platform) {
      const where = config.upstream ? " for the definitions page's sandbox platform only" : '';
      console.log(`  demo sign-ins${where} (password = user name):`);
      for (const u of demoUsers) console.log(`    ${u.userName.padEnd(8)} ${u.fullName}`);
    }
    console.log('Press Ctrl+C to stop.\n');
  });
  keepIdleConnections(server as unknown as http.Server);
  // Port taken, say: a sentence, not an unhandled 'error' event with Node's stack trace.
  server.once('error', (e) => {
    console.error(listenFailureText(e, config.host, config.port));
    db.close();
    process.exit(1);
  });

  const stop = () => {
    console.log('\nStopping Flowdesk…');
    server.close(() => {
      db.close();
      process.exit(0);
    });
    // Idle keep-alive connections would hold close() open; end them.
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
