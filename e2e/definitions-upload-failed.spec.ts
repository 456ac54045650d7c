import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';
import { deleteDefinitionsNamed } from './definitionsAdminApi.ts';

/**
 * The definitions page when the platform itself answers an upload with a 500: it may have failed
 * after writing the definition, so the page reads the list before saying whether Retry is safe.
 */

/** The definitions' names, from their files' initial actions. */
const name = 'Platform failed';
const storedName = 'Failed after storing';

// A fault armed and not used up would hit the next test; the stored copy would be counted by
// other specs (the sandbox is shared).
test.afterEach(async ({ request }) => {
  await clearFaults(request);
  await deleteDefinitionsNamed(request, [name, storedName]);
});

/** Opens the page as an admin with one file in the batch, its fields filled; returns its row. */
async function addDescribedFile(page: Page, file: string, initial: string) {
  await signIn(page, 'admin', '/definitions');
  await expect(listTable(page)).toBeVisible();
  await page
    .locator('input[type=file][aria-label="Definition files"]')
    .setInputFiles([xmlFile(file, definitionXml(initial))]);
  const row = page.getByRole('region', { name: file });
  await row.getByLabel('Description').fill('Refused once by the platform');
  await row.getByRole('combobox', { name: 'Resource type' }).click();
  await page.getByRole('option', { name: 'Review', exact: true }).click();
  return row;
}

const listTable = (page: Page) => page.getByRole('table', { name: 'Workflow definitions' });

test('a 500 without a stored file: after the list shows none, the row says Retry is safe, which stores it', async ({
  page,
}) => {
  const row = await addDescribedFile(page, 'platform-failed.xml', '@StartPlatformFailed');
  const list = listTable(page);

  await armFault(page.request, { on: '/api/workflow/definitions', kind: 'error500' });
  await page.getByRole('button', { name: 'Upload 1 file' }).click();
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  await expect(row).toContainText(
    `The platform failed while storing “${name}” (500): Injected failure (sandbox fault). The platform’s list has no new definition named “${name}”, so it was not stored: Retry to send it again. If it fails again, tell the platform’s administrator.`,
  );
  await expect(row).not.toContainText('Error 500');

  await row.getByRole('button', { name: 'Retry platform-failed.xml' }).click();
  await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
  await expect(list.getByRole('rowheader', { name })).toHaveCount(1);
});

test('a 500 answered after the platform stored the file: the row says it was uploaded, once', async ({
  page,
}) => {
  const row = await addDescribedFile(page, 'failed-after-storing.xml', '@StartFailedAfterStoring');
  // The platform stores the file, then answers 500 (say, a step after the write failed).
  await armFault(page.request, { on: '/api/workflow/definitions', kind: 'error500After' });
  await page.getByRole('button', { name: 'Upload 1 file' }).click();
  await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
  await expect(row).not.toContainText('not stored');
  await expect(row.getByRole('button', { name: 'Retry failed-after-storing.xml' })).toHaveCount(0);
  await expect(listTable(page).getByRole('rowheader', { name: storedName })).toHaveCount(1);
});
