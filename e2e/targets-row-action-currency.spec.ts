import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetGroupOfYear } from './targetsAdminApi.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

/**
 * A user's row shows no currency in the grid (only its group's row does), so the amount dialogs
 * are where the planner learns what the typed amount is in: the grid mixes NOK, EUR, JPY and USD.
 */
test.describe('the amount dialogs of a row action name the row’s currency', () => {
  test('Set yearly amount for a EUR user names EUR and the row’s total now', async ({
    page,
    request,
  }) => {
    const group = await targetGroupOfYear(request, year);
    const lena = (
      group.TargetAssignments as { TargetAssociate?: { FullName?: string }; Values: number[] }[]
    ).find((a) => a.TargetAssociate?.FullName === 'Lena Wolf');
    const total = lena!.Values.reduce((a, b) => a + b, 0).toLocaleString('en-US');
    await signIn(page, 'planner', '/targets');

    await cell(page, 'Lena Wolf', 0).click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Set yearly amount, split evenly…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set yearly amount' });
    const amount = dialog.getByRole('textbox', { name: 'Yearly amount in EUR' });
    await expect(amount).toBeFocused();
    await expect(amount).toHaveAccessibleDescription(
      new RegExp(`The row now totals ${total} EUR\\.`),
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('Distribute a new total for a NOK user names NOK', async ({ page }) => {
    await signIn(page, 'planner', '/targets');
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Distribute a new total…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Distribute a new total' });
    await expect(dialog.getByRole('textbox', { name: 'New total in NOK' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
