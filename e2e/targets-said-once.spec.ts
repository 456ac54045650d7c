import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('what a paste did is on the page once, in the grid’s live region, and said again when repeated', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const feb = cell(page, 'Ella Sand', 1);
  await feb.click();
  await page.evaluate(() => navigator.clipboard.writeText('1\t2\r\n3\t4\r\n'));
  await page.keyboard.press('Control+V');
  const said = 'Pasted 2 × 2 cells (4 changed).';
  // The visible line and a hidden copy for screen readers were two matches for the same text.
  await expect(page.getByText(said)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(said);

  // The same sentence twice is a new message: its text is put in anew, so it is read again.
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('status')).toHaveText(`Undone: pasted 2 × 2 cells (4 changed).`);
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('status')).toHaveText('Nothing to undo.');
  const first = await page.getByText('Nothing to undo.').elementHandle();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => first!.evaluate((node) => node.isConnected)).toBe(false);
  await expect(page.getByRole('status')).toHaveText('Nothing to undo.');
});
