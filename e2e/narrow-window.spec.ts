import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * WCAG reflow: at 320 CSS px (1280 px at 400% zoom) nothing may need scrolling sideways. The
 * targets page has its own checks (targets-small-screen); these are the other pages.
 */
const width = 320;

/** How far the page reaches past the window's right edge, in px (0: it does not). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Each page with something that shows once its data is in (a skeleton is narrower). */
const pages: [string, (page: Page) => Locator][] = [
  ['/', (page) => page.getByRole('heading', { level: 1 })],
  ['/workflows', (page) => page.getByRole('table', { name: 'Email flows' })],
  ['/workflows/1', (page) => page.getByRole('list', { name: 'Main-line steps' })],
  ['/workflows/1/goals/1', (page) => page.getByRole('region', { name: /^Group 2/ })],
  ['/workflows/1/options/1', (page) => page.getByRole('textbox', { name: 'Name' })],
  ['/events', (page) => page.getByRole('heading', { level: 1 })],
  ['/definitions', (page) => page.getByRole('heading', { name: 'Workflow definitions' })],
  ['/settings', (page) => page.getByRole('region', { name: 'Language and region' })],
  ['/no-such-page', (page) => page.getByRole('heading', { name: 'Page not found' })],
];

test.describe(`at ${width} px wide`, () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
  });

  test('no page scrolls sideways', async ({ page }) => {
    await signIn(page, 'admin');
    for (const [path, shown] of pages) {
      await page.goto(path);
      await expect(shown(page)).toBeVisible();
      await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0);
      // The goal editor was 339 px wide (a nested condition's buttons), Settings 336 (its cards).
      expect(await sideways(page), path).toBeLessThanOrEqual(0);
    }
  });

  test('Settings’ cards fit the window, whole', async ({ page }) => {
    await signIn(page, 'admin', '/settings');
    // The cards kept 320 px each: 336 px with the page's padding, cut at the right.
    for (const name of ['Connection', 'Language and region']) {
      const box = (await page.getByRole('region', { name, exact: true }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(width);
    }
  });

  test('every condition of a goal keeps its controls and buttons inside its box', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const conditions = page.getByRole('group', { name: /^Condition \d+ of / });
    await expect(conditions.first()).toBeVisible();
    // An indented condition's Move up, Move down and Remove stuck out of its box, past the window.
    const outside = await conditions.evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        const edge = box.getBoundingClientRect().right;
        return [...box.querySelectorAll('button, [role="combobox"], input')]
          .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
          .map((el) => `${box.getAttribute('aria-label')}: ${el.getAttribute('aria-label')}`);
      }),
    );
    expect(outside).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('goal-320.png'), fullPage: true });
  });

  test('the sign-in form’s Culture shows a long culture whole, and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    const culture = page.getByRole('textbox', { name: 'Culture' });
    await culture.fill('zh-Hant-TW');
    // The box was 64 px wide and showed "nt-TW".
    expect(await culture.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath('sign-in-320.png'), fullPage: true });
  });

  test('a menu keeps a margin from the window’s edges', async ({ page }) => {
    await signIn(page, 'admin', '/targets');
    await page.getByRole('button', { name: 'Row actions' }).click();
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    // The menu ran to the last pixel of the window, as if cut off there.
    const box = await menu.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(8);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width - 8);
    await page.keyboard.press('Escape');
  });
});

test.describe('at 390 px wide (a phone held upright)', () => {
  test('each condition’s drag handle sits level with its first line of fields', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const conditions = page.getByRole('group', { name: /^Condition \d+ of / });
    await expect(conditions.first()).toBeVisible();
    // The handle was centred on the whole condition, halfway down a row of five lines of fields,
    // where it belonged to none of them.
    expect(await conditions.count()).toBeGreaterThan(2);
    const apart = await conditions.evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        const handle = box.querySelector('[data-condition-handle]')!.getBoundingClientRect();
        const field = box.querySelector('[role="combobox"]')!.getBoundingClientRect();
        const offset = Math.round(handle.top + handle.height / 2 - (field.top + field.height / 2));
        return Math.abs(offset) > 2 ? [`${box.getAttribute('aria-label')}: ${offset} px`] : [];
      }),
    );
    expect(apart).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('goal-390.png'), fullPage: true });
  });
});
