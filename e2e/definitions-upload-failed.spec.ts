import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';
import { deleteDefinitionsNamed } from './definitionsAdminApi.ts';

/**
 * The definitions page when the platform itself answers an upload with an error: it says the
 * upload failed, so nothing was stored and Retry is safe.
 */

/** The definition's name, from its file's initial action. */
const name = 'Platform failed';

// A fault armed and not used up would hit the next test; the stored copy would be counted by
// other specs (the sandbox is shared).
test.afterEach(async ({ request }) => {
  await clearFaults(request);
  await deleteDefinitionsNamed(request, [name]);
});

test('a 500 says in sentences that the file was not stored and to Retry, which stores it', async ({
  page,
}) => {
  await signIn(page, 'admin', '/definitions');
  const list = page.getByRole('table', { name: 'Workflow definitions' });
  await expect(list).toBeVisible();
  await page
    .locator('input[type=file][aria-label="Definition files"]')
    .setInputFiles([xmlFile('platform-failed.xml', definitionXml('@StartPlatformFailed'))]);
  const row = page.getByRole('region', { name: 'platform-failed.xml' });
  await row.getByLabel('Description').fill('Refused once by the platform');
  await row.getByRole('combobox', { name: 'Resource type' }).click();
  await page.getByRole('option', { name: 'Review', exact: true }).click();

  await armFault(page.request, { on: '/api/workflow/definitions', kind: 'error500' });
  await page.getByRole('button', { name: 'Upload 1 file' }).click();
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  await expect(row).toContainText(
    `The platform failed while storing “${name}” (500): Injected failure (sandbox fault). It answered that the upload failed, so the file was not stored: Retry in a moment. If it fails again, tell the platform’s administrator.`,
  );
  await expect(row).not.toContainText('Error 500');

  await row.getByRole('button', { name: 'Retry platform-failed.xml' }).click();
  await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
  await expect(list.getByRole('rowheader', { name })).toHaveCount(1);
});
