import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { deleteTargetGroupOfYear, saveNewTargetGroup } from './targetsAdminApi.ts';

/** The spec's own years (no other spec uses them): the group is made in FROM and moved to TO. */
const FROM = 2058;
const TO = 2059;

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

  test('shows the new year from the saved answer, without reading the group again', async ({
    page,
  }) => {
    await signIn(page, 'admin', `/targets?year=${FROM}`);
    await expect(page.getByRole('grid', { name: `Targets ${FROM}` })).toBeVisible();
    const settings = page.getByRole('button', { name: 'Group settings' });
    await settings.click();
    const dialog = page.getByRole('dialog', { name: 'Group settings' });
    await dialog.getByLabel('Year').fill(String(TO));
    // Every read of a group from here on (GetTargetGroup, …ForYear, …ForYearAndDimension).
    const reads: string[] = [];
    page.on('request', (r) => {
      const method = /\/Agents\/Targets\/(GetTargetGroup\w*)/i.exec(r.url())?.[1];
      if (method) reads.push(`${method} ${r.postData() ?? r.url()}`);
    });
    // Whether the page's loading placeholder shows at any moment from here on.
    await page.evaluate(() => {
      const w = window as unknown as { loadingShown?: boolean };
      w.loadingShown = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes('Loading targets…')) w.loadingShown = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('grid', { name: `Targets ${TO}` })).toBeVisible();
    // The focus comes back once the new year's page has settled.
    await expect(settings).toBeFocused();
    expect(reads).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { loadingShown?: boolean }).loadingShown),
    ).toBe(false);
    // Last year (the year the group left) has no targets now: said without asking the server.
    await page
      .getByRole('grid', { name: `Targets ${TO}` })
      .getByRole('rowheader', { name: /^Chloe Martin/ })
      .click();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Copy from last year ± %…' }).click();
    const copy = page.getByRole('dialog', { name: 'Copy from last year' });
    await copy.getByRole('button', { name: 'Copy' }).click();
    await expect(copy.getByText(`There are no targets for Chloe Martin in ${FROM}.`)).toBeVisible();
    expect(reads).toEqual([]);
  });
});
