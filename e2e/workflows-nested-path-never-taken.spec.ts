import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

// Flow 2's "Attended" holds the split "By category": "A customers", then "Everyone else". A path
// of this test's own goes after "Everyone else" (made through the API, deleted after).
let added = 0;

test.beforeEach(async ({ request }, info) => {
  const attended = await workflowAsAdmin(request, 'GetWorkflowStepOption', {
    body: { WorkflowStepOptionId: 4 },
  });
  const split = (
    attended.Steps as { WorkflowStepId: number; StepType: string; Options?: unknown[] }[]
  ).find((s) => s.StepType === 'Split')!;
  const saved = await workflowAsAdmin(request, 'SaveWorkflowStepOption', {
    body: {
      WorkflowStepOptionId: 0,
      WorkflowStepId: split.WorkflowStepId,
      WorkflowId: 2,
      OptionType: 'PersonData',
      Key: `e2e-late-${info.workerIndex}-${Date.now()}`,
      Name: 'E2E late path',
      Rank: (split.Options ?? []).length + 1,
      Steps: [],
    },
  });
  added = saved.WorkflowStepOptionId;
});

test.afterEach(async ({ request }) => {
  if (added)
    await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
      query: { WorkflowStepOptionId: added },
    });
  added = 0;
});

test('a path ranked after “Everyone else” is said never taken where its split is listed on a path', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/2/options/4');
  const paths = page.getByRole('list', { name: /^Paths of step 2, Split/ });
  const late = paths
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Open path “E2E late path”' }) });
  await expect(late).toContainText(
    'No participant takes this path: it is ranked after “Everyone else”, which takes everyone the paths before it did not.',
  );
  const customers = paths
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Open path “A customers”' }) });
  await expect(customers).not.toContainText('No participant takes');
});
