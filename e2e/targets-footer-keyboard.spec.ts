import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { grid, row } = targetsGrid(year);
const TOTALS = 'Total of users in [A-Z]{3}';
const FOOTER_SAYS =
  'The totals row is calculated from the rows above it and cannot be changed: change the values in those rows instead.';

test.describe('targets totals row by keyboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Ctrl+End reaches the grand total, Down from the last row the column totals; they are read-only and say why', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    const totals = row(page, TOTALS);
    // The last column, the year total (the columns between are rendered as they come into view).
    const lastCol = await grid(page).getAttribute('aria-colcount');
    const grand = totals.locator(`[role="gridcell"][aria-colindex="${lastCol}"]`);
    const january = totals.locator('[role="gridcell"][aria-colindex="2"]');
    await grid(page).getByRole('gridcell').first().click();
    // Ctrl+End stopped at the last user's year total: the totals were never heard.
    await page.keyboard.press('Control+End');
    await expect(grand).toBeFocused();
    await expect(grand).toHaveAttribute('aria-readonly', 'true');
    await expect(grand).toHaveText(/\d/);
    const grandText = await grand.textContent();
    // One tab stop: the grand total is the grid's only focusable cell.
    await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1);

    // Down from the last row of figures reaches the column totals.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(january).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(january).not.toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(january).toBeFocused();

    // Typing, Enter, Delete and paste change nothing and say why.
    const said = page.getByRole('status');
    const januaryText = await january.textContent();
    await page.keyboard.type('5');
    await expect(said).toHaveText(FOOTER_SAYS);
    await expect(page.getByRole('grid').getByRole('textbox')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F2');
    await expect(page.getByRole('grid').getByRole('textbox')).toHaveCount(0);
    await page.evaluate((text) => navigator.clipboard.writeText(text), '777');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Delete');
    await expect(said).toHaveText(FOOTER_SAYS);
    await expect(january).toHaveText(januaryText!);
    await expect(january).toBeFocused();
    await page.keyboard.press('Control+End');
    await expect(grand).toBeFocused();
    await expect(grand).toHaveText(grandText!);
  });

  test('clicking a column total makes it the active cell', async ({ page }) => {
    await signIn(page, 'planner', '/targets');
    const january = row(page, TOTALS).locator('[role="gridcell"][aria-colindex="2"]');
    // The click moved the focus to the page's main area: the grid's tab stop was lost.
    await january.click();
    await expect(january).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(row(page, TOTALS).locator('[role="gridcell"][aria-colindex="3"]')).toBeFocused();
  });
});
