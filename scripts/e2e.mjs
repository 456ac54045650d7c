// `npm run test:e2e`: only the Playwright suite (finds or installs Chromium first).
import { ensureChromium } from './lib/findChromium.mjs';
import { run } from './lib/run.mjs';

const chromium = await ensureChromium();
process.exit(
  await run('npx', ['playwright', 'test', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium }),
);
