import { expect, test, type Locator } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const { grid, cell } = targetsGrid(new Date().getFullYear());

/** The focus ring the grid draws on its active cell (a 2px inset box shadow), if drawn. */
const ring = (target: Locator) =>
  target.evaluate((el) => /\b2px inset\b|inset .*\b2px\b/.test(getComputedStyle(el).boxShadow));

test('the active cell shows the focus ring only while the grid has the focus', async ({ page }) => {
  await signIn(page, 'planner', '/targets');
  const january = cell(page, 'Chloe Martin', 0);
  await january.click();
  await expect(january).toBeFocused();
  expect(await ring(january)).toBe(true);

  await page.keyboard.press('Home');
  const name = grid(page).getByRole('rowheader', { name: /^Chloe Martin/ });
  await expect(name).toBeFocused();
  expect(await ring(name)).toBe(true);
  await grid(page).screenshot({ path: test.info().outputPath('grid-focused.png') });

  // Shift+Tab on the row name leaves the grid for the toolbar: the row name stays the place the
  // grid comes back to, but it drew the same ring as the toolbar's focused button.
  await page.keyboard.press('Shift+Tab');
  await expect(name).not.toBeFocused();
  await expect(page.getByRole('toolbar', { name: 'Targets' }).locator(':focus')).toHaveCount(1);
  await expect.poll(() => ring(name)).toBe(false);
  await page.screenshot({ path: test.info().outputPath('grid-not-focused.png') });
});
