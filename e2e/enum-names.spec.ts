import { expect, test, type Page, type Request } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * The enum pickers (goal, option, step and event type) against MDO lists shaped as a real
 * tenant's: the enum's number as Id, its text as Name, ExtraInfo empty. Whatever the user picks
 * travels by its enum name (contract §1.4), and a stored value always shows as selected.
 */

async function chooseOption(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The JSON body of the next request to the Workflow agent's `method`, once `act` has sent it. */
async function bodyOf(page: Page, method: string, act: () => Promise<void>) {
  const sent = page.waitForRequest((r: Request) => r.url().includes(`/Workflow/${method}`));
  await act();
  return (await sent).postDataJSON() as Record<string, unknown>;
}

/** Opens `path` and waits for MDO list `name`, so a picker shows the list and not its fallback. */
async function gotoWithList(page: Page, path: string, name: string) {
  const listed = page.waitForResponse((r) => r.url().includes(`/MDOList/${name}`) && r.ok());
  await page.goto(path);
  await listed;
}

/** The split step of flow 1 ("What did they click?"). */
async function flow1SplitId(page: Page): Promise<number> {
  const flow = await workflowAsAdmin(page.request, 'GetEmailFlow', { query: { emailFlowId: 1 } });
  return (flow.Steps as { WorkflowStepId: number; StepType: string }[]).find(
    (s) => s.StepType === 'Split',
  )!.WorkflowStepId;
}

test.describe('enum pickers read real-shaped MDO lists (ExtraInfo empty)', () => {
  const createdGoals: number[] = [];
  const createdOptions: number[] = [];
  test.afterEach(async ({ request }) => {
    for (const id of createdGoals.splice(0))
      await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: id } });
    for (const id of createdOptions.splice(0))
      await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
        query: { WorkflowStepOptionId: id },
      });
  });

  test('a stored goal type shows selected, and a picked one is saved by its enum name', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    await gotoWithList(page, '/workflows/1/goals/1', 'workflowgoaltype');
    await expect(page.getByRole('combobox', { name: 'Goal type' })).toHaveText(
      'Sale created on contact',
    );

    await page.goto('/workflows/4/goals/new');
    await chooseOption(page, 'Goal type', 'Added to project');
    const body = await bodyOf(page, 'SaveWorkflowGoal', () =>
      page.getByRole('button', { name: 'Save' }).click(),
    );
    expect(body.GoalType).toBe('AddedToProject');
    await expect(page).toHaveURL(/\/workflows\/4\/goals\/\d+$/);
    createdGoals.push(Number(/goals\/(\d+)$/.exec(page.url())![1]));
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Goal type' })).toHaveText('Added to project');
  });

  test('a stored option type the list has no item for shows by its name; a picked one is saved by name', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    await gotoWithList(page, '/workflows/1/options/1', 'workflowsplitoptiontype');
    await expect(page.getByRole('combobox', { name: 'Option type' })).toHaveText('Link clicked');

    // Form data has no item in workflowsplitoptiontype: the stored value still shows.
    const saved = await workflowAsAdmin(page.request, 'SaveWorkflowStepOption', {
      body: {
        WorkflowStepOptionId: 0,
        WorkflowStepId: await flow1SplitId(page),
        WorkflowId: 1,
        OptionType: 'FormData',
        Key: 'e2e-form-data',
        Name: 'E2E form data',
        Rank: 1,
        Steps: [],
      },
    });
    createdOptions.push(saved.WorkflowStepOptionId);
    await gotoWithList(
      page,
      `/workflows/1/options/${saved.WorkflowStepOptionId}`,
      'workflowsplitoptiontype',
    );
    const optionType = page.getByRole('combobox', { name: 'Option type' });
    await expect(optionType).toHaveText('Form data');

    await chooseOption(page, 'Option type', 'Project membership');
    const body = await bodyOf(page, 'SaveWorkflowStepOption', () =>
      page.getByRole('button', { name: 'Save' }).click(),
    );
    expect(body.OptionType).toBe('ProjectMembership');
    await expect(page.getByText(/The server stored “E2E form data”/)).toBeVisible();
    await page.reload();
    await expect(optionType).toHaveText('Project membership');
  });

  test('Add step asks for a step of the picked type by its enum name', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1/options/1');
    await chooseOption(page, 'Step type', 'Add to selection/project');
    const body = await bodyOf(page, 'CreateDefaultWorkflowStepFromType', () =>
      page.getByRole('button', { name: 'Add step' }).click(),
    );
    expect(body).toEqual({ StepType: 'AddToList' });
    await expect(page.getByText('Add to selection/project added as step 3 of 3.')).toBeAttached();
  });

  test('an event is sent with the picked event type’s enum name', async ({ page }) => {
    await signIn(page, 'admin', '/events');
    await chooseOption(page, 'Event type', 'Contact created');
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText('Contact created');
    const body = await bodyOf(page, 'SendEvent', () =>
      page.getByRole('button', { name: 'Send event' }).click(),
    );
    expect((body.WorkflowEvent as { EventType: string }).EventType).toBe('PersonCreated');
    await expect(page.getByRole('region', { name: 'Result', exact: true })).toBeVisible();
  });
});
