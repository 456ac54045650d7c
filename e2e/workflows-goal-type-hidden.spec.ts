import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { expectSaidNowhere } from './saidNowhere.ts';
import { armFault, clearFaults, rewriteAnswers } from './sandboxFaults.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * A goal's type the user's role may not see (its FieldRight None, contract §2.4) is shown
 * nowhere: the goal is named by its id, as a hidden goal is ('Goal 3'). Flow 2 ('Webinar
 * follow-up') has goal 3, of type 'Added to project'; the sandbox still sends the type itself,
 * as a tenant may, so only the rights keep it off the page.
 */
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const hideGoalType = (page: Page) =>
  rewriteAnswers(page.request, {
    on: 'Agents/Workflow/',
    fieldRights: { GoalType: { mask: 'None', reason: 'Your role may not see the goal type' } },
  });

test('a goal whose type is hidden is named by its id in its heading, title and breadcrumb', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await hideGoalType(page);
  await page.goto('/workflows/2/goals/3');
  // Loaded: the goal's own group is shown (the flow's goal list could name it before).
  await expect(page.getByLabel('Group name')).toHaveValue('Engaged attendees');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goal 3');
  await expect(page).toHaveTitle(/^Goal 3 /);
  const crumbs = page.getByRole('navigation', { name: /breadcrumb/i });
  await expect(crumbs).toContainText('Goal 3');
  await expectSaidNowhere(page, 'Added to project');
  // Nor an empty card where the type would be.
  await expect(page.getByLabel(/Goal type/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Goal', exact: true })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('goal-1440.png'), fullPage: true });
  await expectNoAxeViolations(page);
});

test('the flow page lists a goal whose type is hidden by its id', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await hideGoalType(page);
  await page.goto('/workflows/2');
  await expect(page.getByRole('heading', { level: 1, name: 'Webinar follow-up' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Goal 3' })).toBeVisible();
  await expectSaidNowhere(page, 'Added to project');
  await expect(page.getByRole('img', { name: /Added to project/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('deleting a goal whose type is hidden names it by its id', async ({ page, request }) => {
  const fresh = await workflowAsAdmin(request, 'CreateDefaultWorkflowGoal');
  const own = await workflowAsAdmin(request, 'SaveWorkflowGoal', {
    body: { ...fresh, WorkflowId: 2, GoalType: 'FormSubmitted', RestrictionGroups: [] },
  });
  const id: number = own.WorkflowGoalId;
  try {
    await signIn(page, 'admin', '/');
    await hideGoalType(page);
    await page.goto(`/workflows/2/goals/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Goal ${id}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    // The dialog names it as its heading does, by its id.
    await expect(page.getByRole('alertdialog', { name: 'Delete this goal?' })).toContainText(
      `The goal “Goal ${id}” is removed from the flow for good.`,
    );
    await page.getByRole('button', { name: 'Delete goal' }).click();
    const notifications = page.getByRole('region', { name: /Notifications/ });
    await expect(notifications.getByText('Goal deleted')).toBeVisible();
    await expect(notifications).toContainText(`Goal ${id} was removed from the flow.`);
    await expect(page.getByText(/Form submitted/)).toHaveCount(0);
  } finally {
    // Left by a failed test only (deleted above otherwise).
    const goals = (await workflowAsAdmin(request, 'GetEmailFlow', { query: { EmailFlowId: 2 } }))
      .Goals as { WorkflowGoalId: number }[];
    if (goals.some((g) => g.WorkflowGoalId === id))
      await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: id } });
  }
});

test('the goal page does not speak of a goal types list for a type the user may not see', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await hideGoalType(page);
  // Both lists fail, however often the page asks: the fields' warning shows the page has heard.
  for (const on of ['GetRestrictableFields', 'MDOList/workflowgoaltype'])
    await armFault(page.request, { on, kind: 'malformed', times: 20 });
  const typesAnswered = page.waitForResponse((r) => r.url().includes('MDOList/workflowgoaltype'));
  await page.goto('/workflows/2/goals/3');
  await typesAnswered;
  await expect(
    page.getByRole('status').filter({ hasText: 'Could not load the fields conditions can use' }),
  ).toBeVisible();
  await expect(page.getByLabel('Group name')).toHaveValue('Engaged attendees');
  await expect(page.getByText('Could not load the goal types')).toHaveCount(0);
  await expect(page.getByText(/Goal type/)).toHaveCount(0);
});
