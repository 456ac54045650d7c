import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { saveNewTargetGroup } from './targetsAdminApi.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * A planner's unsaved draft when an admin changes the group's period type meanwhile. Its own
 * group (a year no other spec touches), created through the API.
 */
const YEAR = 2045;

const { grid, cell } = targetsGrid(YEAR);

test('a draft made by half year, after the admin changed the group to quarters, says so', async ({
  browser,
  page,
  request,
}) => {
  await saveNewTargetGroup(request, YEAR, 'HalfYear');

  await signIn(page, 'planner', `/targets?year=${YEAR}`);
  await cell(page, 'Ella Sand', 0).click();
  await page.keyboard.type('5000');
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();

  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await signIn(adminPage, 'admin', `/targets?year=${YEAR}`);
  await adminPage.getByRole('button', { name: 'Group settings' }).click();
  const d = adminPage.getByRole('dialog', { name: 'Group settings' });
  await d.getByRole('combobox', { name: 'Period type' }).click();
  await adminPage.getByRole('option', { name: 'Quarter' }).click();
  await d.getByRole('button', { name: 'Save settings' }).click();
  await expect(d).toBeHidden();
  await expect(adminPage.getByText('Quarterly ·')).toBeVisible();
  await context.close();

  await page.reload();
  await expect(grid(page).getByRole('columnheader', { name: /Q4/ })).toBeVisible();
  const notice = page.getByText(
    'The period type of these targets was changed from Half year to Quarter after your changes were made, so your values no longer fit its periods and were not restored. Enter them again if you still want them.',
  );
  await expect(notice).toBeVisible();
  await expect(page.getByText(/shown on top of their values/)).toHaveCount(0);
  await expect(page.getByText(/could not be kept/)).toHaveCount(0);
  await expect(page.getByText('1 unsaved change', { exact: true })).toHaveCount(0);
});
