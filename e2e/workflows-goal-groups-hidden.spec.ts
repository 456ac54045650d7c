import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { expectSaidNowhere } from './saidNowhere.ts';
import { clearFaults, rewriteAnswers } from './sandboxFaults.ts';

/**
 * A goal's restriction groups the user's role may not see (RestrictionGroups' FieldRight None,
 * contract §2.4) are said nowhere, though the sandbox still sends them (as a tenant may). Flow 2
 * has goal 3 ('Added to project') with the group 'Engaged attendees' (Country is one of
 * “Norway”, …).
 */
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const hideGroups = (page: Page, field = 'RestrictionGroups') =>
  rewriteAnswers(page.request, {
    on: 'Agents/Workflow/',
    fieldRights: { [field]: { mask: 'None', reason: 'Your role may not see this field' } },
  });

test('the flow page lists a goal without the groups the user may not see', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await hideGroups(page);
  await page.goto('/workflows/2');
  const goals = page.getByRole('region', { name: 'Goals' });
  await expect(goals.getByRole('link', { name: 'Goal: Added to project' })).toBeVisible();
  await expect(goals.getByText(/group/)).toHaveCount(0);
  await expectSaidNowhere(page, 'Engaged attendees');
  await expect(page.getByText(/Norway/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the flow page lists groups without the names the user may not see', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await hideGroups(page, 'RestrictionGroups.Name');
  await page.goto('/workflows/2');
  const goals = page.getByRole('region', { name: 'Goals' });
  await expect(goals.getByRole('link', { name: 'Goal: Added to project' })).toBeVisible();
  await expect(goals.getByText(/Group 1: Country is one of/)).toBeVisible();
  await expectSaidNowhere(page, 'Engaged attendees');

  // Nor does the goal's own page, in its group's heading or anywhere else.
  await goals.getByRole('link', { name: 'Goal: Added to project' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goal: Added to project');
  await expect(page.getByRole('heading', { name: /^Group 1/ })).toBeVisible();
  await expectSaidNowhere(page, 'Engaged attendees');
  await expect(page.getByLabel('Group name')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
