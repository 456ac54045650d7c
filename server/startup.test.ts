import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Runs `server/main.ts` as `npm start` does, until it exits; its exit code and output. */
function runMain(env: NodeJS.ProcessEnv, args: string[] = []) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('server/main.ts'), ...args],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

let dir: string;
let taken: net.Server;
let takenPort: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-startup-'));
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>t</title>');
  taken = net.createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  takenPort = (taken.address() as net.AddressInfo).port;
});
afterAll(() => {
  taken.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('on a port already in use, says so and how to choose another, without a stack trace', async () => {
    const { code, output } = await runMain({
      PORT: String(takenPort),
      HOST: '127.0.0.1',
      FLOWDESK_DB: path.join(dir, 'a.sqlite'),
      FLOWDESK_DIST: path.join(dir, 'dist'),
    });
    expect(code).toBe(1);
    expect(output).toContain(
      `Port ${takenPort} is already in use on 127.0.0.1 (another Flowdesk, perhaps). Stop that ` +
        `server, or choose another port: PORT=${takenPort + 1} npm start`,
    );
    expect(output).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  }, 30_000);

  it('with a URL but no --upstream before it, stops instead of serving the sandbox', async () => {
    const { code, output } = await runMain(
      {
        PORT: '0',
        FLOWDESK_DB: path.join(dir, 'b.sqlite'),
        FLOWDESK_DIST: path.join(dir, 'dist'),
      },
      ['https://online.superoffice.com/Cust1'],
    );
    expect(code).toBe(1);
    expect(output).toContain('npm start -- --upstream https://online.superoffice.com/Cust1');
    expect(output).not.toContain('Flowdesk is running');
  }, 30_000);
});
