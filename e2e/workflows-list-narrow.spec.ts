import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

// At 390 px the flows table is wider than the window: its last columns are reached by scrolling
// sideways, which the table must show and let a keyboard user do.
test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px the flows table says it scrolls sideways, and scrolls from the keyboard', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows');
  const area = page.getByRole('region', { name: 'Email flows table' });
  await expect(area.getByRole('table', { name: 'Email flows' })).toBeVisible();
  const widths = await area.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(widths[0]).toBeGreaterThan(widths[1]);
  // The cue: a shadow on the edge with more table beyond it.
  expect(await area.evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/gradient/);

  await page.getByRole('searchbox', { name: 'Search flows' }).focus();
  await page.keyboard.press('Tab'); // the table's scroll area comes before the first flow's link
  await expect(area).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => area.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
