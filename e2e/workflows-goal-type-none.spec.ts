import { expect, test as base, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { clearFaults, rewriteAnswers, type Right } from './sandboxFaults.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * A goal stored with GoalType None (a tenant may have one; the seed has none, so each test stores
 * its own in flow 2 and deletes it): the editor asks for a type before it saves, as for a new
 * goal, unless the role may not change or see the type (then it is saved as None, as stored).
 */
const test = base.extend<{ typelessGoal: number }>({
  typelessGoal: async ({ request }, provide) => {
    const fresh = await workflowAsAdmin(request, 'CreateDefaultWorkflowGoal');
    const own = await workflowAsAdmin(request, 'SaveWorkflowGoal', {
      body: {
        ...fresh,
        WorkflowId: 2,
        GoalType: 'None',
        RestrictionGroups: [{ Name: 'Typeless', Rank: 1, Restrictions: [] }],
      },
    });
    const id: number = own.WorkflowGoalId;
    await provide(id);
    await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: id } });
  },
});

// Before the goal goes (fixtures are torn down after this): rewrites end with the test.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const stored = async (page: Page, id: number) =>
  (await workflowAsAdmin(page.request, 'GetWorkflowGoal', { query: { workflowGoalId: id } })) as {
    GoalType: string;
    RestrictionGroups: { Name: string }[];
  };

const renameGroup = async (page: Page, name: string) =>
  page
    .getByRole('region', { name: /^Group 1/ })
    .getByLabel('Group name')
    .fill(name);

test('a goal stored with no type is saved only once a type is chosen, as a new goal is', async ({
  page,
  typelessGoal: id,
}) => {
  await signIn(page, 'admin', `/workflows/2/goals/${id}`);
  const goalType = page.getByRole('combobox', { name: 'Goal type' });
  await expect(goalType).toHaveText('Choose a goal type…');
  // "No goal type" is not a choice either.
  await goalType.click();
  await expect(page.getByRole('option', { name: 'Had chat', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'No goal type' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await renameGroup(page, 'Typeless, renamed');
  await page.getByRole('button', { name: 'Save' }).click();
  // Refused on the field, as a new goal's Save on the empty form is: nothing is stored.
  await expect(goalType).toHaveAccessibleDescription('Choose a goal type.');
  await expect(goalType).toBeFocused();
  await expectNoAxeViolations(page);
  expect(await stored(page, id)).toMatchObject({
    GoalType: 'None',
    RestrictionGroups: [{ Name: 'Typeless' }],
  });

  await goalType.click();
  await page.getByRole('option', { name: 'Had chat', exact: true }).click();
  await expect(goalType).toHaveAccessibleDescription('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('No changes')).toBeVisible();
  expect(await stored(page, id)).toMatchObject({
    GoalType: 'HadChat',
    RestrictionGroups: [{ Name: 'Typeless, renamed' }],
  });
});

const notTheirs: [string, Right][] = [
  ['read-only', { mask: 'Read', reason: 'Your role may not change the goal type' }],
  ['hidden', { mask: 'None', reason: 'Your role may not see the goal type' }],
];
for (const [how, right] of notTheirs)
  test(`a goal stored with no type whose type is ${how} for the role is saved as it is`, async ({
    page,
    typelessGoal: id,
  }) => {
    await signIn(page, 'admin', '/');
    await rewriteAnswers(page.request, {
      on: 'Agents/Workflow/',
      fieldRights: { GoalType: right },
    });
    await page.goto(`/workflows/2/goals/${id}`);
    await expect(page.getByLabel('Group name')).toHaveValue('Typeless');
    await renameGroup(page, 'Typeless, renamed');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('No changes')).toBeVisible();
    expect(await stored(page, id)).toMatchObject({
      GoalType: 'None',
      RestrictionGroups: [{ Name: 'Typeless, renamed' }],
    });
  });
