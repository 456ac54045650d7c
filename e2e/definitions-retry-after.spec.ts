import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/**
 * The API platform busy: it answers 429 with Retry-After (seconds), and the definitions page says
 * when to try again, as the rest of Flowdesk does. The sandbox answers the next call to the
 * definitions so (its busy fault) without carrying it out; the rest it answers as usual.
 */
async function answerBusyOnce(page: Page, seconds: number) {
  await armFault(page.request, {
    on: '/api/workflow/definitions',
    kind: 'busy',
    status: 429,
    retryAfter: seconds,
  });
}

test.afterEach(async ({ request }) => clearFaults(request));

test('a list answered 429 with Retry-After: 30 says when to try again', async ({ page }) => {
  await signIn(page, 'admin');
  await answerBusyOnce(page, 30);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Definitions' })
    .click();
  await expect(
    page
      .getByRole('region', { name: 'On the platform' })
      .getByText(
        'The server is busy (429 Too Many Requests) and did nothing. Try again in 30 seconds.',
      ),
  ).toBeVisible({ timeout: 15_000 });
});

test('an upload answered 429 with Retry-After: 30 keeps the file and says when to upload again', async ({
  page,
}) => {
  await signIn(page, 'admin', '/definitions');
  await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
  await page
    .locator('input[type=file][aria-label="Definition files"]')
    .setInputFiles([xmlFile('platform-busy.xml', definitionXml('@StartPlatformBusy'))]);
  const row = page.getByRole('region', { name: 'platform-busy.xml' });
  await row.getByLabel('Description').fill('Sent while the platform is busy');
  await row.getByRole('combobox', { name: 'Resource type' }).click();
  await page.getByRole('option', { name: 'Review', exact: true }).click();

  await answerBusyOnce(page, 30);
  await page.getByRole('button', { name: 'Upload 1 file' }).click();
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  await expect(row).toContainText(
    'The server is busy (429 Too Many Requests) and saved nothing; your edits are kept. Try again in 30 seconds.',
  );
  await expect(row.getByLabel('Description')).toHaveValue('Sent while the platform is busy');
});
