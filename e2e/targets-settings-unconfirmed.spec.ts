import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { deleteTargetGroupOfYear, saveNewTargetGroup } from './targetsAdminApi.ts';

/**
 * Group settings saved while the answer is lost on the way (a proxy's 504 after the server stored
 * them) or cannot be read: the dialog must not say they were not saved, and Reload shows what the
 * server has. Each test has a monthly group of its own year, deleted after it.
 */
const STORED = 2074;
const UNREAD = 2075;

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Group settings' });

/** Opens the group's settings and chooses quarters. */
async function chooseQuarters(page: Page, year: number) {
  await signIn(page, 'admin', `/targets?year=${year}`);
  await expect(page.getByText('Monthly ·')).toBeVisible();
  await page.getByRole('button', { name: 'Group settings' }).click();
  await dialog(page).getByRole('combobox', { name: 'Period type' }).click();
  await page.getByRole('option', { name: 'Quarter' }).click();
}

test.afterEach(async ({ request }) => {
  await clearFaults(request);
  for (const year of [STORED, UNREAD]) await deleteTargetGroupOfYear(request, year);
});

test('settings stored but answered by a proxy’s 504 are not called unsaved, and Reload shows them saved', async ({
  page,
  request,
}) => {
  await deleteTargetGroupOfYear(request, STORED);
  await saveNewTargetGroup(request, STORED, 'Month');
  await chooseQuarters(page, STORED);
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'gatewayTimeout' });
  await dialog(page).getByRole('button', { name: 'Save settings' }).click();

  const alert = dialog(page).getByRole('alert');
  await expect(alert).toContainText('The settings could not be confirmed');
  await expect(alert).toContainText(
    'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the change may or may not have gone through.',
  );
  await expect(page.getByText('The settings were not saved')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText('Group settings saved').first()).toBeVisible();
  await expect(page.getByText('Quarterly ·')).toBeVisible();
  await expect(
    page.getByRole('grid', { name: `Targets ${STORED}` }).getByRole('columnheader'),
  ).toHaveText(['Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Year total']);
});

test('settings answered with unreadable data: Reload tells they were not stored', async ({
  page,
  request,
}) => {
  await deleteTargetGroupOfYear(request, UNREAD);
  await saveNewTargetGroup(request, UNREAD, 'Month');
  await chooseQuarters(page, UNREAD);
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'malformed' });
  await dialog(page).getByRole('button', { name: 'Save settings' }).click();

  const alert = dialog(page).getByRole('alert');
  await expect(alert).toContainText('The settings could not be confirmed');
  await expect(alert).toContainText('so the change may have gone through.');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText('The group settings were not saved').first()).toBeVisible();
  await expect(
    page
      .getByText(
        `The server still has Targets ${UNREAD}, monthly. Open Group settings to change them again.`,
      )
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Monthly ·')).toBeVisible();
});
