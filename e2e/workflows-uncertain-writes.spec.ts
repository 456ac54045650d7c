import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * The goal and option editors after a save or delete whose answer was lost (a proxy's 504 after
 * the server carried it out): they neither claim it failed nor treat the user's own write as
 * someone else's.
 */

/** The next request whose path contains `path` fails as `kind` says (the sandbox's faults). */
async function fault(request: APIRequestContext, path: string, kind: string, delayMs = 0) {
  const res = await request.post('/api/sandbox/faults', {
    data: { PathContains: path, Kind: kind, Times: 1, DelayMs: delayMs },
  });
  expect(res.ok()).toBe(true);
}

/** A goal of flow 4 of this test's own, with one group. */
async function ownGoal(request: APIRequestContext, groupName: string): Promise<number> {
  const def = await workflowAsAdmin(request, 'CreateDefaultWorkflowGoal');
  const goal = await workflowAsAdmin(request, 'SaveWorkflowGoal', {
    body: {
      ...def,
      WorkflowId: 4,
      GoalType: 'LinkClicked',
      RestrictionGroups: [{ Name: groupName, Rank: 0, Restrictions: [] }],
    },
  });
  return goal.WorkflowGoalId as number;
}

/** Deletes the goal if it is still there (the test may have deleted it). */
async function dropGoal(request: APIRequestContext, id: number) {
  await request.delete('/api/sandbox/faults');
  await request.post('/api/v1/Agents/Workflow/DeleteWorkflowGoal', {
    headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    params: { WorkflowGoalId: id },
    data: {},
  });
}

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

async function deleteGoal(page: Page) {
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this goal?' });
  await dialog.getByRole('button', { name: 'Delete goal' }).click();
}

const toasts = (page: Page) => page.getByRole('region', { name: /Notifications/ });

test('a goal delete answered by a proxy says it may have gone through; Delete again finds it gone and goes back to the flow', async ({
  page,
  request,
}) => {
  const id = await ownGoal(request, 'Deleted behind a proxy');
  try {
    await signIn(page, 'admin', `/workflows/4/goals/${id}`);
    await expect(saveButton(page)).toBeVisible();
    await fault(request, 'DeleteWorkflowGoal', 'gatewayTimeout');
    await deleteGoal(page);

    const outcome = page.getByText(/may or may not have been deleted/);
    await expect(outcome).toContainText(
      'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the goal may or may not have been deleted. Press Delete again: if it is already gone, Flowdesk says so and takes you back to the flow.',
    );
    await expect(page.getByText('Not deleted', { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await deleteGoal(page);
    await expect(page).toHaveURL(/\/workflows\/4$/);
    await expect(toasts(page).getByText('Goal deleted')).toBeVisible();
    await expect(toasts(page)).toContainText(
      'It was already gone, most likely removed by your earlier try.',
    );
  } finally {
    await dropGoal(request, id);
  }
});

test('a goal deleted by someone else meanwhile: Delete says it was already gone and goes back to the flow', async ({
  page,
  request,
}) => {
  const id = await ownGoal(request, 'Deleted by someone else');
  try {
    await signIn(page, 'admin', `/workflows/4/goals/${id}`);
    await expect(saveButton(page)).toBeVisible();
    await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: id } });
    await deleteGoal(page);

    await expect(page).toHaveURL(/\/workflows\/4$/);
    await expect(toasts(page).getByText('Goal already deleted')).toBeVisible();
    await expect(toasts(page)).toContainText(
      'Someone else removed it from the flow; the flow is up to date now.',
    );
  } finally {
    await dropGoal(request, id);
  }
});
