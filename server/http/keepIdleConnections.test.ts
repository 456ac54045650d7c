import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { IDLE_CONNECTION_MS, keepIdleConnections } from './keepIdleConnections.ts';

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  server = undefined;
});

describe('keepIdleConnections', () => {
  it('keeps an idle connection open past Node’s 5 s default, and headers outlast it', () => {
    server = http.createServer();
    keepIdleConnections(server);
    expect(server.keepAliveTimeout).toBe(IDLE_CONNECTION_MS);
    expect(IDLE_CONNECTION_MS).toBeGreaterThan(5_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('a connection idle for 6 s still carries the next request', async () => {
    server = http.createServer((_req, res) => res.end('ok'));
    keepIdleConnections(server);
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const { port } = server.address() as net.AddressInfo;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ body: string; socket: unknown }>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ body, socket: req.socket }));
        });
        req.on('error', reject);
      });
    const first = await get();
    await new Promise((r) => setTimeout(r, 6_000));
    const second = await get();
    agent.destroy();
    expect(second.body).toBe('ok');
    // The same connection: the server had not closed it.
    expect(second.socket).toBe(first.socket);
  }, 15_000);
});
