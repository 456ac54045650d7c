import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { SPLIT_OF_FLOW, deleteMadePath, saveOption } from './workflowSplitSteps.ts';

/** The body of the next SaveWorkflowStepOption the page sends when `act` runs. */
async function savedBody(page: Page, act: () => Promise<void>) {
  const sent = page.waitForRequest(/\/Agents\/Workflow\/SaveWorkflowStepOption/);
  const answered = page.waitForResponse(/\/Agents\/Workflow\/SaveWorkflowStepOption/);
  await act();
  const body = (await sent).postDataJSON() as Record<string, unknown>;
  expect((await answered).ok()).toBe(true);
  return body;
}

test('an option saved twice is sent back with the Key its first save answered, never with one made up', async ({
  page,
}) => {
  // Own path with its own Key, so the suite's seeded options are not touched.
  const made = await saveOption(page.request, {
    WorkflowStepId: SPLIT_OF_FLOW,
    Key: 'e2e-kept-key',
    Name: 'E2E kept key',
    Rank: 9,
    Steps: [],
  });
  try {
    await signIn(page, 'admin', `/workflows/2/options/${made.WorkflowStepOptionId}`);
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toHaveValue('E2E kept key');
    const save = page.getByRole('button', { name: 'Save', exact: true });

    // Loaded as WorkflowStepOptionBase (no Key), in a flow whose split lists none either.
    await name.fill('E2E kept key, once');
    const first = await savedBody(page, () => save.click());
    expect(first.Key ?? '').toBe('');

    await expect(save).toBeDisabled({ timeout: 15_000 });
    await name.fill('E2E kept key, twice');
    const second = await savedBody(page, () => save.click());
    expect(second.Key).toBe('e2e-kept-key');
  } finally {
    await deleteMadePath(page.request, { id: made.WorkflowStepOptionId, inner: [] });
  }
});
