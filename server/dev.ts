import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createServer as createVite } from 'vite';
import { readConfig } from './config.ts';
import { openSandboxDatabase } from './db/openSandbox.ts';
import { SessionStore } from './auth/sessions.ts';
import { createServerApi } from './serverApi.ts';
import { listenFailureText } from './http/listenFailure.ts';
import { keepIdleConnections } from './http/keepIdleConnections.ts';
import { pathUnderBase } from './http/underBase.ts';
import { appBase } from '../scripts/vite/appBase.ts';

/** `npm run dev`: Vite with hot reload and the sandbox API in one process, on one port. */
async function main() {
  const config = readConfig(process.argv.slice(2), process.env);
  const { db } = await openSandboxDatabase(config.dbFile);
  const root = createServerApi(config, {
    db,
    sessions: new SessionStore(db),
    options: config.options,
  });
  const api = getRequestListener(root.fetch);
  const vite = await createVite({ server: { middlewareMode: true }, appType: 'spa' });
  // Under FLOWDESK_BASE the app calls the API under it too (Vite serves the pages there itself).
  const base = appBase(process.env.FLOWDESK_BASE);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://flowdesk.invalid');
    const inside = pathUnderBase(url.pathname, base) ?? url.pathname;
    if (inside.startsWith('/api/')) {
      req.url = inside + url.search;
      void api(req, res);
    } else vite.middlewares(req, res);
  });
  keepIdleConnections(server);
  server.once('error', (e) => {
    console.error(listenFailureText(e, config.host, config.port, 'npm run dev'));
    void vite.close();
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    console.log(
      `Flowdesk (dev) at http://${config.host}:${config.port}${base}  database: ${config.dbFile}`,
    );
  });
  process.on('SIGINT', () => {
    void vite.close();
    server.close(() => process.exit(0));
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
