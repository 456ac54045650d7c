import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a block pasted on a sum row is refused, not put on the next group’s row', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const next = cell(page, 'Sales DACH', 0);
  const before = (await next.textContent()) ?? '';
  await cell(page, 'All – Sales Nordics', 0).click();
  await page.evaluate(() => navigator.clipboard.writeText('111\t222\r\n'));
  await page.keyboard.press('Control+V');

  const said =
    "Paste refused: All – Sales Nordics adds up the users above it and cannot be pasted into: paste into the users' rows instead. Nothing was changed.";
  await expect(page.getByText(said).first()).toBeVisible();
  await expect(next).toHaveText(before);
  await expect(page.getByText(/unsaved change/)).toHaveCount(0);

  // A single value there changed nothing either, and said only 'Pasted 1 × 1 cells (0 changed).'
  await cell(page, 'All – Sales Nordics', 1).click();
  await page.keyboard.press('Control+C'); // says something else first
  await expect(page.getByText('Copied 1 cell.')).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText('5\r\n'));
  await page.keyboard.press('Control+V');
  await expect(page.getByRole('status')).toHaveText(said);
  await expect(page.getByText('(0 changed)')).toHaveCount(0);
});
