import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Builds the app into .bench-dist (production build, as users get it). */
export function buildApp(outDir) {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

async function waitFor(url, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not start: ${url}`);
}

/**
 * Starts the sandbox on a temporary database with the large targets group (the sandbox-only
 * endpoint creates it), returns { baseUrl, stop }.
 */
export async function startSandbox({ port, distDir, year, assignments }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-bench-'));
  const child = spawn('npx', ['tsx', 'server/main.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      FLOWDESK_DB: path.join(dir, 'bench.sqlite'),
      FLOWDESK_DIST: distDir,
    },
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${baseUrl}/api/health`);
    const auth = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
    const res = await fetch(`${baseUrl}/api/sandbox/targets/large-group`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: auth },
      body: JSON.stringify({ Year: year, Assignments: assignments }),
    });
    if (!res.ok) throw new Error(`large-group: ${res.status} ${await res.text()}`);
  } catch (e) {
    stop();
    throw e;
  }
  return { baseUrl, stop };
}
