import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Ctrl+C on a year total or the totals row copies the figure shown', async ({ page }) => {
  await signIn(page, 'viewer', '/targets');
  await page.evaluate(() => navigator.clipboard.writeText('copied earlier'));
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  // As shown, without the thousands separators a copy leaves out ("2,921,000" → "2921000").
  const plain = (text: string | null) => (text ?? '').replace(/,/g, '');

  await cell(page, 'Chloe Martin', 0).click();
  await page.keyboard.press('End');
  const total = page.locator(':focus');
  await expect(total).toHaveAttribute('aria-colindex', '14');
  await page.keyboard.press('Control+C');
  await expect.poll(clipboard).toBe(plain(await total.textContent()));
  await expect(page.getByText('Copied 1 cell.')).toBeVisible();

  await page.keyboard.press('Control+End'); // the grand total, in the totals row
  await page.keyboard.press('Control+C');
  await expect.poll(clipboard).toBe(plain(await page.locator(':focus').textContent()));
});
