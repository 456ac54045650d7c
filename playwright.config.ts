import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './scripts/lib/chromiumArgs.mjs';

/**
 * E2E: the built app and the real sandbox on a fresh SQLite file per run.
 * E2E_PORT lets several runs share a machine; CHROMIUM_PATH (or /usr/bin/chromium) picks the
 * browser, falling back to Playwright's own.
 */
const port = Number(process.env.E2E_PORT ?? 4310);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `flowdesk-e2e-${port}-`));
const dist = path.join('.e2e-dist', String(port));
const chromium =
  process.env.CHROMIUM_PATH ??
  (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  // One output folder per port, so runs on different ports never delete each other's traces.
  outputDir: path.join('test-results', String(port)),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromium,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx vite build --outDir ${dist} --emptyOutDir && npx tsx server/main.ts`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      FLOWDESK_DB: path.join(runDir, 'flowdesk.sqlite'),
      FLOWDESK_DIST: dist,
      FLOWDESK_UPLOAD_DELAY_MS: process.env.FLOWDESK_UPLOAD_DELAY_MS ?? '0',
    },
  },
});
