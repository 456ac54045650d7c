import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/** Flow 2 has goal 3, "Added to project" with the group “Engaged attendees”. */
test('two goals of one type are told apart in their links and page titles', async ({
  page,
  request,
}) => {
  const fresh = await workflowAsAdmin(request, 'CreateDefaultWorkflowGoal');
  const own = await workflowAsAdmin(request, 'SaveWorkflowGoal', {
    body: {
      ...fresh,
      WorkflowId: 2,
      GoalType: 'AddedToProject',
      RestrictionGroups: [{ Name: 'Spring fair', Rank: 1, Restrictions: [] }],
    },
  });
  try {
    await signIn(page, 'admin', '/workflows/2');
    await expect(
      page.getByRole('link', { name: 'Goal: Added to project, “Engaged attendees”' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Goal: Added to project, “Spring fair”' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Goal: Added to project, “Spring fair”' }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/^Goal: Added to project, “Spring fair”/);
  } finally {
    await workflowAsAdmin(request, 'DeleteWorkflowGoal', {
      query: { WorkflowGoalId: own.WorkflowGoalId },
    });
  }
});
