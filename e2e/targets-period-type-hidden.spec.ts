import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';
import { clearFaults, rewriteAnswers } from './sandboxFaults.ts';
import { deleteTargetGroupOfYear, saveNewTargetGroup } from './targetsAdminApi.ts';

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

const hidePeriodType = (page: Page, on = 'Agents/Targets/GetTargetGroup') =>
  rewriteAnswers(page.request, {
    on,
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

test.describe('Group settings of a group whose period type is hidden', () => {
  /** The test's own years (no other spec uses them): its group is made in FROM, moved to TO. */
  const FROM = 2078;
  const TO = 2079;
  const deleteOwnGroups = async (request: APIRequestContext) => {
    for (const y of [FROM, TO]) await deleteTargetGroupOfYear(request, y);
  };
  test.beforeEach(async ({ request }) => {
    await deleteOwnGroups(request);
    await saveNewTargetGroup(request, FROM, 'Quarter');
  });
  test.afterEach(async ({ request }) => {
    await deleteOwnGroups(request);
  });

  test('say once saved only the year, not the period type', async ({ page }) => {
    // The save's answer too: the notification says what the server stored.
    await hidePeriodType(page, 'Agents/Targets/');
    await signIn(page, 'admin', `/targets?year=${FROM}`);
    await expect(page.getByRole('grid', { name: `Targets ${FROM}` })).toBeVisible();
    await page.getByRole('button', { name: 'Group settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Group settings' });
    await dialog.getByLabel('Year').fill(String(TO));
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog).toBeHidden();
    const saved = page.getByRole('status').filter({ hasText: 'Group settings saved' });
    await expect(saved).toContainText(`Targets ${TO}.`);
    await expect(saved).not.toContainText(/quarterly/i);
    await expect(page.getByText(/quarterly/i)).toHaveCount(0);
  });
});

test.describe('the revision history of a group whose period type is hidden', () => {
  /** The test's own year (no other spec uses it). */
  const OWN = 2080;
  test.beforeEach(async ({ request }) => {
    await deleteTargetGroupOfYear(request, OWN);
    await saveNewTargetGroup(request, OWN, 'Month');
  });
  test.afterEach(async ({ request }) => {
    await deleteTargetGroupOfYear(request, OWN);
  });

  test('does not list a change of the period type', async ({ page }) => {
    const ownGrid = page.getByRole('grid', { name: `Targets ${OWN}` });
    await signIn(page, 'admin', `/targets?year=${OWN}`);
    await expect(ownGrid).toBeVisible();
    // An administrator changed Month → Quarter before the role came to hide the period type.
    await page.getByRole('button', { name: 'Group settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Group settings' });
    await dialog.getByRole('combobox', { name: 'Period type' }).click();
    await page.getByRole('option', { name: 'Quarter' }).click();
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog).toBeHidden();

    await hidePeriodType(page);
    await page.reload();
    await ownGrid
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Chloe Martin(,|$)/ }) })
      .getByRole('rowheader')
      .click();
    await page.keyboard.press('Shift+F10');
    await page
      .getByRole('menu', { name: 'Actions for Chloe Martin' })
      .getByRole('menuitem', { name: 'Revision history' })
      .click();
    const panel = page.getByRole('complementary', { name: 'Revision history' });
    await expect(panel.getByText('Created')).toBeVisible();
    await expect(panel).not.toContainText('Period type');
    await expect(panel).not.toContainText(/Month → Quarter/);
    await page.screenshot({ path: test.info().outputPath('history-1440.png') });
    await expectNoAxeViolations(page);
  });
});
