import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { keepSeed, workflowAsAdmin } from './workflowsAdminApi.ts';

/** A new goal starts with no type: it is saved only once one is chosen. */
async function chooseGoalType(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Goal type' }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

/**
 * The goal and option editors never write over someone else's save unseen, and never create a
 * second copy of a new goal or option whose first Save lost its answer.
 */

const test = base.extend<{
  /**
   * A page of its own browser context (another tab, another person), signed in as admin at
   * `path`; with `storageOf`, the context starts with that page's storage (its kept drafts).
   * Its context is closed after the test.
   */
  openAs: (path: string, storageOf?: Page) => Promise<Page>;
  /**
   * These tests save goal 3, option 3 and add to split step 3 and flow 2, which workflows.spec.ts
   * (run after this file) expects as seeded: each test puts them back.
   */
  seedKept: void;
}>({
  openAs: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (path, storageOf) => {
      const context = await browser.newContext({
        storageState: storageOf ? await storageOf.context().storageState() : undefined,
      });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, 'admin', path);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
  seedKept: [
    async ({ request }, provide) => {
      const restore = await keepSeed(request, {
        goalId: 3,
        optionId: 3,
        splitStepId: 3,
        flowId: 2,
      });
      await provide();
      await restore();
    },
    { auto: true },
  ],
});

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
const stepItems = (page: Page) =>
  page.getByRole('list', { name: 'Steps on this path' }).getByRole('listitem');
/** What the editor says once a save went through. */
const storedNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'The server stored' });
/** What the editor says when someone else saved the goal or option since it was opened. */
const conflictNotice = (page: Page, what: 'goal' | 'option') =>
  page
    .getByRole('status')
    .filter({ hasText: `Not saved: someone else saved this ${what} since you opened it` });

/** Opens a new option of flow 1's split as the admin, with `name` typed in. */
async function newOptionNamed(page: Page, name: string) {
  await signIn(page, 'admin', '/workflows/1/options/new?step=3&type=LinkClicked');
  await page.getByLabel('Name').fill(name);
}

/** The next call of `method` is carried out by the sandbox, but its answer never arrives. */
async function loseNextAnswer(page: Page, method: string) {
  await armFault(page.request, { on: method, kind: 'dropAfter' });
}

test.describe('workflow editors and other people’s saves', () => {
  test('a goal saved by someone else meanwhile is not overwritten; Reload shows theirs and lists mine', async ({
    openAs,
  }) => {
    const a = await openAs('/workflows/2/goals/3');
    const b = await openAs('/workflows/2/goals/3');
    const group1 = (p: Page) => p.getByRole('region', { name: /^Group 1/ });
    await expect(group1(a).getByLabel('Description')).toBeVisible();
    const description = await group1(a).getByLabel('Description').inputValue();

    // B renames group 1 and saves.
    await group1(b).getByLabel('Group name').fill('Renamed by B');
    await saveButton(b).click();
    await expect(storedNotice(b)).toBeVisible();

    // A, still on the goal as it was, changes the group's description and saves.
    await group1(a).getByLabel('Description').fill('Edited by A');
    await saveButton(a).click();
    const conflict = conflictNotice(a, 'goal');
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('list', { name: 'You changed' })).toContainText(
      'Restriction groups: group 1',
    );
    // Both changed the groups: before choosing, A is told that Save mine anyway would lose B's.
    await expect(conflict).toContainText(
      'They also changed the restriction groups. Save mine anyway replaces all the groups with yours, so their changes to the groups are lost.',
    );
    await expect(group1(a).getByLabel('Description')).toHaveValue('Edited by A');
    await expectNoAxeViolations(a);

    // B's rename is still stored.
    const c = await openAs('/workflows/2/goals/3');
    await expect(group1(c).getByLabel('Group name')).toHaveValue('Renamed by B');

    // Reload (from the keyboard): B's version, and what A had changed is listed.
    await conflict.getByRole('button', { name: 'Reload' }).focus();
    await a.keyboard.press('Enter');
    await expect(group1(a).getByLabel('Group name')).toHaveValue('Renamed by B');
    await expect(group1(a).getByLabel('Description')).toHaveValue(description);
    const reloaded = a
      .getByRole('status')
      .filter({ hasText: 'This is the goal as someone else saved it' });
    await expect(
      reloaded.getByRole('list', { name: 'Your changes that were not saved' }),
    ).toContainText('Restriction groups: group 1');
    await expect(saveButton(a)).toBeDisabled();
    // The Reload button went with its notice: focus is on the notice now, not lost on the page.
    await expect(a.locator(':focus')).toContainText('This is the goal as someone else saved it');
  });

  test('an option saved by someone else meanwhile: Save mine anyway keeps their new step and my name', async ({
    openAs,
  }) => {
    const a = await openAs('/workflows/1/options/3');
    const b = await openAs('/workflows/1/options/3');
    await expect(stepItems(a).first()).toBeVisible();
    const stepsBefore = await stepItems(a).count();

    // B adds a step and saves.
    await b.getByRole('button', { name: 'Add step' }).click();
    await expect(stepItems(b)).toHaveCount(stepsBefore + 1);
    await saveButton(b).click();
    await expect(storedNotice(b)).toBeVisible();

    // A, still on the option as it was, renames it and saves: nothing is written.
    await a.getByLabel('Name').fill('Everyone else (A)');
    await saveButton(a).click();
    const conflict = conflictNotice(a, 'option');
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('list', { name: 'You changed' })).toHaveText(
      'Name: “Everyone else (A)”',
    );
    // Only B changed the steps: nothing of theirs is lost.
    await expect(conflict).not.toContainText('They also changed');
    const c = await openAs('/workflows/1/options/3');
    await expect(stepItems(c)).toHaveCount(stepsBefore + 1);
    await expect(c.getByLabel('Name')).not.toHaveValue('Everyone else (A)');

    // Save mine anyway: A's name goes over B's version, B's step stays.
    await conflict.getByRole('button', { name: 'Save mine anyway' }).click();
    await expect(storedNotice(a)).toContainText('“Everyone else (A)”');
    await c.reload();
    await expect(c.getByLabel('Name')).toHaveValue('Everyone else (A)');
    await expect(stepItems(c)).toHaveCount(stepsBefore + 1);
  });
});

test.describe('Save mine anyway on an option whose steps both people changed', () => {
  /** Someone else edits a step where steps are edited (this editor only orders them). */
  async function editStep(page: Page, stepId: number, props: Record<string, unknown>) {
    const step = await workflowAsAdmin(page.request, 'GetWorkflowStep', {
      body: { WorkflowStepId: stepId },
    });
    await workflowAsAdmin(page.request, 'SaveWorkflowStep', { body: { ...step, ...props } });
  }
  /** The id of option 3's step at `index` (in rank order), as stored now. */
  const stepIdOf = async (page: Page, index: number) => {
    const option = await workflowAsAdmin(page.request, 'GetWorkflowStepOption', {
      body: { WorkflowStepOptionId: 3 },
    });
    const steps = option.Steps as { WorkflowStepId: number; Rank: number }[];
    return steps.sort((x, y) => x.Rank - y.Rank)[index]!.WorkflowStepId;
  };
  const stepTexts = (page: Page) => stepItems(page).allInnerTexts();

  test('A adds a step while B moved one and changed another: both are kept', async ({ openAs }) => {
    const a = await openAs('/workflows/1/options/3');
    const b = await openAs('/workflows/1/options/3');
    await expect(stepItems(a)).toHaveCount(2);
    await expect(stepItems(a).nth(0)).toContainText('Wait time');
    await expect(stepItems(a).nth(1)).toContainText('Did you see this?');

    // B moves the e-mail first and saves; then the e-mail's subject is changed too.
    await b.getByRole('button', { name: /^Move up, step 2, Send e-mail/ }).click();
    await saveButton(b).click();
    await expect(storedNotice(b)).toBeVisible();
    await editStep(b, await stepIdOf(b, 0), { Subject: 'Did you see this? (B)' });

    // A, on the option as it was, adds a step at the end and saves.
    await a.getByRole('combobox', { name: 'Step type' }).click();
    await a.getByRole('option', { name: 'Send SMS', exact: true }).click();
    await a.getByRole('button', { name: 'Add step' }).click();
    await expect(stepItems(a)).toHaveCount(3);
    await saveButton(a).click();
    const conflict = conflictNotice(a, 'option');
    await expect(conflict).toContainText(
      'They also changed the steps. Save mine anyway keeps their step changes along with yours.',
    );
    await expectNoAxeViolations(a);

    await conflict.getByRole('button', { name: 'Save mine anyway' }).click();
    await expect(storedNotice(a)).toContainText(
      '3 steps: 1. Send e-mail, 2. Wait time, 3. Send SMS',
    );
    const c = await openAs('/workflows/1/options/3');
    await expect(stepItems(c)).toHaveCount(3);
    const texts = await stepTexts(c);
    expect(texts[0]).toContain('Did you see this? (B)');
    expect(texts[1]).toContain('Wait time');
    expect(texts[2]).toContain('Send SMS');
  });

  test('A removes the step B changed: the banner names that step before A chooses', async ({
    openAs,
  }) => {
    const a = await openAs('/workflows/1/options/3');
    await expect(stepItems(a)).toHaveCount(2);
    await editStep(a, await stepIdOf(a, 1), { Subject: 'Changed by B' });

    await a.getByRole('button', { name: /^Remove step 2, Send e-mail/ }).click();
    await expect(stepItems(a)).toHaveCount(1);
    await saveButton(a).click();
    const conflict = conflictNotice(a, 'option');
    await expect(conflict).toContainText(
      'They also changed the steps, and some of their changes clash with yours: step 2, Send e-mail: “Did you see this?” (you removed it; they changed it). Save mine anyway replaces all the steps with yours, so their changes to the steps are lost.',
    );
  });
});

test.describe('a new goal or option whose create lost its answer', () => {
  test.afterEach(async ({ page }) => {
    await clearFaults(page.request);
  });

  test('an option stored without its answer reaching the page is not created twice', async ({
    page,
  }) => {
    await newOptionNamed(page, 'Lost answer option');
    await loseNextAnswer(page, 'SaveWorkflowStepOption');
    await saveButton(page).click();
    await expect(page.getByRole('alert')).toContainText(
      'Could not reach the server, so the option may have been created or not. Press Save again: Flowdesk first looks for it in the flow, so it is not created twice. Your edits are kept.',
    );

    await saveButton(page).click();
    const found = page
      .getByRole('status')
      .filter({ hasText: 'Not saved: this option seems to be saved already' });
    await expect(found).toContainText('The flow now has an option “Lost answer option”');
    await expectNoAxeViolations(page);
    await found.getByRole('button', { name: 'Open the saved option' }).click();
    await expect(page).toHaveURL(/\/workflows\/1\/options\/\d+$/);
    await expect(page.getByLabel('Name')).toHaveValue('Lost answer option');

    await page.goto('/workflows/1');
    await expect(
      page.getByRole('main').getByRole('link', { name: /Lost answer option/ }),
    ).toHaveCount(1);
  });

  test('an option renamed after its create lost its answer is found by the name it was sent with', async ({
    page,
    openAs,
  }) => {
    await newOptionNamed(page, 'Sent as X');
    await loseNextAnswer(page, 'SaveWorkflowStepOption');
    await saveButton(page).click();
    await expect(page.getByRole('alert')).toContainText(
      'so the option may have been created or not',
    );

    await page.getByLabel('Name').fill('Renamed to Y');
    await saveButton(page).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Not saved: this option seems to be saved already' }),
    ).toContainText('The flow now has an option “Sent as X”');

    const flow = await openAs('/workflows/1');
    await expect(flow.getByRole('main').getByRole('link', { name: /Sent as X/ })).toHaveCount(1);
    await expect(flow.getByRole('main').getByRole('link', { name: /Renamed to Y/ })).toHaveCount(0);
  });

  test('a new option whose check before the create could not reach the server says plainly it was not saved', async ({
    page,
  }) => {
    await newOptionNamed(page, 'Offline option');
    // The split is read again before the create: that read fails, so nothing is sent.
    let creates = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/SaveWorkflowStepOption')) creates += 1;
    });
    // Chromium sends a request cut on a used connection again: cut every copy until cleared.
    await armFault(page.request, { on: 'Workflow/GetWorkflowStep', kind: 'drop', times: 50 });
    await saveButton(page).click();
    await expect(page.getByRole('alert')).toContainText(
      'The option was not saved: Flowdesk could not reach the server. Check your connection, then press Save again. Your edits are kept.',
    );
    await expect(page.getByRole('alert')).not.toContainText('may have been created');
    expect(creates).toBe(0);
  });

  test('a goal whose create was under way when the page was reloaded is found, not created again', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/2/goals/new');
    await chooseGoalType(page, 'Contact updated');
    await page.getByRole('button', { name: 'Add group' }).click();
    await page
      .getByRole('region', { name: /^Group 1/ })
      .getByLabel('Group name')
      .fill('Reload test group');
    const goalsNow = async () => {
      const res = await page.request.post('/api/v1/Agents/Workflow/GetEmailFlow?emailFlowId=2', {
        data: {},
        headers: { authorization: `Basic ${btoa('admin:admin')}` },
      });
      const flow = (await res.json()) as { Goals?: { RestrictionGroups?: { Name?: string }[] }[] };
      return (flow.Goals ?? []).filter((g) =>
        g.RestrictionGroups?.some((r) => r.Name === 'Reload test group'),
      ).length;
    };
    await armFault(page.request, { on: 'SaveWorkflowGoal', kind: 'slow', delayMs: 3000 });
    const sent = page.waitForRequest('**/SaveWorkflowGoal*');
    await saveButton(page).click();
    await sent;
    await page.reload();

    await expect(page.getByRole('status').filter({ hasText: 'are back' })).toContainText(
      'This goal may have been saved already: its save got no answer, or the page went while it was under way. Press Save: Flowdesk first looks for it in the flow and offers to open it, so it is not created twice.',
    );
    // The create the reload left behind reaches the server.
    await expect.poll(goalsNow).toBe(1);

    await saveButton(page).click();
    const found = page
      .getByRole('status')
      .filter({ hasText: 'Not saved: this goal seems to be saved already' });
    await expect(found).toContainText(
      'The flow now has a “Contact updated” goal with the group “Reload test group”',
    );
    await found.getByRole('button', { name: 'Open the saved goal' }).click();
    await expect(page).toHaveURL(/\/workflows\/2\/goals\/\d+$/);
    await expect(
      page.getByRole('region', { name: /^Group 1/ }).getByLabel('Group name'),
    ).toHaveValue('Reload test group');
    expect(await goalsNow()).toBe(1);
  });
});

test('a condition on a count field takes whole numbers only, and says so on the value', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/2/goals/3');
  const group = page.getByRole('region', { name: /^Group 1/ });
  await group.getByRole('button', { name: 'Add condition to group 1' }).click();
  const condition = group.getByRole('group', { name: /^Condition/ }).last();
  await condition.getByRole('combobox', { name: 'Field' }).click();
  await page.getByRole('option', { name: 'Number of sales', exact: true }).click();
  const value = condition.getByLabel('Value');
  await value.fill('1 234,5');
  await saveButton(page).click();
  await expect(value).toHaveAccessibleDescription(
    'Number of sales is a count, so enter a whole number, e.g. 3.',
  );
  await expect(storedNotice(page)).toHaveCount(0);
  await value.fill('-3');
  await saveButton(page).click();
  await expect(value).toHaveAccessibleDescription(
    'Number of sales is a count, so it cannot be below 0. Enter 0 or more, e.g. 3.',
  );
  await expect(storedNotice(page)).toHaveCount(0);
  await value.fill('1 234');
  await saveButton(page).click();
  await expect(storedNotice(page)).toContainText('Number of sales');
});

test('a goal deleted elsewhere hands neither its id nor its unsaved draft to the next new goal', async ({
  page,
  openAs,
  request,
}) => {
  await signIn(page, 'admin', '/workflows/4/goals/new');
  await chooseGoalType(page, 'Contact updated');
  await page.getByRole('button', { name: 'Add group' }).click();
  const groupName = (p: Page) =>
    p.getByRole('region', { name: /^Group 1/ }).getByLabel('Group name');
  await groupName(page).fill('Group of the deleted goal');
  await saveButton(page).click();
  await expect(page).toHaveURL(/\/workflows\/4\/goals\/\d+$/);
  const deletedId = Number(new URL(page.url()).pathname.split('/').pop());
  // One full stop after the empty group's summary, not two.
  await expect(storedNotice(page)).toContainText(
    /1\. Group of the deleted goal — No conditions, so every participant matches\.$/,
  );
  // Typed, not saved: the draft is kept for this address.
  await groupName(page).fill('Typed but not saved');
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.values(localStorage).some((v) => v.includes('Typed but not saved')),
      ),
    )
    .toBe(true);

  // Someone deletes the goal, and someone creates another one on the same flow.
  await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: deletedId } });
  const def = await workflowAsAdmin(request, 'CreateDefaultWorkflowGoal');
  const created = await workflowAsAdmin(request, 'SaveWorkflowGoal', {
    body: {
      ...def,
      WorkflowId: 4,
      GoalType: 'LinkClicked',
      RestrictionGroups: [{ Name: 'Group of the new goal', Rank: 0, Restrictions: [] }],
    },
  });
  const newId = created.WorkflowGoalId as number;
  try {
    // The new goal's page (in this browser, where the old draft is kept) shows the new goal.
    const again = await openAs(`/workflows/4/goals/${newId}`, page);
    await expect(groupName(again)).toHaveValue('Group of the new goal');
    await expect(again.getByRole('status').filter({ hasText: 'are back' })).toHaveCount(0);
    expect(newId).toBeGreaterThan(deletedId);
  } finally {
    await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: newId } });
  }
});
