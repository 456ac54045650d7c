import fs from 'node:fs';
import { execSync } from 'node:child_process';

/** Where a Chromium for the e2e suite is: CHROMIUM_PATH, the system's, or Playwright's own. */
export async function locateChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH))
    return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (fs.existsSync(p)) return p;
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    if (p && fs.existsSync(p)) return p;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

function tryRun(cmd) {
  try {
    execSync(cmd, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium, installing one if there is none (Debian as root: apt-get; otherwise
 * Playwright's installer). Returns its path, or exits with instructions: the e2e suite is
 * never skipped silently.
 */
export async function ensureChromium() {
  let found = await locateChromium();
  if (found) return found;
  console.log('No Chromium found: trying to install one…');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    tryRun('apt-get update -qq && apt-get install -y -qq chromium');
    found = await locateChromium();
    if (found) return found;
  }
  tryRun('npx playwright install chromium');
  found = await locateChromium();
  if (found) return found;
  console.error(
    '\nThe end-to-end tests need Chromium and none could be found or installed.\n' +
      'Provide one and run again:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  - any system:    npx playwright install chromium\n' +
      '  - or point CHROMIUM_PATH at a Chromium/Chrome binary.\n',
  );
  process.exit(1);
}
