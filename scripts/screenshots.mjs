// Takes Chromium screenshots of app pages as a signed-in user, for looking at what we build.
// Usage: node scripts/screenshots.mjs --base http://127.0.0.1:4173 --user admin --out /tmp/shots /workflows /targets
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from './lib/chromiumArgs.mjs';
import { locateChromium } from './lib/findChromium.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [v] = args.splice(i, 2).slice(1);
  return v;
};
const base = opt('base', 'http://127.0.0.1:4173');
const user = opt('user', 'admin');
const out = opt('out', 'screenshots');
const width = Number(opt('width', '1440'));
const pages = args.length ? args : ['/'];

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: (await locateChromium()) ?? undefined,
  args: chromiumArgs,
});
const page = await browser.newPage({ viewport: { width, height: 900 } });
if (user !== 'none') {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(user);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
for (const p of pages) {
  await page.goto(base + p);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const file = path.join(out, `${user}${p.replace(/[^a-z0-9]+/gi, '_') || '_home'}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
