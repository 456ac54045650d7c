import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';

const year = new Date().getFullYear();
const grid = (page: Page) => page.getByRole('grid', { name: `Targets ${year}` });
const row = (page: Page, name: string) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}(,|$)`) }) });
/** A value cell by row name and period index (0 = January). */
const cell = (page: Page, name: string, period: number) =>
  row(page, name).locator(`[role="gridcell"][aria-colindex="${period + 2}"]`);

test.describe('targets keyboard', () => {
  test('Space leaves the grid where it is; on a row name it opens the row’s actions', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    const chloe = cell(page, 'Chloe Martin', 0);
    await chloe.click();
    // Space scrolled the grid a page down: the active cell went out of view.
    await page.keyboard.press('Space');
    await expect(chloe).toBeFocused();
    await expect(chloe).toBeInViewport({ ratio: 1 });
    expect(await grid(page).evaluate((g) => g.scrollTop)).toBe(0);
    await page.keyboard.press('Home');
    await expect(grid(page).getByRole('rowheader', { name: /^Chloe Martin/ })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('menu', { name: /Chloe Martin/ })).toBeVisible();
  });

  test('a value typed as an accountant writes it, "(200)", is taken as negative, and one starting with "€" is read', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    // "(" and "€" did not start the editor: "(200)" became "200)", not a number.
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.type('(200)');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Chloe Martin', 0)).toHaveText('-200');
    await cell(page, 'Ella Sand', 0).click();
    await page.keyboard.type('€-5');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Ella Sand', 0)).toHaveText('-5');
  });
});
