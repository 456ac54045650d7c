import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/** The sign-in page's live region, where a failed sign-in says why. */
const failure = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

test.describe('sign-in: answers that are not a sign-in', () => {
  test.afterEach(async ({ page }) => {
    await clearFaults(page.request);
  });

  test('an answer to “who is signed in” that names nobody is not taken as a sign-in', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    // JSON of another shape: it parses, but names no user.
    await armFault(page.request, { on: 'currentPrincipal', kind: 'malformed' });
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(failure(page)).toContainText('The server’s answer to sign-in could not be read');
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a user name far too long is refused on its field, before anything is sent', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    let sent = false;
    page.on('request', (r) => {
      if (r.url().includes('/api/')) sent = true;
    });
    const userName = page.getByLabel('User name');
    await userName.fill('a'.repeat(5100));
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(userName).toHaveAccessibleDescription(
      /A user name has at most 254 characters; this one has 5,100\. Check what was pasted\./,
    );
    expect(sent).toBe(false);
    await expect(page.getByText('431')).toHaveCount(0);
  });

  test('a request the server finds too large (431) is said in plain words', async ({ page }) => {
    await page.goto('/sign-in?show=connection');
    await page.getByRole('combobox', { name: 'Authentication' }).click();
    await page.getByRole('option', { name: 'SoTicket' }).click();
    await page.getByLabel('Ticket').fill('t'.repeat(20_000));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(failure(page)).toContainText(
      'The server refused the request because its headers were too large (431)',
    );
    await expect(failure(page)).not.toHaveText(/^431 Request Header Fields Too Large$/);
  });
});
