import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const { grid, cell } = targetsGrid(new Date().getFullYear());

/**
 * Presses `keys` on the focused element in one go, before the page can render in between: as
 * keys typed faster than the menu opens (right after the page opened, its code still loading).
 * Playwright's own presses each wait for the page, so the menu was always there first.
 */
async function pressInOneGo(page: Page, keys: { key: string; shiftKey?: boolean }[]) {
  await page.evaluate((keys) => {
    for (const k of keys) {
      const target = document.activeElement ?? document.body;
      for (const type of ['keydown', 'keyup'])
        target.dispatchEvent(new KeyboardEvent(type, { ...k, bubbles: true, cancelable: true }));
    }
  }, keys);
}

test('Shift+F10 then an arrow key, fast, on a row header: the menu opens for that row, and the grid stays on it', async ({
  page,
}) => {
  await signIn(page, 'admin', '/targets');
  await expect(grid(page)).toBeVisible();
  await cell(page, 'Chloe Martin', 0).click();
  await page.keyboard.press('Home');
  const chloe = grid(page).getByRole('rowheader', { name: /^Chloe Martin/ });
  await expect(chloe).toBeFocused();

  await pressInOneGo(page, [{ key: 'F10', shiftKey: true }, { key: 'ArrowDown' }]);
  const menu = page.getByRole('menu', { name: 'Actions for Chloe Martin' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  // The arrow key moved the grid to the next row under the menu: closing it, the focus went there.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(chloe).toBeFocused();

  // Shift+F10 twice in one go opens one menu, which the keys then reach.
  await pressInOneGo(page, [
    { key: 'F10', shiftKey: true },
    { key: 'F10', shiftKey: true },
  ]);
  await expect(page.getByRole('menu')).toHaveCount(1);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Distribute a new total…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chloe).toBeFocused();

  // Escape pressed before the menu shows gives up opening it; the grid has its keys again.
  await pressInOneGo(page, [{ key: 'F10', shiftKey: true }, { key: 'Escape' }]);
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(chloe).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(grid(page).getByRole('rowheader', { name: /^Ella Sand/ })).toBeFocused();
});
