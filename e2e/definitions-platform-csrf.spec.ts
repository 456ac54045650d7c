import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';

/** The sandbox platform's own site settings (not a mock: the platform itself changes). */
async function platformSettings(page: Page, settings: { readRequestCsrf: boolean }) {
  const res = await page.request.post('/api/sandbox/settings', {
    headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    data: settings,
  });
  expect(res.status()).toBe(200);
}

async function openDefinitions(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Definitions' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workflow definitions' })).toBeVisible();
}

const seededRow = (page: Page) =>
  page
    .getByRole('table', { name: 'Workflow definitions' })
    .getByRole('rowheader', { name: 'Support ticket triage' });

test.describe('the API platform’s CSRF checks', () => {
  test('a platform that checks CSRF on reads too lists the definitions', async ({ page }) => {
    await platformSettings(page, { readRequestCsrf: true });
    try {
      await signIn(page, 'admin');
      await openDefinitions(page);
      await expect(seededRow(page)).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('dialog')).toHaveCount(0);
    } finally {
      await platformSettings(page, { readRequestCsrf: false });
    }
  });
});
