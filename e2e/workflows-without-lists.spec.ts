import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * A SuperOffice tenant has no GetEmailFlowList or GetRestrictableFields (contract §3, §12): the
 * sandbox's own list methods are made to answer as a tenant answers a method it does not have,
 * a 404 (§1.3), and the pages must say what the server does not offer, not "could not load".
 */
async function withoutMethod(page: Page, method: string) {
  await armFault(page.request, { on: method, kind: 'notFound', times: 50 });
}

test.afterEach(async ({ page }) => {
  await clearFaults(page.request);
});

test('a server without a list of flows says so and opens a flow by its id, remembering it', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await withoutMethod(page, 'GetEmailFlowList');
  await page.goto('/workflows');
  await expect(
    page.getByRole('status').filter({ hasText: 'This server does not list flows' }),
  ).toContainText('Open a flow by its id instead');
  // Not a missing record, and no button that reloads the same page.
  await expect(page.getByText('Not found')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'All flows' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search flows' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const flowId = page.getByLabel('Flow id');
  const open = page.getByRole('button', { name: 'Open' });
  await open.click();
  await expect(flowId).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Type the id of the flow to open.')).toBeVisible();
  await expect(flowId).toBeFocused();
  await flowId.fill('1.5');
  await flowId.press('Enter');
  await expect(
    page.getByText('“1.5” is not a flow id: flow ids are whole numbers, such as 12.'),
  ).toBeVisible();
  await flowId.fill('1');
  await open.click();
  await expect(page).toHaveURL(/\/workflows\/1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();

  // Back on the flows page, the flow just opened is offered again.
  await page.getByRole('link', { name: 'Workflows' }).first().click();
  const recent = page.getByRole('region', { name: 'Opened recently in this browser' });
  await recent.getByRole('link', { name: 'Welcome series' }).click();
  await expect(page).toHaveURL(/\/workflows\/1$/);
});

test('a goal on a server without a field list says none is offered, with no Try again', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await withoutMethod(page, 'GetRestrictableFields');
  // The flow page describes its goals from what their conditions store, and says nothing.
  await page.goto('/workflows/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();
  await expect(page.getByText('Could not load the fields conditions can use')).toHaveCount(0);

  await page.goto('/workflows/1/goals/1');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'This server does not offer a list of fields' });
  await expect(notice).toContainText(
    'Only the fields this goal’s conditions already use can be chosen here',
  );
  await expect(notice.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(page.getByText('Could not load the fields conditions can use')).toHaveCount(0);
  // The stored field still shows on its condition.
  await expect(
    page.getByRole('group', { name: 'Condition 1' }).first().getByRole('combobox', {
      name: 'Field',
    }),
  ).not.toHaveText('');
  await expectNoAxeViolations(page);
});

/**
 * A goal of this test's own on flow 4 with a condition on each kind of field, each carrying the
 * ColumnInfo a tenant stores with it (taken from the sandbox's field list before it is hidden).
 */
async function goalWithStoredFields(page: Page) {
  const fields: { Name: string; ColumnInfo: unknown }[] = await workflowAsAdmin(
    page.request,
    'GetRestrictableFields',
  );
  const on = (Name: string, Operator: string, Values: string[], DisplayValues = Values) => ({
    Name,
    Operator,
    Values,
    DisplayValues,
    ColumnInfo: fields.find((f) => f.Name === Name)?.ColumnInfo,
    IsActive: true,
    SubRestrictions: null,
    InterParenthesis: 0,
    InterOperator: 'And',
    UniqueHash: 7,
  });
  const goal = await workflowAsAdmin(page.request, 'SaveWorkflowGoal', {
    body: {
      WorkflowGoalId: 0,
      WorkflowId: 4,
      GoalType: 'PersonUpdated',
      RestrictionGroups: [
        {
          Name: 'Stored fields',
          Description: '',
          Rank: 1,
          Restrictions: [
            on('personCategory', 'oneOf', ['1', '99'], ['A customer', 'Gold (retired)']),
            on('saleAmount', '>=', ['50000']),
            on('personNoMailing', '=', ['0']),
            on('personRegistered', 'after', ['2026-01-01']),
            { ...on('personEmail', 'contains', ['@']), InterOperator: 'None' },
          ],
        },
      ],
    },
  });
  return goal.WorkflowGoalId as number;
}

test.describe('a goal’s conditions on a server without a field list', () => {
  let goalId = 0;
  test.afterEach(async ({ page }) => {
    await workflowAsAdmin(page.request, 'DeleteWorkflowGoal', {
      query: { WorkflowGoalId: goalId },
    });
  });

  test('each condition is edited as its stored field’s type, and Add condition offers those fields', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/');
    goalId = await goalWithStoredFields(page);
    await withoutMethod(page, 'GetRestrictableFields');
    const loaded = page.waitForResponse((r) => r.url().includes('/Workflow/GetWorkflowGoal'));
    await page.goto(`/workflows/4/goals/${goalId}`);
    const original = await (await loaded).json();
    const group = page.getByRole('region', { name: 'Group 1: Stored fields' });
    const condition = (n: number) => group.getByRole('group', { name: `Condition ${n} of` });

    // A list field: its operator by name, its items from the MDO list the condition names.
    await expect(condition(1).getByRole('combobox', { name: /^Operator,/ })).toHaveText(
      'is one of',
    );
    await expect(condition(1).getByRole('checkbox', { name: 'A customer' })).toBeChecked();
    await expect(condition(1).getByRole('checkbox', { name: 'B customer' })).not.toBeChecked();
    await expect(condition(1).getByRole('checkbox', { name: 'Gold (retired)' })).toBeChecked();
    // A number, yes/no, a date and text each get their own value editor.
    await expect(condition(2).getByRole('textbox', { name: /^Value,/ })).toHaveValue(/^50,?000$/);
    await expect(condition(3).getByRole('combobox', { name: /^Value,/ })).toHaveText('No');
    await expect(condition(4).getByRole('textbox', { name: /^Value,/ })).toHaveValue('2026-01-01');
    await expect(condition(5).getByRole('textbox', { name: /^Value,/ })).toHaveValue('@');
    await expect(page.getByRole('combobox', { name: /^Operator,/ }).getByText('oneOf')).toHaveCount(
      0,
    );

    // Add condition offers just the fields the conditions use.
    await group.getByRole('button', { name: 'Add condition to group 1' }).click();
    await condition(6)
      .getByRole('combobox', { name: /^Field,/ })
      .click();
    await expect(page.getByRole('option')).toHaveText([
      'Category',
      'Sales amount',
      'No mailings',
      'Registered',
      'E-mail',
    ]);
    await page.getByRole('option', { name: 'Sales amount' }).click();
    await condition(6)
      .getByRole('textbox', { name: /^Value,/ })
      .fill('100');
    await expectNoAxeViolations(page);

    const request = page.waitForRequest((r) => r.url().includes('/Workflow/SaveWorkflowGoal'));
    await page.getByRole('button', { name: 'Save' }).click();
    const sent = (await request).postDataJSON();
    const [kept, added] = [
      sent.RestrictionGroups[0].Restrictions.slice(0, 5),
      sent.RestrictionGroups[0].Restrictions[5],
    ];
    // The conditions not edited go back exactly as loaded (the last now joins the new one).
    const expected = structuredClone(original.RestrictionGroups[0].Restrictions);
    expected[4].InterOperator = 'And';
    expect(kept).toEqual(expected);
    expect(added).toMatchObject({
      Name: 'saleAmount',
      Values: ['100'],
      ColumnInfo: original.RestrictionGroups[0].Restrictions[1].ColumnInfo,
      // The new last condition joins nothing, as the stored last one did.
      InterOperator: 'None',
    });
  });

  test('a list field whose list cannot be read keeps its stored values, by their names', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/');
    goalId = await goalWithStoredFields(page);
    await withoutMethod(page, 'GetRestrictableFields');
    await withoutMethod(page, 'MDOList/category');
    await page.goto(`/workflows/4/goals/${goalId}`);
    const condition = page
      .getByRole('region', { name: 'Group 1: Stored fields' })
      .getByRole('group', { name: 'Condition 1 of' });
    await expect(condition.getByRole('combobox', { name: /^Operator,/ })).toHaveText('is one of');
    for (const name of ['A customer', 'Gold (retired)']) {
      const box = condition.getByRole('checkbox', { name });
      await expect(box).toBeChecked();
      await expect(box).toHaveAccessibleDescription(/list of values is not available/);
    }
  });
});

/**
 * A list that fails to load (not one the server does not offer) falls back to the same stand-ins:
 * before, its conditions had no value controls and showed "oneOf" and "“50000”".
 */
test.describe('a goal’s conditions when the field list cannot be loaded', () => {
  let goalId = 0;
  test.afterEach(async ({ page }) => {
    await clearFaults(page.request);
    await workflowAsAdmin(page.request, 'DeleteWorkflowGoal', {
      query: { WorkflowGoalId: goalId },
    });
  });

  for (const kind of ['error500', 'drop', 'malformed'] as const)
    test(`the field list failing (${kind}): each condition is edited as its stored field’s type, with Try again`, async ({
      page,
    }) => {
      await signIn(page, 'admin', '/');
      goalId = await goalWithStoredFields(page);
      // Enough for the page's own tries: the list stays unreadable until cleared.
      await armFault(page.request, { on: 'GetRestrictableFields', kind, times: 50 });
      await page.goto(`/workflows/4/goals/${goalId}`);
      const notice = page
        .getByRole('status')
        .filter({ hasText: 'Could not load the fields conditions can use' });
      await expect(notice).toContainText('no other field can be chosen');
      const group = page.getByRole('region', { name: 'Group 1: Stored fields' });
      const condition = (n: number) => group.getByRole('group', { name: `Condition ${n} of` });

      await expect(condition(1).getByRole('combobox', { name: /^Operator,/ })).toHaveText(
        'is one of',
      );
      await expect(condition(1).getByRole('checkbox', { name: 'A customer' })).toBeChecked();
      await expect(condition(1).getByRole('checkbox', { name: 'Gold (retired)' })).toBeChecked();
      await expect(condition(2).getByRole('textbox', { name: /^Value,/ })).toHaveValue(/^50,?000$/);
      await expect(condition(3).getByRole('combobox', { name: /^Value,/ })).toHaveText('No');
      await expect(condition(5).getByRole('textbox', { name: /^Value,/ })).toHaveValue('@');

      // A value edited meanwhile is saved, and the toast reads it typed, not "≥ “60000”".
      await condition(2)
        .getByRole('textbox', { name: /^Value,/ })
        .fill('60000');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const saved = page.getByRole('status').filter({ hasText: 'The server stored' });
      await expect(saved).toContainText(/Sales amount ≥ 60,?000 and No mailings is no/);
      await expect(saved).not.toContainText('oneOf');

      // Try again, once the list can be read, takes the server's list, values still shown.
      await clearFaults(page.request);
      await notice.getByRole('button', { name: 'Try again' }).click();
      await expect(notice).toHaveCount(0);
      await expect(condition(2).getByRole('textbox', { name: /^Value,/ })).toHaveValue(/^60,?000$/);
      await expect(condition(1).getByRole('checkbox', { name: 'A customer' })).toBeChecked();
    });
});
