import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';

/**
 * The API platform busy: it answers 429 with Retry-After (seconds), and the definitions page says
 * when to try again, as the rest of Flowdesk does. The busy answer is made in the browser
 * (page.route) for one call; the rest goes to the sandbox, and nothing is stored.
 */
async function answerBusyOnce(page: Page, method: 'GET' | 'POST', seconds: number) {
  let answered = false;
  await page.route(/\/api\/workflow\/definitions(\?|$)/, async (route) => {
    if (route.request().method() !== method || answered) return route.fallback();
    answered = true;
    return route.fulfill({
      status: 429,
      headers: { 'Retry-After': String(seconds), 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 429, message: 'Rate limit exceeded' }),
    });
  });
}

test('a list answered 429 with Retry-After: 30 says when to try again', async ({ page }) => {
  await signIn(page, 'admin');
  await answerBusyOnce(page, 'GET', 30);
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

  await answerBusyOnce(page, 'POST', 30);
  await page.getByRole('button', { name: 'Upload 1 file' }).click();
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  await expect(row).toContainText(
    'The server is busy (429 Too Many Requests) and saved nothing; your edits are kept. Try again in 30 seconds.',
  );
  await expect(row.getByLabel('Description')).toHaveValue('Sent while the platform is busy');
});
