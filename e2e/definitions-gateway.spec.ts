import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { definitionXml as definition, xmlFile as file } from './definitionFiles.ts';
import { definitionNames, deleteDefinitionsNamed } from './definitionsAdminApi.ts';

/**
 * The definitions page when a proxy in front of the platform answers instead of it (a gateway
 * 504): the platform may have done the work, so the page looks before saying what happened.
 */

/** A definition file whose initial action is `initial`. */
const xmlFile = (name: string, initial: string) => file(name, definition(initial));

const listTable = (page: Page) => page.getByRole('table', { name: 'Workflow definitions' });

async function openDefinitions(page: Page) {
  await signIn(page, 'admin', '/definitions');
  await expect(page.getByRole('heading', { level: 1, name: 'Workflow definitions' })).toBeVisible();
  await expect(listTable(page)).toBeVisible();
}

/** Adds one file to the batch and fills its required fields. */
async function addDescribedFile(page: Page, file: ReturnType<typeof xmlFile>) {
  await page.locator('input[type=file][aria-label="Definition files"]').setInputFiles([file]);
  const row = page.getByRole('region', { name: file.name });
  await row.getByLabel('Description').fill('Sent through a proxy');
  await row.getByRole('combobox', { name: 'Resource type' }).click();
  await page.getByRole('option', { name: 'App', exact: true }).click();
  return row;
}

/** The list card's Try again, once the list could not be read. */
async function listLoadsAgain(page: Page) {
  await clearFaults(page.request);
  await page
    .getByRole('region', { name: 'On the platform' })
    .getByRole('button', { name: 'Try again' })
    .click();
}

/** How many definitions of this name the platform holds. */
async function storedCount(page: Page, name: string) {
  const res = await page.request.get('/api/workflow/definitions', {
    headers: { Accept: 'application/json' },
  });
  const body = (await res.json()) as { WorkflowDefinition: { Name: string }[] };
  return body.WorkflowDefinition.filter((d) => d.Name === name).length;
}

/** The names of the definitions this spec's tests upload (from their files' initial actions). */
const uploadedNames = [
  'Proxy stored',
  'Kept for admin',
  'Proxy delete',
  'Refused delete',
  'Unread stored',
  'Unread dropped',
  'Unread rechecked',
];

// A fault a test armed and did not use up must not hit the next test, nor what it uploaded
// (passed or failed) be counted by another spec.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
  await deleteDefinitionsNamed(request, uploadedNames);
});

// Other specs count the definitions of the shared sandbox: this one must leave them as it found them.
let namesBefore: string[] = [];
test.beforeAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  namesBefore = await definitionNames(request);
  await request.dispose();
});
test.afterAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  expect(await definitionNames(request)).toEqual(namesBefore);
  await request.dispose();
});

test.describe('workflow definitions behind a proxy that gives up', () => {
  test('an upload answered by a gateway 504 but stored by the platform shows as uploaded, once', async ({
    page,
  }) => {
    await openDefinitions(page);
    const row = await addDescribedFile(page, xmlFile('proxy-stored.xml', '@StartProxyStored'));
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'gatewayTimeout' });
    await page.getByRole('button', { name: 'Upload proxy-stored.xml' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Retry proxy-stored.xml' })).toHaveCount(0);
    await expect(row).not.toContainText('Gateway Time-out');
    await expect(listTable(page).getByRole('rowheader', { name: 'Proxy stored' })).toHaveCount(1);
    expect(await storedCount(page, 'Proxy stored')).toBe(1);
  });
});

test.describe('workflow definitions, a lost upload while the list cannot be read', () => {
  test('stored all the same: once the list loads again, the row shows it uploaded', async ({
    page,
  }) => {
    await openDefinitions(page);
    const row = await addDescribedFile(page, xmlFile('unread-stored.xml', '@StartUnreadStored'));
    // The upload is stored, its answer lost; the list read to check fails too.
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'gatewayTimeout' });
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'error500', times: 20 });
    await page.getByRole('button', { name: 'Upload unread-stored.xml' }).click();
    await expect(row).toContainText('The list could not be read to check');
    await listLoadsAgain(page);
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(row).not.toContainText('could not be read to check');
    await expect(row.getByRole('button', { name: 'Retry unread-stored.xml' })).toHaveCount(0);
    expect(await storedCount(page, 'Unread stored')).toBe(1);
  });

  test('the page checks again by itself once the platform is back, Retry held until then', async ({
    page,
  }) => {
    await openDefinitions(page);
    const row = await addDescribedFile(
      page,
      xmlFile('unread-rechecked.xml', '@StartUnreadRechecked'),
    );
    // The upload is stored, its answer lost; the list read to check fails too.
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'gatewayTimeout' });
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'error500', times: 20 });
    await page.getByRole('button', { name: 'Upload unread-rechecked.xml' }).click();
    await expect(row).toContainText('The list could not be read to check');
    // Retry could add it twice: not offered until the list tells.
    await expect(row.getByRole('button', { name: 'Retry unread-rechecked.xml' })).toBeDisabled();
    // The platform is back; nobody presses the list's Try again.
    await clearFaults(page.request);
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible({ timeout: 45_000 });
    await expect(row).not.toContainText('could not be read to check');
    expect(await storedCount(page, 'Unread rechecked')).toBe(1);
  });

  test('not stored: once the list loads again, the row says Retry is safe', async ({ page }) => {
    await openDefinitions(page);
    const row = await addDescribedFile(page, xmlFile('unread-dropped.xml', '@StartUnreadDropped'));
    // Chromium retries a POST whose connection was cut: cut them all, and the list reads too.
    await armFault(page.request, { on: '/api/workflow/definitions', kind: 'drop', times: 50 });
    await page.getByRole('button', { name: 'Upload unread-dropped.xml' }).click();
    await expect(row).toContainText('The list could not be read to check');
    await listLoadsAgain(page);
    await expect(row).toContainText(
      'The platform’s list has no new definition named “Unread dropped”, so it was not stored: Retry to send it again.',
    );
    await expect(row).not.toContainText('could not be read to check');
    await row.getByRole('button', { name: 'Retry unread-dropped.xml' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    expect(await storedCount(page, 'Unread dropped')).toBe(1);
  });
});

test.describe('workflow definitions when the platform sign-in changes to a user who may not upload', () => {
  test('signing in to the platform again as a viewer keeps the files and says so; an uploader gets them back', async ({
    page,
    context,
  }) => {
    await openDefinitions(page);
    const row = await addDescribedFile(page, xmlFile('kept-for-admin.xml', '@StartKeptForAdmin'));
    // The platform session is lost: the next call asks the user to sign in to it again.
    await context.clearCookies({ name: /AtmoAuthToken/ });
    await page.getByRole('button', { name: 'Upload kept-for-admin.xml' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to the API platform again' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Platform user name or e-mail').fill('viewer');
    await dialog.getByLabel('Platform password').fill('viewer');
    await dialog.getByRole('button', { name: 'Sign in and retry' }).click();
    await expect(dialog).toBeHidden();

    const kept = page.getByRole('status').filter({ hasText: 'Your files were kept' });
    await expect(kept).toContainText(
      'Vera Viewer may not upload definitions, so the 1 file not uploaded yet is kept in this browser with what you typed.',
    );
    await expect(page.getByTestId('live-announcer')).toContainText(
      'Vera Viewer may not upload definitions. Your 1 file not uploaded yet is kept in this browser.',
    );
    await expect(row).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Someone who may upload signs in to the platform: the file comes back with its fields.
    const signedIn = await page.request.post('/api/login', {
      data: { email: 'admin', password: 'admin' },
    });
    expect(signedIn.ok()).toBe(true);
    await page.reload();
    await expect(row.getByLabel('Description')).toHaveValue('Sent through a proxy');
    await row.getByRole('button', { name: 'Upload kept-for-admin.xml' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
  });
});

test.describe('deleting a definition behind a proxy that gives up', () => {
  test('after a delete answered by a gateway 504, trying again says it was deleted, not that someone else did', async ({
    page,
  }) => {
    await openDefinitions(page);
    // Its own definition, uploaded through the page.
    const row = await addDescribedFile(page, xmlFile('proxy-delete.xml', '@StartProxyDelete'));
    await page.getByRole('button', { name: 'Upload proxy-delete.xml' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    const name = 'Proxy delete';
    await expect(listTable(page).getByRole('rowheader', { name })).toHaveCount(1);

    await armFault(page.request, { on: '/api/workflow/definitions/', kind: 'gatewayTimeout' });
    await listTable(page)
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    // Deleting again is the safe way to find out (a 404 then says it is gone): not a reload.
    await expect(confirm.getByRole('alert')).toHaveText(
      'A proxy between Flowdesk and the platform answered 504 Gateway Timeout instead of the platform, so “Proxy delete” may or may not have been deleted. Deleting it again is safe: if it is already gone, the page says so and takes it off the list.',
    );
    expect(await storedCount(page, name)).toBe(0);

    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`Deleted “${name}”`, { exact: true })).toBeVisible();
    await expect(
      page.getByText(
        'It was already gone from the platform, most likely removed by your earlier try.',
        { exact: true },
      ),
    ).toBeVisible();
    await expect(page.getByText(/Someone else removed it/)).toHaveCount(0);
    await expect(listTable(page).getByRole('rowheader', { name })).toHaveCount(0);
  });
});

test.describe('deleting a definition the platform answers 404 for, having done nothing', () => {
  test('a delete answered 404 while the platform still lists the definition says it was not deleted', async ({
    page,
  }) => {
    await openDefinitions(page);
    const row = await addDescribedFile(page, xmlFile('refused-delete.xml', '@StartRefusedDelete'));
    await page.getByRole('button', { name: 'Upload refused-delete.xml' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    const name = 'Refused delete';

    await armFault(page.request, { on: '/api/workflow/definitions/', kind: 'notFound' });
    await listTable(page)
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm.getByRole('alert')).toHaveText(
      'The platform answered that the definition was not found, yet it still lists it, so it was not deleted. Reload the page and try again; if it keeps happening, tell your administrator.',
    );
    await expect(page.getByText(`“${name}” was already deleted`)).toHaveCount(0);
    expect(await storedCount(page, name)).toBe(1);

    // Trying again, the platform deletes it.
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`Deleted “${name}”`, { exact: true })).toBeVisible();
    await expect(listTable(page).getByRole('rowheader', { name })).toHaveCount(0);
  });
});
