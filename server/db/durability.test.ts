import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SandboxDatabase } from './database.ts';

/** Starts a process that commits writes in a loop, kills it with SIGKILL mid-stream, returns the file. */
async function killMidWrite(delayMs: number): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-kill-')), 'db.sqlite');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('server/testing/writeLoop.ts'), file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((r) => setTimeout(r, delayMs));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return file;
}

describe('durability', () => {
  it('leaves the last committed state readable when killed at any moment', async () => {
    const committed: number[] = [];
    for (const delay of [37, 151, 400]) {
      const file = await killMidWrite(delay);
      const { db } = await SandboxDatabase.open(file);
      expect(Object.values(db.get('PRAGMA integrity_check')!)[0]).toBe('ok');
      const n = db.get<{ n: number }>('SELECT n FROM counter')!.n;
      committed.push(n);
      const logged = db.get<{ c: number; m: number }>(
        'SELECT COUNT(*) AS c, MAX(n) AS m FROM log',
      )!;
      // Each transaction wrote the counter and one log row together: a file never holds half of one.
      expect(logged.c).toBe(n);
      expect(logged.m ?? 0).toBe(n);
      db.close();
    }
    // The loop really was writing when it was killed (a slow machine may manage none in 37 ms).
    expect(Math.max(...committed)).toBeGreaterThan(0);
  }, 30_000);
});
