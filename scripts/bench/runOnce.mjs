/* global window, document */
import zlib from 'node:zlib';
import { armPaintTimer, interactiveProbe, pasteBlock, startFrames, stopFrames } from './probes.mjs';
import { frameStats, median, quantile } from './stats.mjs';

const SPEEDS = [6000, 24000];

function seedConnection([key, value]) {
  sessionStorage.setItem(key, value);
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / (1024 * 1024);
}

/** Scrolls the grid from top to bottom with Chromium's synthetic gesture; frame stats. */
async function scrollRun(page, cdp, speed) {
  const grid = page.getByRole('grid');
  const box = await grid.boundingBox();
  const distance = await grid.evaluate((el) => {
    el.scrollTop = 0;
    return el.scrollHeight - el.clientHeight;
  });
  await page.waitForTimeout(300);
  await page.evaluate(startFrames);
  await cdp.send('Input.synthesizeScrollGesture', {
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + box.height / 2),
    yDistance: -distance,
    speed,
    gestureSourceType: 'mouse',
    preventFling: true,
  });
  const intervals = await page.evaluate(stopFrames);
  const reached = await grid.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight));
  // The first interval spans the gesture's start-up; drop it.
  return { ...frameStats(intervals.slice(1)), reached };
}

/** 20 typed values committed with Enter: ms from the Enter keydown to the next painted frame. */
async function keystrokeRun(page, seed) {
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  const times = [];
  for (let i = 0; times.length < 20 && i < 60; i++) {
    const readOnly = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-readonly') === 'true',
    );
    if (readOnly) {
      await page.keyboard.press('ArrowDown');
      continue;
    }
    await page.keyboard.type(String(seed * 1000 + 100 + i));
    await page.evaluate(armPaintTimer);
    await page.keyboard.press('Enter');
    times.push(await page.evaluate(() => window.__tgPaint));
  }
  return { median: median(times), p95: quantile(times, 0.95), n: times.length };
}

/** One measured visit in a fresh browser context. */
export async function runOnce(browser, { baseUrl, path, connection, seed }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(seedConnection, ['flowdesk.connection', JSON.stringify(connection)]);
  await context.addInitScript(interactiveProbe);
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.push(
        r
          .body()
          .then((b) => [r.url(), b])
          .catch(() => [r.url(), Buffer.alloc(0)]),
      );
  });
  try {
    await page.goto(baseUrl + path);
    await page.waitForFunction(() => window.__tgInteractive !== undefined, null, {
      timeout: 60_000,
    });
    const interactiveMs = await page.evaluate(() => window.__tgInteractive);
    // Where the time to interactive goes: the group's request, and when the app's JS arrived.
    const phases = await page.evaluate(() => {
      const res = performance.getEntriesByType('resource');
      const group = res.find((e) => e.name.includes('GetTargetGroupForYear'));
      const js = res.filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
      return {
        groupRequestStart: group?.startTime ?? NaN,
        groupResponseEnd: group?.responseEnd ?? NaN,
        lastJsEnd: Math.max(...js.map((e) => e.responseEnd)),
      };
    });
    const first = page.locator('[role="gridcell"][data-r="0"][data-c="0"]');
    await first.click();
    const focused = await first.evaluate((el) => document.activeElement === el);
    if (!focused) throw new Error('a click did not focus the first cell');

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // The JS the page requested before it was interactive; code it fetches afterwards, when
    // idle (menus, dialogs), is reported separately below.
    const gzipKb = (bodies) =>
      bodies.reduce((s, [, b]) => s + zlib.gzipSync(b, { level: 9 }).length, 0) / 1024;
    const requestedBefore = new Set(
      await page.evaluate(
        (t) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime <= t && /\.m?js(\?|$)/.test(e.name))
            .map((e) => e.name),
        interactiveMs,
      ),
    );
    // Scripts inlined in index.html (the start script) count too.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
    );
    const bodies = (await Promise.all(scripts))
      .filter(([url]) => requestedBefore.has(url))
      .concat(inline.map((code, i) => [`inline script ${i + 1}`, Buffer.from(code)]));
    const jsGzipKb = gzipKb(bodies);
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const heapMbLoaded = await heapMb(cdp);

    const scroll = {};
    for (const speed of SPEEDS) scroll[`at${speed}`] = await scrollRun(page, cdp, speed);
    const domElementsAfterScroll = await page.evaluate(
      () => document.getElementsByTagName('*').length,
    );

    await page.getByRole('grid').evaluate((el) => (el.scrollTop = 0));
    await first.click();
    const keystroke = await keystrokeRun(page, seed);

    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    const pasteMs = await page.evaluate(pasteBlock, [1000, 12, seed]);
    const notice = await page
      .getByText(/Pasted 1000 × 12|Paste refused/)
      .first()
      .textContent();
    if (!/Pasted 1000 × 12/.test(notice ?? '')) throw new Error(`paste did not apply: ${notice}`);

    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(
      () => performance.getEntriesByName('targets:save-payload').length > 0,
      null,
      { timeout: 30_000 },
    );
    const savePayloadMs = await page.evaluate(
      () => performance.getEntriesByName('targets:save-payload').at(-1).duration,
    );
    await page
      .getByRole('button', { name: 'Save' })
      .and(page.locator(':disabled'))
      .waitFor({ timeout: 60_000 });
    const heapMbAfterEdits = await heapMb(cdp);
    const allBodies = (await Promise.all(scripts)).concat(
      bodies.filter(([u]) => u.startsWith('inline')),
    );

    return {
      interactiveMs,
      phases,
      scroll,
      keystroke,
      pasteMs,
      savePayloadMs,
      heapMb: heapMbLoaded,
      heapMbAfterEdits,
      domElements,
      domElementsAfterScroll,
      jsGzipKb,
      jsFiles: bodies.length,
      jsGzipKbWithIdlePreloads: gzipKb(allBodies),
      jsFilesWithIdlePreloads: allBodies.length,
    };
  } finally {
    await context.close();
  }
}
