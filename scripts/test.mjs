// `npm test`: typecheck, lint, unit tests, then the Playwright suite against a sandbox on a fresh
// database. Ends with one plain line, `tests: N passed, N failed`, read from the runners' JSON.
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './lib/findChromium.mjs';
import { run } from './lib/run.mjs';

const reports = path.resolve('.test-reports');
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

const step = (name) => console.log(`\n── ${name} ${'─'.repeat(Math.max(0, 60 - name.length))}`);
const failures = [];

step('typecheck');
if ((await run('npx', ['tsc', '--noEmit', '-p', '.'])) !== 0) failures.push('typecheck');

step('lint');
if ((await run('npx', ['eslint', '.'])) !== 0) failures.push('eslint');
if ((await run('npx', ['prettier', '--check', '.', '--log-level', 'warn'])) !== 0)
  failures.push('prettier');

step('unit tests');
const unitJson = path.join(reports, 'unit.json');
const unitCode = await run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${unitJson}`,
]);
if (unitCode !== 0) failures.push('unit tests');

step('end-to-end tests (Chromium, real sandbox, fresh database)');
const chromium = await ensureChromium();
console.log(`Chromium: ${chromium}`);
const e2eJson = path.join(reports, 'e2e.json');
const e2eCode = await run('npx', ['playwright', 'test', '--reporter=list,json'], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
});
if (e2eCode !== 0) failures.push('e2e tests');

let passed = 0;
let failed = 0;
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numTodoTests ?? 0);
} else failures.push('unit report missing');
const e2e = readJson(e2eJson);
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
  if ((e2e.stats.skipped ?? 0) > 0) failures.push(`${e2e.stats.skipped} e2e tests skipped`);
} else failures.push('e2e report missing');
if (passed === 0) failures.push('no test ran');

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
