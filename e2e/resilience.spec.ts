import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

test.afterEach(async ({ page }) => {
  await clearFaults(page.request);
});

test('malformed server data shows what failed and a retry that works', async ({ page }) => {
  await signIn(page, 'admin');
  await armFault(page.request, { on: 'GetEmailFlowList', kind: 'malformed' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Workflows' })
    .click();
  await expect(
    page.getByText(/The server sent data Flowdesk does not understand/).first(),
  ).toBeVisible();
  // The shell still works around the failed page.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('button', { name: /Try again|Retry/ })
    .first()
    .click();
  await expect(page.getByRole('table', { name: 'Email flows' })).toBeVisible();
});

test('a failed save says so and keeps the edit; saving again works', async ({ page }) => {
  await signIn(page, 'admin', '/workflows/1/goals/1');
  const group = page.getByRole('region', { name: 'Group 2: Big spenders' });
  await group.getByLabel('Description').fill('Kept after a failed save');
  await armFault(page.request, { on: 'SaveWorkflowGoal', kind: 'error500' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Injected failure/).first()).toBeVisible();
  await expect(group.getByLabel('Description')).toHaveValue('Kept after a failed save');
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Group 2: Big spenders' }).getByLabel('Description'),
  ).toHaveValue('Kept after a failed save');
});

test('a dropped connection during save keeps the edit and explains what to do', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/1/goals/1');
  const group = page.getByRole('region', { name: 'Group 1: Hot prospects' });
  await group.getByLabel('Description').fill('Survives a dropped connection');
  // Chromium silently retries a POST whose connection was cut, so keep cutting until cleared.
  await armFault(page.request, { on: 'SaveWorkflowGoal', kind: 'drop', times: 50 });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Could not reach the server/).first()).toBeVisible();
  await expect(group.getByLabel('Description')).toHaveValue('Survives a dropped connection');
  await clearFaults(page.request);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('a targets save met by an expired session: once signed in again, the banner says so and Save works', async ({
  page,
}) => {
  const year = new Date().getFullYear();
  await signIn(page, 'admin', `/targets?year=${year}`);
  const cellOf = page
    .getByRole('grid', { name: `Targets ${year}` })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^Felix Braun(,|$)/ }) })
    .locator('[role="gridcell"][aria-colindex="2"]');
  const original = (await cellOf.textContent()) ?? '';
  await cellOf.click();
  await page.keyboard.type('4242');
  await page.keyboard.press('Enter');
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'unauthorized' });
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
  await dialog.getByLabel('Password').fill('admin');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(
      'Your session had expired. You are signed in again: press Save to save your changes, which are still here.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Once you are signed in again/)).toHaveCount(0);
  await expect(cellOf).toHaveText('4,242');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved 1 change.').first()).toBeVisible();
  // Other specs read this cell: put it back.
  await cellOf.click();
  await page.keyboard.type(original.replace(/,/g, '') || '0');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved 1 change.').first()).toBeVisible();
});

test('a session that expires during Save is renewed in place: the edits stay and save', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/1/options/1');
  const name = page.getByLabel('Name');
  await expect(name).not.toHaveValue('');
  const original = await name.inputValue();
  await name.fill('Renamed while the session expired');
  await armFault(page.request, { on: 'SaveWorkflowStepOption', kind: 'unauthorized' });
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/workflows\/1\/options\/1$/);
  await expectNoAxeViolations(page);
  // It must be answered: Escape does not dismiss it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toHaveCount(0);
  // A wrong password keeps the dialog (and the page) as they are.
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  // The user name is shown and fixed here: only the password can be wrong.
  await expect(dialog.getByText('Wrong password.', { exact: true })).toBeVisible();
  await dialog.getByLabel('Password').fill('admin');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(name).toHaveValue('Renamed while the session expired');
  // Signed in again, the banner says so and to press Save (no longer "once you are signed in").
  await expect(
    page.getByText(
      'The option was not saved because your session had expired. You are signed in again: press Save to save your edits, which are still here.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Once you are signed in again/)).toHaveCount(0);
  await expect(page.getByText('Sign in again to continue.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/The server stored/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name')).toHaveValue('Renamed while the session expired');
  // Other specs read this option: put its name back.
  await page.getByLabel('Name').fill(original);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/The server stored/)).toBeVisible();
});

test('a definitions list the app cannot read is an error with a retry, never "no definitions"', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await armFault(page.request, { on: 'workflow/definitions', kind: 'malformed' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Definitions' })
    .click();
  await expect(
    page.getByText(/The server sent data Flowdesk does not understand/).first(),
  ).toBeVisible();
  await expect(page.getByText('No definitions yet')).toHaveCount(0);
  await expect(page.getByText('0 definitions')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page
    .getByRole('button', { name: /Try again|Retry/ })
    .first()
    .click();
  await expect(
    page.getByRole('table', { name: 'Workflow definitions' }).getByRole('rowheader').first(),
  ).toBeVisible();
});

test('a sign-in that cannot reach the server says so and keeps the keyboard on the form', async ({
  page,
}) => {
  await page.goto('/sign-in');
  // Chromium sends a GET again by itself a few times when its connection drops.
  await armFault(page.request, { on: 'currentPrincipal', kind: 'drop', times: 10 });
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Password').fill('admin');
  await page.getByRole('button', { name: 'Sign in' }).press('Enter');
  const failure = page.getByRole('alert');
  await expect(failure).toHaveText(
    'Could not reach the server. Check your connection, and the API base URL under Connection settings, then try again.',
  );
  // Focus was on the busy Sign in button; it is now on the message, not lost to the page.
  await expect(failure).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('User name')).toBeFocused();
  await clearFaults(page.request);
  await page.getByRole('button', { name: 'Sign in' }).press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a targets save answered with unreadable data does not claim it failed, and keeps the change', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const grid = page.getByRole('grid', { name: /^Targets \d{4}$/ });
  const target = grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^Olivia Grant/ }) })
    .locator('[role="gridcell"][aria-colindex="3"]');
  await target.click();
  await page.keyboard.type('4321');
  await page.keyboard.press('Enter');
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'malformed' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The save could not be confirmed')).toBeVisible();
  await expect(
    page.getByText(/so the targets may have been saved\. Reload the page/),
  ).toBeVisible();
  await expect(page.getByText('The targets were not saved')).toBeHidden();
  await expect(target).toHaveText('4,321');
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  // Nothing reached the database (the fault answered instead): leave the group as it was.
  await page.getByRole('button', { name: 'Discard all changes', exact: true }).click();
  await page
    .getByRole('alertdialog', { name: 'Discard all unsaved changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click();
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeHidden();
});
