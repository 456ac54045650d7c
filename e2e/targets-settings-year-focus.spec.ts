import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { deleteTargetGroupOfYear, saveNewTargetGroup } from './targetsAdminApi.ts';

/** The spec's own years (no other spec uses them): the group is made in FROM and moved to TO. */
const FROM = 2056;
const TO = 2057;

async function deleteSpecGroups(request: APIRequestContext) {
  for (const year of [FROM, TO]) await deleteTargetGroupOfYear(request, year);
}

test.describe('moving a target group to another year', () => {
  test.beforeEach(async ({ request }) => {
    await deleteSpecGroups(request);
    await saveNewTargetGroup(request, FROM);
  });
  test.afterEach(async ({ request }) => {
    await deleteSpecGroups(request);
  });

  test('keeps the focus on Group settings, as other settings changes do', async ({ page }) => {
    await signIn(page, 'admin', `/targets?year=${FROM}`);
    await expect(page.getByRole('grid', { name: `Targets ${FROM}` })).toBeVisible();
    const settings = page.getByRole('button', { name: 'Group settings' });
    await settings.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Group settings' });
    await dialog.getByLabel('Year').fill(String(TO));
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('grid', { name: `Targets ${TO}` })).toBeVisible();
    // The focus fell to the page's body: a keyboard user started again from the top.
    await expect(settings).toBeFocused();
  });
});
