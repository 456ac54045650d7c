import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/**
 * A record whose TableRight lacks Select is hidden from the user (contract §2.4). The sandbox
 * answers a real record with TableRight None on request (its hiddenRecord fault), as a tenant
 * would for a role that may not see it.
 */
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test('a goal the server hides shows why, and none of its fields, values or actions', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetWorkflowGoal', kind: 'hiddenRecord', times: 20 });
  await page.goto('/workflows/2/goals/3');
  const notice = page.getByRole('status').filter({ hasText: 'This record is hidden from you.' });
  await expect(notice).toContainText('Your role may not see this record.');
  // Named by its id only: not by its type or its groups' names.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goal 3');
  await expect(page).toHaveTitle(/^Goal 3 /);
  await expect(page.getByRole('form', { name: /goal/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a flow the server hides shows why, not its steps or goals', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetEmailFlow', kind: 'hiddenRecord', times: 20 });
  await page.goto('/workflows/2');
  await expect(page.getByRole('heading', { level: 1, name: 'Flow 2' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'This record is hidden from you.' }),
  ).toContainText('Your role may not see this record.');
  await expect(page.getByRole('heading', { name: 'Steps' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Goal:/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a target group the server hides shows why, and no grid of its values', async ({ page }) => {
  await signIn(page, 'planner', '/');
  await armFault(page.request, { on: 'GetTargetGroupForYear', kind: 'hiddenRecord', times: 20 });
  await page.goto(`/targets?year=${new Date().getFullYear()}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'This record is hidden from you.' }),
  ).toContainText('Your role may not see this record.');
  await expect(page.getByRole('grid')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  // Nor what the group holds or a way into its settings.
  await expect(page.getByText(/\d+ assignments/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Group settings/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
