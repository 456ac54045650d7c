import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { deleteDefinitionsNamed, uploadDefinition } from './definitionsAdminApi.ts';

const name = 'Twin approval';

test.describe('two definitions with the same name', () => {
  test.beforeEach(async ({ request }) => {
    await deleteDefinitionsNamed(request, [name]);
    await uploadDefinition(request, name);
    await uploadDefinition(request, name);
  });
  test.afterEach(async ({ request }) => {
    await deleteDefinitionsNamed(request, [name]);
  });

  test('have Delete buttons and a confirmation that say which of them goes', async ({ page }) => {
    await signIn(page, 'admin', `/definitions?q=${encodeURIComponent(name)}`);
    const table = page.getByRole('table', { name: 'Workflow definitions' });
    await expect(table.getByRole('rowheader', { name })).toHaveCount(2);
    const keys = await table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name }) })
      .evaluateAll((rows) =>
        rows.map(
          (r) => r.querySelector('[data-delete-key]')?.getAttribute('data-delete-key') ?? '',
        ),
      );
    const [first, second] = keys;
    // Told apart by the start of their keys, which the Key column shows.
    await expect(
      table.getByRole('button', { name: `Delete ${name} (key ${first.slice(0, 8)})`, exact: true }),
    ).toBeVisible();
    const secondDelete = table.getByRole('button', {
      name: `Delete ${name} (key ${second.slice(0, 8)})`,
      exact: true,
    });
    await secondDelete.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    await expect(confirm).toContainText(
      `Another definition is also named “${name}”: this is the one with key ${second}.`,
    );
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm).toBeHidden();
    // The other one stays, and now needs no key to be told apart.
    await expect(table.getByRole('rowheader', { name })).toHaveCount(1);
    await expect(table.getByRole('button', { name: `Delete ${name}`, exact: true })).toBeVisible();
    await expect(table.locator(`[data-delete-key="${first}"]`)).toHaveCount(1);
  });
});
