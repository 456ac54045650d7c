import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { grid, cell } = targetsGrid(year);
const noRight = "You do not have the right 'Can lock and unlock targets'.";

test.describe('targets: the row menu’s off items say why', () => {
  test('a planner’s Lock row points to its reason, shown under it rather than above the value items', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    await expect(grid(page)).toBeVisible();
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Actions for Chloe Martin' });
    const lock = menu.getByRole('menuitem', { name: 'Lock row' });
    await expect(lock).toBeDisabled();
    await expect(lock).toHaveAccessibleDescription(noRight);
    await expect(menu.getByRole('menuitem', { name: 'Clear row' })).toHaveAccessibleDescription('');
    const lockBox = (await lock.boundingBox())!;
    const reasonBox = (await menu.getByText(noRight).boundingBox())!;
    expect(reasonBox.y).toBeGreaterThanOrEqual(lockBox.y + lockBox.height);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    // A locked row: its value items point to the lock, Unlock row to the missing right.
    await cell(page, 'Sales Nordics', 0).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const locked = page.getByRole('menu', { name: 'Actions for Sales Nordics' });
    const lockedWhy =
      'This row is locked: someone who may lock and unlock targets must unlock it before its values can be changed.';
    for (const item of ['Set yearly amount, split evenly…', 'Clear row'])
      await expect(locked.getByRole('menuitem', { name: item })).toHaveAccessibleDescription(
        lockedWhy,
      );
    await expect(locked.getByRole('menuitem', { name: 'Unlock row' })).toHaveAccessibleDescription(
      noRight,
    );
    await expectNoAxeViolations(page);
  });
});
