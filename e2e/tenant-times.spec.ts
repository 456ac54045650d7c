import { expect, test, type Page } from '@playwright/test';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * The sandbox sends SuperOffice date-times as a tenant does: without a zone, as the wall-clock
 * time of the tenant's own zone (UTC for the sandbox). The user here signs in with a time zone far
 * from it, so a page that shifted those times into the user's zone would show another hour.
 */
const zoneless = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}$/;

async function signInFarAway(page: Page, user: string, path: string) {
  await page.goto(path);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(user);
  await page.getByRole('button', { name: 'Connection settings' }).click();
  await page.getByLabel('Culture').fill('de-DE');
  await page.getByLabel('Time zone').fill('Pacific/Auckland');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** "2026-01-15T09:00:00" as de-DE writes that wall-clock time: "15.01.2026, 09:00". */
function asStated(text: string) {
  const [, year, month, day, hour, minute] = zoneless.exec(text) ?? [];
  return `${day}.${month}.${year}, ${hour}:${minute}`;
}

test('the flows list shows when a flow changed as the tenant states it, in any time zone', async ({
  page,
}) => {
  const list = (await workflowAsAdmin(page.request, 'GetEmailFlowList')) as {
    Name: string;
    UpdatedDate: string;
  }[];
  const stated = list.find((f) => f.Name === 'Welcome series')!.UpdatedDate;
  expect(stated).toMatch(zoneless);
  await signInFarAway(page, 'admin', '/workflows');
  const row = page.getByRole('row', { name: /Welcome series/ });
  await expect(row.getByRole('cell').last()).toHaveText(asStated(stated));
});

test('the targets history shows when a revision was made as the tenant states it', async ({
  page,
}) => {
  const year = new Date().getFullYear();
  await signInFarAway(page, 'planner', '/targets');
  const grid = page.getByRole('grid', { name: `Targets ${year}` });
  await expect(grid).toBeVisible();
  const rowHeader = grid.getByRole('rowheader', { name: /^Mats Aas(,|$)/ });
  await rowHeader.click();
  await page.keyboard.press('Shift+F10');
  await page
    .getByRole('menu', { name: 'Actions for Mats Aas' })
    .getByRole('menuitem', { name: 'Revision history' })
    .click();
  const panel = page.getByRole('complementary', { name: 'Revision history' });
  // The oldest revision, the seeded creation: 5 January at 09:00 in the tenant's zone.
  const created = panel.getByRole('list').first().locator(':scope > li').last();
  await expect(created.getByText('Created')).toBeVisible();
  const time = created.locator('time');
  await expect(time).toHaveAttribute('datetime', `${year}-01-05T09:00:00`);
  await expect(time).toHaveText(`05.01.${year}, 09:00`);
});
