import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsAsAdmin as targets } from './targetsAdminApi.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * A planner's unsaved work when the browser cannot keep drafts (storage full or turned off): each
 * test has a monthly group of its own year, created through the API, that no other spec touches.
 */

/** Creates and saves a monthly group for `year`; returns it as saved. */
async function monthlyGroup(request: APIRequestContext, year: number) {
  const draft = await targets(request, 'CreateDefaultTargetGroup', {
    Year: year,
    PeriodType: 'Month',
  });
  return targets(request, 'SaveTargetGroup', draft);
}

/** From the first page load on, the browser refuses to store a draft, as with a full quota. */
async function refuseDrafts(page: Page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('flowdesk.targets.draft.'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
}

async function type(
  page: Page,
  cell: ReturnType<ReturnType<typeof targetsGrid>['cell']>,
  value: string,
) {
  await cell.click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

test('when the browser cannot keep a draft, the planner is told once, and editing and saving go on', async ({
  page,
  request,
}) => {
  const year = 2047;
  const { cell } = targetsGrid(year);
  await monthlyGroup(request, year);
  await refuseDrafts(page);
  await signIn(page, 'planner', `/targets?year=${year}`);

  await type(page, cell(page, 'Ella Sand', 0), '5000');
  const warning = page
    .getByRole('status')
    .filter({ hasText: 'Your unsaved changes are not kept in this browser' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(
    'so they would be lost if the page is reloaded or closed. Save soon to keep them.',
  );
  await expectNoAxeViolations(page);

  // Editing goes on, and the warning is not repeated.
  await type(page, cell(page, 'Ella Sand', 1), '6000');
  await expect(page.getByText('2 unsaved changes', { exact: true })).toBeVisible();
  await expect(warning).toHaveCount(1);
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toHaveCount(0);
  await type(page, cell(page, 'Ella Sand', 2), '7000');
  await expect(page.getByText('3 unsaved changes', { exact: true })).toBeVisible();
  await expect(warning).toHaveCount(0);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Saved 3 changes\./).first()).toBeVisible();
  await page.reload();
  await expect(cell(page, 'Ella Sand', 0)).toHaveText('5,000');
  await expect(cell(page, 'Ella Sand', 2)).toHaveText('7,000');
});
