import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';
import { clearFaults, rewriteAnswers } from './sandboxFaults.ts';

/**
 * A group's PeriodType the user's role may not see (its FieldRight None, contract §2.4) is not
 * said above the grid, though the sandbox still sends it (as a tenant may). This year's group is
 * monthly.
 */
const year = new Date().getFullYear();
const { grid } = targetsGrid(year);

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const hidePeriodType = (page: Page) =>
  rewriteAnswers(page.request, {
    on: 'Agents/Targets/GetTargetGroup',
    fieldRights: { PeriodType: { mask: 'None', reason: 'Your role may not see the period type' } },
  });

test('the summary above the grid does not say a hidden period type', async ({ page }) => {
  await hidePeriodType(page);
  await signIn(page, 'admin', '/targets');
  await expect(grid(page)).toBeVisible();
  const summary = page.getByText(/\d+ assignments$/);
  await expect(summary).toBeVisible();
  await expect(summary).not.toContainText('Monthly');
  await expect(page.getByText(/monthly/i)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('summary-1440.png') });

  // Nor do the group settings (its field is not there).
  await page.getByRole('button', { name: 'Group settings' }).click();
  const dialog = page.getByRole('dialog', { name: /Group settings/ });
  await expect(dialog.getByLabel(/Year/).first()).toBeVisible();
  await expect(dialog.getByLabel(/Period type/)).toHaveCount(0);
  await expect(dialog.getByText(/monthly/i)).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('settings-1440.png') });
  await expectNoAxeViolations(page);
});

test('the summary still says a period type the user may see', async ({ page }) => {
  await signIn(page, 'admin', '/targets');
  await expect(grid(page)).toBeVisible();
  await expect(page.getByText(/\d+ assignments$/)).toHaveText(/^Monthly · \d+ assignments$/);
});
