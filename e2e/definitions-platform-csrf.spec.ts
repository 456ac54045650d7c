import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { signInWithTicket } from './ticketSignIn.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';
import { definitionNames, deleteDefinitionsNamed } from './definitionsAdminApi.ts';

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

  test('the specs’ own set-up and clean-up read the list while the platform checks CSRF on reads', async ({
    page,
  }) => {
    await platformSettings(page, { readRequestCsrf: true });
    try {
      expect(await definitionNames(page.request)).toContain('Support ticket triage');
    } finally {
      await platformSettings(page, { readRequestCsrf: false });
    }
  });

  test('a stale CSRF cookie of another platform does not stop an upload', async ({
    page,
    context,
    baseURL,
  }) => {
    // Left by the platform used before on this address (valid for hours), older than ours.
    await context.addCookies([
      {
        name: 'X-Csrf-Token_acmepaymentscorp',
        value: 'TokenID%3Dstale%2CexpirationTime%3D9999999999999',
        url: baseURL,
      },
    ]);
    try {
      await signIn(page, 'admin');
      await openDefinitions(page);
      await expect(seededRow(page)).toBeVisible({ timeout: 20_000 });
      await page
        .locator('input[type=file][aria-label="Definition files"]')
        .setInputFiles([xmlFile('stale-csrf-cookie.xml', definitionXml('@StartStale'))]);
      const row = page.getByRole('region', { name: 'stale-csrf-cookie.xml' });
      await row.getByLabel('Description').fill('Uploaded beside a stale CSRF cookie.');
      await row.getByRole('combobox', { name: 'Resource type' }).click();
      await page.getByRole('option', { name: 'Ticket', exact: true }).click();
      await page.getByRole('button', { name: 'Upload 1 file' }).click();
      await expect(row.getByText(/Uploaded as key/)).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('dialog')).toHaveCount(0);
    } finally {
      await deleteDefinitionsNamed(page.request, ['Stale csrf cookie']);
    }
  });

  test('the next user in the browser never acts with the platform session of the one before', async ({
    context,
  }) => {
    // Anna (admin) uses Definitions, then closes her tab without signing out.
    const first = await context.newPage();
    await signIn(first, 'admin');
    await openDefinitions(first);
    await expect(seededRow(first)).toBeVisible({ timeout: 20_000 });
    await expect(first.getByRole('button', { name: /^Delete / }).first()).toBeVisible();
    await first.close();

    // A viewer signs in with a ticket in a new tab of the same browser.
    const page = await context.newPage();
    await signInWithTicket(page, 'viewer');
    // Not openDefinitions: the platform's sign-in dialog, modal, hides the page's heading.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Definitions' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to the API platform', exact: true });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await dialog.getByLabel('Platform user name or e-mail').fill('viewer');
    await dialog.getByLabel('Platform password').fill('viewer');
    await dialog.getByRole('button', { name: 'Sign in and continue' }).click();
    await expect(seededRow(page)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);
  });

  test('signing out of Flowdesk ends the platform session', async ({ page }) => {
    await signIn(page, 'admin');
    await openDefinitions(page);
    await expect(seededRow(page)).toBeVisible({ timeout: 20_000 });
    const loggedOut = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/logout' && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    expect((await loggedOut).status()).toBe(200);
    const list = await page.request.get('/api/workflow/definitions', {
      headers: { Accept: 'application/json' },
    });
    expect(list.status()).toBe(401);
  });
});

test.describe('what the user is told about the API platform sign-in', () => {
  test('the sign-in page and Definitions say the Flowdesk password signs in to the platform', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expect(
      page.getByText(
        'The Definitions page also signs you in to the API platform with this user name and password.',
      ),
    ).toBeVisible();
    await signIn(page, 'admin');
    await openDefinitions(page);
    await expect(
      page.getByText(
        'This page signs you in to the API platform with the user name and password you signed in to Flowdesk with.',
      ),
    ).toBeVisible();
  });
});
