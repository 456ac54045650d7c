import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { deleteDefinitionsNamed, uploadDefinition } from './definitionsAdminApi.ts';

const name = 'Failed after delete';

test.describe('a delete the platform answers 500 after deleting', () => {
  test.beforeEach(async ({ request }) => {
    await deleteDefinitionsNamed(request, [name]);
    await uploadDefinition(request, name);
  });
  test.afterEach(async ({ request }) => {
    await clearFaults(request);
    await deleteDefinitionsNamed(request, [name]);
  });

  test('says it may have been deleted, and trying again says this user deleted it, not someone else', async ({
    page,
  }) => {
    await signIn(page, 'admin', `/definitions?q=${encodeURIComponent(name)}`);
    const table = page.getByRole('table', { name: 'Workflow definitions' });
    await expect(table.getByRole('rowheader', { name })).toHaveCount(1);

    await armFault(page.request, { on: '/api/workflow/definitions/', kind: 'error500After' });
    await table.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm.getByRole('alert')).toHaveText(
      `The platform failed while deleting “${name}” (500): Injected failure (sandbox fault). It may have failed after deleting it, so “${name}” may or may not have been deleted. Deleting it again is safe: if it is already gone, the page says so and takes it off the list.`,
    );

    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`Deleted “${name}”`, { exact: true })).toBeVisible();
    await expect(page.getByText(/Someone else removed it/)).toHaveCount(0);
    await expect(table.getByRole('rowheader', { name })).toHaveCount(0);
  });
});
