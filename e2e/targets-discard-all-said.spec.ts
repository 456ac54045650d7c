import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('"Discard all changes" says what it discarded, not the paste it took away', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const feb = cell(page, 'Ella Sand', 1);
  const saved = (await feb.textContent()) ?? '';
  await feb.click();
  await page.evaluate(() => navigator.clipboard.writeText('1\t2\r\n3\t4\r\n'));
  await page.keyboard.press('Control+V');
  await expect(page.getByText('Pasted 2 × 2 cells (4 changed).').first()).toBeVisible();

  await page.getByRole('button', { name: 'Discard all changes' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();

  await expect(feb).toHaveText(saved);
  const said = 'Discarded 4 unsaved changes. The grid shows the saved targets.';
  await expect(page.getByText(said).first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(said);
  // The paste is gone and cannot be undone: nothing on the page says it is there.
  await expect(page.getByText('Pasted 2 × 2 cells')).toHaveCount(0);
  await expect(feb).toBeFocused();
});
