import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * A goal whose stored values have shapes a tenant's goals can hold but this editor never writes:
 * a list id since removed from the list, an amount with decimals, yes/no as True/False, a date
 * with a time. Each test makes its own goal on flow 4 and deletes it after.
 */
const restriction = (
  Name: string,
  Operator: string,
  Values: string[],
  DisplayValues: string[],
) => ({
  Name,
  Operator,
  Values,
  DisplayValues,
  ColumnInfo: null,
  IsActive: true,
  SubRestrictions: null,
  InterParenthesis: 0,
  InterOperator: 'And',
  UniqueHash: 0,
});
const storedGoal = {
  WorkflowGoalId: 0,
  WorkflowId: 4,
  GoalType: 'PersonUpdated',
  RestrictionGroups: [
    {
      Name: 'Stored values',
      Description: '',
      Rank: 1,
      Restrictions: [
        restriction('personCategory', 'oneOf', ['1', '99'], ['A customer', 'Gold (retired)']),
        restriction('saleAmount', '>=', ['50000.00'], ['50 000,00']),
        restriction('personNoMailing', '=', ['True'], ['True']),
        restriction('personNoMailing', '=', ['false'], ['false']),
        {
          ...restriction('personRegistered', 'after', ['2026-03-01T00:00:00'], ['01.03.2026']),
          InterOperator: 'None',
        },
      ],
    },
  ],
};

let goalId = 0;
test.beforeEach(async ({ request }) => {
  goalId = (await workflowAsAdmin(request, 'SaveWorkflowGoal', { body: storedGoal }))
    .WorkflowGoalId;
});
test.afterEach(async ({ request }) => {
  await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: goalId } });
});

/** Opens the goal as admin; returns what the server sent and the group's region. */
async function openGoal(page: Page) {
  const loaded = page.waitForResponse((r) => r.url().includes('/Workflow/GetWorkflowGoal'));
  await signIn(page, 'admin', `/workflows/4/goals/${goalId}`);
  const original = await (await loaded).json();
  const group = page.getByRole('region', { name: 'Group 1: Stored values' });
  await expect(group).toBeVisible();
  return { original, group };
}

/** Saves and returns the body sent, once the page shows what the server stored. */
async function save(page: Page) {
  const request = page.waitForRequest((r) => r.url().includes('/Workflow/SaveWorkflowGoal'));
  await page.getByRole('button', { name: 'Save' }).click();
  const sent = (await request).postDataJSON();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  return sent.RestrictionGroups[0].Restrictions[0] as { Values: string[]; DisplayValues: string[] };
}

test.describe('goal values stored in other shapes', () => {
  test('a list value no longer in the list shows ticked by its stored name, stays when another box changes, and can be unticked', async ({
    page,
  }) => {
    const { group } = await openGoal(page);
    const category = group.getByRole('group', { name: 'Condition 1' });
    const retired = category.getByRole('checkbox', { name: 'Gold (retired)' });
    await expect(retired).toBeChecked();
    await expect(retired).toHaveAccessibleDescription(/No longer in this field’s list/);

    await category.getByRole('checkbox', { name: 'B customer' }).check();
    expect(await save(page)).toMatchObject({
      Values: ['1', '2', '99'],
      DisplayValues: ['A customer', 'B customer', 'Gold (retired)'],
    });

    await category.getByRole('checkbox', { name: 'A customer' }).uncheck();
    await category.getByRole('checkbox', { name: 'B customer' }).uncheck();
    expect(await save(page)).toMatchObject({ Values: ['99'], DisplayValues: ['Gold (retired)'] });

    await category.getByRole('checkbox', { name: 'A customer' }).check();
    // Unticked, it leaves the condition (and the page: the list has no such item to tick again).
    await retired.click();
    await expect(retired).toHaveCount(0);
    expect(await save(page)).toMatchObject({ Values: ['1'], DisplayValues: ['A customer'] });
  });

  test('changing only the group description sends every condition back exactly as loaded', async ({
    page,
  }) => {
    const { original, group } = await openGoal(page);
    await group.getByLabel('Description').fill('Only this changed');
    const request = page.waitForRequest((r) => r.url().includes('/Workflow/SaveWorkflowGoal'));
    await page.getByRole('button', { name: 'Save' }).click();
    const expected = structuredClone(original);
    expected.RestrictionGroups[0].Description = 'Only this changed';
    // "50000.00" stays as stored, not rewritten to "50000"; True and the date's time stay too.
    expect((await request).postDataJSON()).toEqual(expected);
  });

  test('yes/no stored as True or false reads the same in the editor and the summary', async ({
    page,
  }) => {
    const { group } = await openGoal(page);
    const value = (n: number) =>
      group
        .getByRole('group', { name: `Condition ${n}` })
        .getByRole('combobox', { name: /^Value,/ });
    await expect(value(3)).toHaveText('Yes');
    await expect(value(4)).toHaveText('No');
    await expect(
      group.getByText(/^Summary: .*No mailings is yes and No mailings is no/),
    ).toBeVisible();
  });

  test('a list’s boxes are named, as a group, by their condition, as its other controls are', async ({
    page,
  }) => {
    const { group } = await openGoal(page);
    // It was named just "Values", the one control of the condition that did not say which it was.
    const values = group.getByRole('group', {
      name: 'Values, condition 1 of Group 1: Stored values',
      exact: true,
    });
    await expect(values.getByRole('checkbox', { name: 'A customer' })).toBeVisible();
  });

  test('a date stored with a time shows its day in the input and the summary', async ({ page }) => {
    const { group } = await openGoal(page);
    await expect(
      group.getByRole('group', { name: 'Condition 5' }).getByRole('textbox', { name: /^Value,/ }),
    ).toHaveValue('2026-03-01');
    await expect(group.getByText(/^Summary: .*Registered is after Mar 1, 2026/)).toBeVisible();
  });
});

test.describe('goal editor names', () => {
  test('each repeated control says which condition and group it belongs to, its visible label kept short', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const form = page.getByRole('form', { name: 'Goal' });
    const titles = form.getByRole('heading', { level: 3 });
    await expect(titles).toHaveCount(2);
    const [g1, g2] = (await titles.allTextContents()).map((t) => t.trim());
    // Both groups' first conditions were "Condition 1", with five "Field", "Operator",
    // "Parentheses" and "Active", two "Value", "Group name" and "Description".
    const c1 = form.getByRole('group', { name: `Condition 1 of ${g1}`, exact: true });
    const c3 = form.getByRole('group', { name: `Condition 3 of ${g1}`, exact: true });
    const d1 = form.getByRole('group', { name: `Condition 1 of ${g2}`, exact: true });
    await expect(c1).toBeVisible();
    await expect(d1).toBeVisible();
    for (const label of ['Field', 'Operator', 'Parentheses']) {
      const name = (n: number, g: string) => `${label}, condition ${n} of ${g}`;
      await expect(c1.getByRole('combobox', { name: name(1, g1), exact: true })).toBeVisible();
      await expect(d1.getByRole('combobox', { name: name(1, g2), exact: true })).toBeVisible();
    }
    await expect(
      c3.getByRole('checkbox', { name: `Active, condition 3 of ${g1}`, exact: true }),
    ).toBeVisible();
    await expect(
      c3.getByRole('textbox', { name: `Value, condition 3 of ${g1}`, exact: true }),
    ).toBeVisible();
    await expect(
      form.getByRole('combobox', {
        name: `Join condition 1 to the next with, in ${g1}`,
        exact: true,
      }),
    ).toBeVisible();
    for (const label of ['Group name', 'Description'])
      for (const g of ['Group 1', 'Group 2'])
        await expect(
          form.getByRole('textbox', { name: `${label}, ${g}`, exact: true }),
        ).toBeVisible();
    // The labels on the screen stay short.
    await expect(c1.getByText('Field', { exact: true })).toBeVisible();
    await expect(c1.getByText('Active', { exact: true })).toBeVisible();

    // No two lists or text boxes on the form are named alike (a screen reader's list of fields).
    const snapshot = await form.ariaSnapshot();
    const named = [...snapshot.matchAll(/- (combobox|textbox) "([^"]+)"/g)].map((m) => m[0]);
    expect(named.filter((n, i) => named.indexOf(n) !== i)).toEqual([]);
  });
});
