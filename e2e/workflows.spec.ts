import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults, releaseHeld } from './sandboxFaults.ts';
import { textLineCount } from './textLines.ts';
import { keepWorkflowSeed } from './workflowSeed.ts';

const stepNames = (page: Page) =>
  page
    .getByRole('list', { name: 'Steps on this path' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => li.querySelector('span + div span')?.textContent ?? ''),
    );

async function chooseOption(
  page: Page,
  combobox: string,
  option: string,
  scope = page.locator('body'),
) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a new option on flow 4's first split path, as admin, and names it. */
async function newOptionOnFlow4(page: Page, name: string) {
  await signIn(page, 'admin', '/workflows/4');
  await page
    .getByRole('link', { name: /^Add option to/ })
    .first()
    .click();
  await page.getByLabel('Name').fill(name);
}

/** Adds a condition to goal 4's first group (goal 4 of flow 3) with a field and an operator. */
async function addConditionToGoal4(page: Page, field: string, operator: string) {
  await signIn(page, 'admin', '/workflows/3/goals/4');
  const group = page.getByRole('region', { name: /^Group 1/ });
  await group.getByRole('button', { name: 'Add condition to group 1' }).click();
  const added = group.getByRole('group').last();
  await chooseOption(page, 'Field', field, added);
  await chooseOption(page, 'Operator', operator, added);
  return { group, added };
}

/** Drags condition `from` of a group by its handle onto condition `to`, with the mouse. */
async function dragCondition(page: Page, group: Locator, from: number, to: number) {
  const handle = group.getByRole('button', {
    name: new RegExp(`^Drag to reorder condition ${from} `),
  });
  await handle.scrollIntoViewIfNeeded();
  // "Condition 1 of …": the condition's own group, not its "Values, condition 1 of …" inside.
  const target = group.getByRole('group', { name: new RegExp(`^Condition ${to} of `) });
  await target.scrollIntoViewIfNeeded();
  const start = await handle.boundingBox();
  const end = await target.boundingBox();
  if (!start || !end) throw new Error('The handle or the target condition is not on screen.');
  const x = start.x + start.width / 2;
  await page.mouse.move(x, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, end.y + end.height / 2, { steps: 15 });
  await page.mouse.up();
}

// Tests save seeded goals and options: each is put back afterwards, so that the next test, and
// this spec run again against the same server, find the seed as it was.
let restoreSeed: (() => Promise<void>) | null = null;
test.beforeEach(async ({ playwright, baseURL }) => {
  restoreSeed = await keepWorkflowSeed(playwright, baseURL);
});

test.afterEach(async ({ request }) => {
  // A fault a test armed and did not use up (it failed before clearing it) must not hit the
  // next, nor the restore.
  await clearFaults(request);
  await restoreSeed?.();
  restoreSeed = null;
});

test.describe('workflows as admin', () => {
  test('flows list with search, and a flow with steps, paths, goals and diagram', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows');
    await expect(page).toHaveTitle('Workflows · Flowdesk');
    const table = page.getByRole('table', { name: 'Email flows' });
    await expect(table.getByRole('row')).toHaveCount(5);
    await page.getByLabel('Search flows').fill('webinar');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.getByLabel('Search flows').fill('');
    await table.getByRole('link', { name: 'Welcome series' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();
    await expect(page).toHaveTitle('Welcome series · Workflows · Flowdesk');
    const main = page.getByRole('list', { name: 'Main-line steps' });
    await expect(main.getByRole('link', { name: 'Clicked pricing' })).toBeVisible();
    // A step's type and what it does are read apart ("SplitWhat did they click?" before).
    await expect(main.getByRole('listitem').first()).toContainText('Send e-mail: “');
    // The step that updates the contact names the field as the user knows it, not personCategory.
    await expect(main.getByText('Category = Prospect', { exact: true })).toBeVisible();
    await expect(
      page.getByText(
        '(Category is one of “A customer”, “B customer” or Business is one of “IT”) and Number of sales > 3',
      ),
    ).toBeVisible();
    const diagram = page.getByRole('figure', { name: /Diagram of the flow/ });
    await expect(diagram).toBeVisible();
    await expect(page.locator('.react-flow__node')).not.toHaveCount(0);
    // Its lines are named by the boxes they join (they were "Edge from step-30-1-0 to …"), and a
    // box's name keeps its type and text apart ("Send e-mail“Welcome…”").
    await expect(diagram.getByRole('img', { name: /^Edge from/ })).toHaveCount(0);
    await expect(diagram.getByRole('img', { name: /^From Start to / })).toHaveCount(1);
    const boxes = await diagram.locator('.react-flow__node').allTextContents();
    expect(boxes.filter((text) => /[a-z]“/.test(text))).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('a flow, option or goal opened from the page before is announced by its name, not “Option 2”', async ({
    page,
  }) => {
    const announcer = page.getByTestId('live-announcer');
    await signIn(page, 'admin', '/workflows');
    await page.getByRole('link', { name: 'Welcome series' }).click();
    await expect(announcer).toHaveText('Welcome series · Workflows page opened.');
    await page.getByRole('link', { name: 'Clicked pricing' }).click();
    await expect(announcer).toHaveText('Clicked pricing · Workflows page opened.');
    await page.goBack();
    await page.getByRole('link', { name: 'Goal: Sale created on contact' }).click();
    await expect(announcer).toHaveText('Goal: Sale created on contact · Workflows page opened.');
  });

  test('the flows list writes when each flow changed in the culture and time zone of the sign-in', async ({
    page,
  }) => {
    await page.goto('/workflows');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    await page.getByLabel('Culture').fill('de-DE');
    await page.getByLabel('Time zone').fill('Asia/Tokyo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const row = page.getByRole('row', { name: /Welcome series/ });
    // de-DE in Tokyo (UTC+9): "15.01.2026, 18:00" for the seeded 09:00 UTC, not "1/15/2026, 9:00:00 AM".
    await expect(row.getByRole('cell').last()).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    // The goal summaries write amounts and dates in that culture too, as the editors do.
    await row.getByRole('link', { name: 'Welcome series' }).click();
    await expect(page.getByText('Sales amount ≥ 50.000 and No mailings is no')).toBeVisible();
    await page.goBack();
    await page
      .getByRole('row', { name: /Webinar follow-up/ })
      .getByRole('link')
      .click();
    await expect(page.getByText(/Registered is after 01\.01\.2026 \(inactive\)/)).toBeVisible();
  });

  test('at 1280×800, “Last changed” keeps each date and time on one line, the table in the window', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'admin', '/workflows');
    const cells = page.getByRole('row').filter({ has: page.getByRole('link') });
    await expect(cells).not.toHaveCount(0);
    for (const cell of await cells.locator('td:last-child').all())
      expect(await textLineCount(cell)).toBe(1);
    const table = page.getByRole('table');
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  });

  test('the flows list that could not load offers Try again, as every other load warning does', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/');
    await armFault(page.request, { on: 'GetEmailFlowList', kind: 'malformed', times: 20 });
    await page.goto('/workflows');
    await expect(page.getByText('Could not load this page')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await clearFaults(page.request);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table', { name: 'Email flows' })).toBeVisible();
    // Try again went with its banner: focus is on the page, not dropped on <body>.
    await expect(page.getByRole('main')).toBeFocused();
  });

  for (const [user, address, where] of [
    ['admin', '/workflows/1/goals/new', 'a new goal (no conditions): the form’s first field'],
    ['viewer', '/workflows/1/goals/1', 'a viewer’s goal (every picker read-only): the page'],
  ] as const)
    test(`Try again on the fields of ${where} takes the focus, not <body>`, async ({ page }) => {
      await signIn(page, user, '/');
      await armFault(page.request, { on: 'GetRestrictableFields', kind: 'malformed', times: 20 });
      await page.goto(address);
      const notice = page
        .getByRole('status')
        .filter({ hasText: 'Could not load the fields conditions can use' });
      await expect(notice).toBeVisible();
      await clearFaults(page.request);
      await notice.getByRole('button', { name: 'Try again' }).click();
      await expect(notice).toHaveCount(0);
      await expect(
        user === 'admin'
          ? page.getByRole('combobox', { name: 'Goal type' })
          : page.getByRole('main'),
      ).toBeFocused();
    });

  test('at 400 px wide, the flows count reads on one line (“4 of 4 flows”, not “flows” below)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/workflows');
    const count = page.getByRole('status').filter({ hasText: /^\d+ of \d+ flows?$/ });
    await expect(count).toBeVisible();
    expect(await textLineCount(count)).toBe(1);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });

  test('at 400 px wide, hyphenated words in flow names and descriptions stay whole (not “Re- / engagement”, “e- / mail”)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/workflows');
    const flows = page.getByRole('table', { name: 'Email flows' });
    const name = flows.getByRole('link', { name: 'Re-engagement' });
    await expect(name).toBeVisible();
    expect(await textLineCount(name)).toBe(1);
    // Descriptions still wrap in the column, between words: “e-mail”, not “e- / mail”.
    expect(await textLineCount(flows.getByText('Wakes up contacts'))).toBeGreaterThan(1);
    const welcome = flows.getByText(/^Greets new contacts/);
    const wholeMail = await welcome.evaluate((p) => {
      const text = p.textContent ?? '';
      const at = text.indexOf('e-mail');
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (at < seen + length) {
          range.setStart(node, at - seen);
          range.setEnd(node, at - seen + 'e-mail'.length);
          break;
        }
        seen += length;
      }
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(wholeMail).toBe(1);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });

  test('lists the editors need that come back malformed are named, with Try again', async ({
    page,
  }) => {
    // Each list fails until the faults are cleared, however often the page asks for it.
    const breakLists = async (paths: string[]) => {
      for (const on of paths) {
        await armFault(page.request, { on, kind: 'malformed', times: 20 });
      }
    };
    const mendLists = () => clearFaults(page.request);
    await signIn(page, 'admin', '/');
    await breakLists(['GetRestrictableFields', 'MDOList/workflowgoaltype']);
    await page.goto('/workflows/1/goals/1');
    const fieldsNotice = page
      .getByRole('status')
      .filter({ hasText: 'Could not load the fields conditions can use' });
    await expect(fieldsNotice).toContainText('The server sent data Flowdesk does not understand');
    await expect(fieldsNotice).toContainText('no other field can be chosen');
    const typesNotice = page
      .getByRole('status')
      .filter({ hasText: 'Could not load the goal types' });
    await expect(typesNotice).toContainText('Goal type offers the standard types meanwhile.');
    await expectNoAxeViolations(page);
    await mendLists();
    await fieldsNotice.getByRole('button', { name: 'Try again' }).click();
    await expect(fieldsNotice).toHaveCount(0);
    // Try again went with its warning: focus is on the first condition's field, not dropped.
    await expect(
      page
        .getByRole('group', { name: 'Condition 1' })
        .first()
        .getByRole('combobox', { name: 'Field' }),
    ).toBeFocused();
    await expect(
      page.getByRole('group', { name: 'Condition 1' }).first().getByRole('combobox', {
        name: 'Operator',
      }),
    ).toHaveText('is one of');
    await breakLists(['MDOList/workflowsteptype', 'MDOList/workflowsplitoptiontype']);
    await page.goto('/workflows/1/options/1');
    const stepsNotice = page
      .getByRole('group', { name: 'Add a step' })
      .getByRole('status')
      .filter({ hasText: 'Could not load the step types' });
    await expect(stepsNotice).toContainText('Step type offers the standard types meanwhile.');
    await expect(
      page.getByRole('status').filter({ hasText: 'Could not load the option types' }),
    ).toContainText('Option type offers the standard types meanwhile.');
    await mendLists();
    await stepsNotice.getByRole('button', { name: 'Try again' }).click();
    await expect(stepsNotice).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Step type' })).toBeFocused();
  });

  test('create an option, add three steps, reorder by keyboard only, save, reload', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/3');
    await page.getByRole('link', { name: 'Add option to Country track' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New option' })).toBeVisible();
    // A new option can be saved as proposed, but it needs a name first.
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/options\/new/);
    await page.getByLabel('Name').fill('E2E Sweden');
    for (const type of ['Send SMS', 'Create sale', 'Run script']) {
      await chooseOption(page, 'Step type', type);
      await page.getByRole('button', { name: 'Add step' }).click();
    }
    await expect.poll(() => stepNames(page)).toEqual(['Send SMS', 'Create sale', 'Run script']);
    await expectNoAxeViolations(page);

    // Keyboard only: pick up "Run script" by its handle, move it up twice, drop it.
    await page.getByRole('button', { name: /Drag to reorder step 3, Run script/ }).focus();
    // dnd-kit measures the list after each key, as a person pressing keys would give it time to.
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
    }
    await expect.poll(() => stepNames(page)).toEqual(['Run script', 'Send SMS', 'Create sale']);
    // And the Move buttons, pressed from the keyboard.
    await page.getByRole('button', { name: 'Move down, step 2, Send SMS' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepNames(page)).toEqual(['Run script', 'Create sale', 'Send SMS']);
    await expect(page.getByText('Send SMS moved to position 3 of 3.')).toBeAttached();
    // Undo brings the previous order back; do the move again.
    await page.getByRole('button', { name: 'Undo moved Send SMS' }).click();
    await expect.poll(() => stepNames(page)).toEqual(['Run script', 'Send SMS', 'Create sale']);
    await page.getByRole('button', { name: 'Move down, step 2, Send SMS' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepNames(page)).toEqual(['Run script', 'Create sale', 'Send SMS']);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/workflows\/3\/options\/\d+$/);
    await expect(page.getByText(/The server stored “E2E Sweden”/)).toBeVisible();
    await expect(page.getByText('1. Run script, 2. Create sale, 3. Send SMS')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Name')).toHaveValue('E2E Sweden');
    await expect.poll(() => stepNames(page)).toEqual(['Run script', 'Create sale', 'Send SMS']);
    // Loaded again, the option is as GetWorkflowStepOption answers it (WorkflowStepOptionBase,
    // contract §4): no Key, so no always-blank Key field.
    await expect(page.getByRole('textbox', { name: 'Key' })).toHaveCount(0);

    // Delete asks first; afterwards the path is gone from the flow.
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this option?' });
    await expect(dialog).toContainText(
      'The option “E2E Sweden” is removed from the flow for good, with its 3 steps.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('E2E Sweden');
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete option' }).click();
    await expect(page).toHaveURL(/\/workflows\/3$/);
    const toasts = page.getByRole('region', { name: /Notifications/ });
    await expect(toasts.getByText('Option deleted')).toBeVisible();
    await expect(toasts.getByText('“E2E Sweden” is no longer a path of this split.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'E2E Sweden' })).toHaveCount(0);
  });

  test('a path added to the nested split “By category” goes before its “Everyone else”', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/2/options/4');
    await page.getByRole('link', { name: 'Add a path to By category' }).click();
    await expect(page.getByLabel('Rank')).toHaveValue('2');
    await page.getByLabel('Name').fill('B customers');
    await page.getByRole('button', { name: 'Save' }).click();
    // Made from …FromType, the new option has no Key (contract §3), so none is told.
    await expect(
      page.getByText(/The server stored “B customers” \(rank 2\) with no steps\./),
    ).toBeVisible();
    await page.goto('/workflows/2');
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: /^(A customers|B customers|Everyone else)$/ })
          .allTextContents(),
      )
      .toEqual(['A customers', 'B customers', 'Everyone else']);
    // Deleted again: the next test finds the split as seeded.
    await page.getByRole('link', { name: 'B customers', exact: true }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete option' }).click();
    await expect(page).toHaveURL(/\/workflows\/2$/);
    await expect(page.getByRole('link', { name: 'B customers', exact: true })).toHaveCount(0);
  });

  test('moving an option to another rank shows its siblings at their new ranks, and saving one keeps the order', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/2');
    const pathNames = () =>
      page
        .getByRole('link', { name: /^(A customers|Everyone else)$/ })
        .evaluateAll((ls) => ls.map((l) => l.textContent));
    await expect.poll(pathNames).toEqual(['A customers', 'Everyone else']);
    // Both options are opened (and so loaded) before one of them moves.
    await page.getByRole('link', { name: 'A customers', exact: true }).click();
    await expect(page.getByLabel('Rank')).toHaveValue('1');
    await page.goBack();
    await page.getByRole('link', { name: 'Everyone else', exact: true }).click();
    await expect(page.getByLabel('Rank')).toHaveValue('2');
    await page.getByLabel('Rank').fill('1');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored “Everyone else” \(rank 1\)/)).toBeVisible();
    await page.getByRole('link', { name: 'Webinar follow-up' }).click();
    await expect.poll(pathNames).toEqual(['Everyone else', 'A customers']);
    await page.getByRole('link', { name: 'A customers', exact: true }).click();
    await expect(page.getByLabel('Rank')).toHaveValue('2');
    await page.getByLabel('Name').fill('A customers only');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored “A customers only” \(rank 2\)/)).toBeVisible();
  });

  test('keyboard focus stays on the step list after adding, moving and removing steps', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/3');
    await page.getByRole('link', { name: 'Add option to Country track' }).click();
    await page.getByLabel('Name').fill('E2E focus');
    const add = page.getByRole('button', { name: 'Add step' });
    for (const n of [1, 2]) {
      await add.focus();
      await page.keyboard.press('Enter');
      // The new step's handle takes focus, so the next key acts on it.
      await expect(
        page.getByRole('button', { name: `Drag to reorder step ${n}, Send e-mail` }),
      ).toBeFocused();
    }
    // Moving to the bottom disables "Move down": focus goes to "Move up" of the same step.
    await page.getByRole('button', { name: 'Move down, step 1, Send e-mail' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move up, step 2, Send e-mail' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: 'Move down, step 1, Send e-mail' }),
    ).toBeFocused();
    // Removing a step focuses the step now in its place; removing the last, the type picker.
    await page.getByRole('button', { name: 'Remove step 1, Send e-mail' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: 'Drag to reorder step 1, Send e-mail' }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Remove step 1, Send e-mail' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('No steps on this path yet.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Step type' })).toBeFocused();
    // Ctrl+Z undoes the last step change from wherever focus is (outside text fields).
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.getByRole('listitem').filter({ hasText: 'Send e-mail' })).toHaveCount(1);
    await expect(page.getByRole('combobox', { name: 'Step type' })).toBeFocused();
    await page.getByRole('button', { name: 'Drag to reorder step 1, Send e-mail' }).focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(
      page.getByRole('button', { name: 'Drag to reorder step 2, Send e-mail' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Drag to reorder step 1, Send e-mail' }),
    ).toBeFocused();
    // In a text field Ctrl+Z is the field's own undo of typing, not the step list's.
    await page.getByLabel('Name').press('ControlOrMeta+z');
    await expect(
      page.getByRole('button', { name: 'Drag to reorder step 2, Send e-mail' }),
    ).toBeVisible();
    // Undoing everything: the Undo button goes away with the last entry, focus does not.
    const undo = page.getByRole('button', { name: /^Undo / });
    for (let i = 0; i < 4; i++) {
      await undo.focus();
      await page.keyboard.press('Enter');
    }
    await expect(undo).toHaveCount(0);
    await expect(page.getByText('No steps on this path yet.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Step type' })).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('saving from the keyboard moves focus to what the server stored', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1/options/3');
    const name = page.getByLabel('Name');
    await expect(name).toHaveValue('Everyone else');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (const value of ['Everyone else (all)', 'Everyone else']) {
      await name.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(value);
      await page.getByRole('button', { name: 'Save' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByText(`The server stored “${value}”`)).toBeVisible();
      // Save is disabled again (nothing changed); focus is on the outcome, not lost on <body>.
      await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
      await expect.poll(focusedText).toContain(`The server stored “${value}”`);
    }
    await expectNoAxeViolations(page);
  });

  test('Ctrl+S saves the option or goal from any field, and says so when there is nothing to save', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/options/3');
    const name = page.getByLabel('Name');
    await expect(name).toHaveValue('Everyone else');
    await name.focus();
    await page.keyboard.press('ControlOrMeta+s');
    await expect(
      page.getByText('There are no unsaved changes to save.', { exact: true }).first(),
    ).toBeAttached();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Everyone else (all)');
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page.getByText('The server stored “Everyone else (all)”')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    // Put the seed back, the same way.
    await name.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Everyone else');
    await page.keyboard.press('ControlOrMeta+s');
    await expect(page.getByText('The server stored “Everyone else”')).toBeVisible();

    // A goal: also from a button in the form, not only from a text field.
    await page.goto('/workflows/3/goals/4');
    for (const [from, to] of [
      ['Converted', 'Converted (all)'],
      ['Converted (all)', 'Converted'],
    ] as const) {
      const group = page.getByRole('region', { name: `Group 1: ${from}` });
      await group.getByLabel('Group name').fill(to);
      await page.getByRole('button', { name: 'Add condition to group 1' }).focus();
      await page.keyboard.press('ControlOrMeta+s');
      await expect(
        page.getByText(/^The server stored a “Sale created on company” goal/),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
      await expect(page.getByRole('region', { name: `Group 1: ${to}` })).toBeVisible();
    }
  });

  test("edit a goal's groups and restrictions, save, reload and find them", async ({ page }) => {
    await signIn(page, 'admin', '/workflows/3/goals/4');
    const group = page.getByRole('region', { name: 'Group 1: Converted' });
    await group.getByLabel('Group name').fill('Converted customers');
    const g = page.getByRole('region', { name: 'Group 1: Converted customers' });
    await g.getByRole('button', { name: 'Add condition to group 1' }).click();
    const c4 = g.getByRole('group', { name: 'Condition 4' });
    await chooseOption(page, 'Field', 'Country', c4);
    await c4.getByLabel('Sweden').check();
    await c4.getByLabel('Norway').check();
    await chooseOption(page, 'Join condition 3 to the next with', 'Or', g);
    await expect(
      g.getByText(
        /and Last activity is in the last 30 days or Country is one of “Norway”, “Sweden”$/,
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Add group' }).click();
    await page
      .getByRole('region', { name: 'Group 2: Group 2' })
      .getByLabel('Group name')
      .fill('Second chance');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText(/The server stored a “Sale created on company” goal with 2 group/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await page.reload();
    const again = page.getByRole('region', { name: 'Group 1: Converted customers' });
    await expect(
      again.getByRole('group', { name: 'Condition 4' }).getByLabel('Norway'),
    ).toBeChecked();
    await expect(again.getByText(/or Country is one of “Norway”, “Sweden”$/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Group 2: Second chance' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('goal editor by keyboard only: focus follows adding, moving and removing', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const g1 = page.getByRole('region', { name: 'Group 1: Trial requested' });
    await expect(g1).toBeVisible();
    // A new condition: its field picker takes focus.
    await g1.getByRole('button', { name: 'Add condition to group 1' }).focus();
    await page.keyboard.press('Enter');
    const c3 = g1.getByRole('group', { name: 'Condition 3' });
    await expect(c3.getByRole('combobox', { name: 'Field' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Number of sales', exact: true }).press('Enter');
    await expect(c3.getByRole('combobox', { name: 'Field' })).toHaveText(/Number of sales/);
    // Removing a condition focuses the one now in its place, or the one before the end.
    await g1.getByRole('button', { name: 'Remove condition 3' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      g1.getByRole('group', { name: 'Condition 2' }).getByRole('combobox', { name: 'Field' }),
    ).toBeFocused();
    // A new group: its name field takes focus; moving it to the top keeps focus on the group.
    await page.getByRole('button', { name: 'Add group' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Group 2: Group 2' }).getByLabel('Group name'),
    ).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Late');
    await page.getByRole('button', { name: 'Move up, Group 2: Late' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Late moved to position 1 of 2.')).toBeAttached();
    await expect(page.getByRole('button', { name: 'Move down, Group 1: Late' })).toBeFocused();
    // Removing a group focuses the heading of the group now in its place; the last, "Add group".
    await page.getByRole('button', { name: 'Remove Group 1: Late' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Group 1: Late removed.')).toBeAttached();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Group 1: Trial requested' }),
    ).toBeFocused();
    await page.getByRole('button', { name: 'Remove Group 1: Trial requested' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Add group' })).toBeFocused();
    // Ctrl+Z brings the removed group back, conditions and all, and focuses its heading.
    await page.keyboard.press('ControlOrMeta+z');
    const restored = page.getByRole('heading', { level: 3, name: 'Group 1: Trial requested' });
    await expect(restored).toBeFocused();
    await expect(page.getByRole('group', { name: 'Condition 2' })).toBeVisible();
    // The Undo button names the change before that; undoing it brings "Late" back first.
    const undo = page.getByRole('button', { name: 'Undo removed Late' });
    await undo.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: 'Group 1: Late' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Group 2: Trial requested' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a name typed straight into a new group replaces its "Group n", not added to it', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/new');
    await page.getByRole('button', { name: 'Add group' }).focus();
    await page.keyboard.press('Enter');
    const name = page.getByRole('region', { name: /^Group 1/ }).getByLabel('Group name');
    await expect(name).toBeFocused();
    await page.keyboard.type('Late joiners');
    await expect(name).toHaveValue('Late joiners');
    await expect(page.getByRole('heading', { name: 'Group 1: Late joiners' })).toBeVisible();
  });

  test('a removed condition comes back with Undo, and the goal is as loaded again', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const g = page.getByRole('region', { name: 'Group 1: Trial requested' });
    const conditions = g.getByRole('group', { name: /^Condition \d+ of / });
    await expect(conditions).toHaveCount(2);
    await g.getByRole('button', { name: 'Remove condition 1' }).click();
    await expect(conditions).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
    await page
      .getByRole('button', { name: 'Undo removed condition 1 from Group 1: Trial requested' })
      .click();
    await expect(conditions).toHaveCount(2);
    await expect(page.getByRole('button', { name: /^Undo / })).toHaveCount(0);
    // Undo restores the state, not just the list: the form is as loaded, so Save is off again.
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();

    // Undo puts back only what was removed: an edit made after the removal stays.
    await g.getByRole('button', { name: 'Remove condition 2' }).click();
    await expect(conditions).toHaveCount(1);
    await g.getByLabel('Description').fill('Edited after the removal');
    // Out of the text field (there Ctrl+Z is the browser's undo of typing).
    await g.getByRole('button', { name: 'Add condition to group 1' }).focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(conditions).toHaveCount(2);
    await expect(g.getByLabel('Description')).toHaveValue('Edited after the removal');
  });

  test('undoing a removed condition from the keyboard focuses it again, and later moves keep their own focus', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const g1 = page.getByRole('region', { name: 'Group 1: Hot prospects' });
    await g1.getByRole('button', { name: 'Remove condition 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(g1.getByRole('group', { name: /^Condition \d+ of / })).toHaveCount(2);
    // The Undo button goes away as it is pressed: focus goes to the condition it brought back.
    await page.getByRole('button', { name: /^Undo removed condition 2/ }).focus();
    await page.keyboard.press('Enter');
    const c2 = g1.getByRole('group', { name: 'Condition 2' });
    await expect(c2.getByRole('combobox', { name: 'Field' })).toHaveText(/Business/);
    await expect(c2.getByRole('combobox', { name: 'Field' })).toBeFocused();
    // The same with Ctrl+Z.
    await g1.getByRole('button', { name: 'Remove condition 3' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(
      g1.getByRole('group', { name: 'Condition 3' }).getByRole('combobox', { name: 'Field' }),
    ).toBeFocused();
    // Moving a group afterwards keeps focus on that group's Move button.
    await page.getByRole('button', { name: 'Move down, Group 1: Hot prospects' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: 'Move up, Group 2: Hot prospects' }),
    ).toBeFocused();
  });

  test('conditions are reordered by dragging their handle; the order is saved and kept after reload', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/2/goals/3');
    const g = page.getByRole('region', { name: 'Group 1: Engaged attendees' });
    const fields = g.getByRole('combobox', { name: 'Field' });
    await expect(fields).toHaveText([/Country/, /Registered/, /Job title/]);
    await dragCondition(page, g, 3, 1);
    await expect(fields).toHaveText([/Job title/, /Country/, /Registered/]);
    await expect(
      g.getByText(/Summary: Job title contains “Manager” and Country is one of/),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    const saveRequest = page.waitForRequest((r) => r.url().includes('/Workflow/SaveWorkflowGoal'));
    await page.getByRole('button', { name: 'Save' }).click();
    // The condition moved; the joins stayed with the positions (the last still joins to nothing).
    const sent = (await saveRequest).postDataJSON();
    expect(
      sent.RestrictionGroups[0].Restrictions.map((r: { Name: string; InterOperator: string }) => [
        r.Name,
        r.InterOperator,
      ]),
    ).toEqual([
      ['personTitle', 'And'],
      ['personCountry', 'And'],
      ['personRegistered', 'None'],
    ]);
    await expect(page.getByText(/The server stored/)).toBeVisible();
    await page.reload();
    await expect(fields).toHaveText([/Job title/, /Country/, /Registered/]);
  });

  test('conditions are reordered from the keyboard (Move buttons, drag handle), announced, and undone with Ctrl+Z', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/2/goals/3');
    const g = page.getByRole('region', { name: 'Group 1: Engaged attendees' });
    const fields = g.getByRole('combobox', { name: 'Field' });
    const of = 'of Group 1: Engaged attendees';
    await expect(fields).toHaveText([/Country/, /Registered/, /Job title/]);
    await g.getByRole('button', { name: `Move down, condition 1 ${of}` }).focus();
    await page.keyboard.press('Enter');
    await expect(fields).toHaveText([/Registered/, /Country/, /Job title/]);
    await expect(
      page.getByText('Condition 1 moved to position 2 of 3 in Group 1: Engaged attendees.'),
    ).toBeAttached();
    // Focus follows the condition; at the bottom, where Move down turns off, it goes to Move up.
    await expect(g.getByRole('button', { name: `Move down, condition 2 ${of}` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fields).toHaveText([/Registered/, /Job title/, /Country/]);
    await expect(g.getByRole('button', { name: `Move up, condition 3 ${of}` })).toBeFocused();
    // The drag handle: Space picks the condition up, the arrows move it, Space drops it.
    await g.getByRole('button', { name: `Drag to reorder condition 3 ${of}` }).focus();
    // dnd-kit measures the list after each key, as a person pressing keys would give it time to.
    for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
    }
    await expect(fields).toHaveText([/Country/, /Registered/, /Job title/]);
    await expect(
      page.getByText('Condition 3 moved to position 1 of 3 in Group 1: Engaged attendees.'),
    ).toBeAttached();
    // Back in the order as loaded: nothing to save.
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    // Ctrl+Z takes the moves back one at a time, focusing the condition each puts back.
    await page.keyboard.press('ControlOrMeta+z');
    await expect(fields).toHaveText([/Registered/, /Job title/, /Country/]);
    await expect(fields.nth(2)).toBeFocused();
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(fields).toHaveText([/Country/, /Registered/, /Job title/]);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('at 1280×800, a control reached with Tab is never hidden under the Save bar', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'admin', '/workflows/1/goals/1');
    await expect(page.getByRole('region', { name: 'Group 2: Big spenders' })).toBeVisible();
    const hidden: string[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press('Tab');
      const under = await page.evaluate(() => {
        const focused = document.activeElement;
        const save = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Save',
        );
        const bar = save?.parentElement;
        // Past the last control focus leaves the page (<body>): nothing is hidden then.
        if (!focused || focused === document.body || !bar || bar.contains(focused)) return null;
        const f = focused.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        return f.bottom > b.top && f.top < b.bottom && f.right > b.left && f.left < b.right
          ? focused.getAttribute('aria-label') || focused.textContent || focused.tagName
          : null;
      });
      if (under) hidden.push(under);
    }
    expect(hidden).toEqual([]);
  });

  test('a saved goal sends back exactly what was loaded, with only the edit applied', async ({
    page,
  }) => {
    const loaded = page.waitForResponse((r) => r.url().includes('/Workflow/GetWorkflowGoal'));
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const original = await (await loaded).json();
    await expect(page.getByRole('region', { name: 'Group 1: Hot prospects' })).toBeVisible();
    await page
      .getByRole('region', { name: 'Group 2: Big spenders' })
      .getByLabel('Description')
      .fill('Edited by e2e');
    const saveRequest = page.waitForRequest((r) => r.url().includes('/Workflow/SaveWorkflowGoal'));
    await page.getByRole('button', { name: 'Save' }).click();
    const sent = (await saveRequest).postDataJSON();
    const expected = structuredClone(original);
    expected.RestrictionGroups[1].Description = 'Edited by e2e';
    expect(sent).toEqual(expected);
    // Nothing the editor does not use was lost: DisplayValues, ColumnInfo, SubRestrictions, UniqueHash.
    expect(sent.RestrictionGroups[0].Restrictions[0]).toMatchObject({
      DisplayValues: ['A customer', 'B customer'],
      ColumnInfo: { Name: 'personCategory', RestrictionListName: 'category' },
      SubRestrictions: null,
      UniqueHash: original.RestrictionGroups[0].Restrictions[0].UniqueHash,
    });
    await expect(page.getByText(/The server stored/)).toBeVisible();
  });

  test('removing the last condition leaves the new last one joined to nothing', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const g = page.getByRole('region', { name: 'Group 2: Big spenders' });
    // Each Remove button names its group: no two buttons on the page share a name.
    await page
      .getByRole('button', { name: 'Remove condition 2 of Group 2: Big spenders', exact: true })
      .click();
    await expect(g.getByText(/^Summary: Sales amount ≥ 50,000$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove condition 1', exact: true })).toHaveCount(
      0,
    );
    // A single condition has nothing to join, so no And/Or picker is offered.
    await expect(g.getByRole('combobox', { name: /Join condition/ })).toHaveCount(0);
    const saveRequest = page.waitForRequest((r) => r.url().includes('/Workflow/SaveWorkflowGoal'));
    await page.getByRole('button', { name: 'Save' }).click();
    const sent = (await saveRequest).postDataJSON();
    expect(sent.RestrictionGroups[1].Restrictions).toHaveLength(1);
    expect(sent.RestrictionGroups[1].Restrictions[0]).toMatchObject({
      Name: 'saleAmount',
      InterOperator: 'None',
    });
    await expect(page.getByText(/The server stored/)).toBeVisible();
  });

  test('a condition moved to another field describes that field, not the old one', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const g2 = page.getByRole('region', { name: 'Group 2: Big spenders' });
    await chooseOption(
      page,
      'Field',
      'No mailings',
      g2.getByRole('group', { name: 'Condition 1' }),
    );
    const saveRequest = page.waitForRequest((r) => r.url().includes('/Workflow/SaveWorkflowGoal'));
    await page.getByRole('button', { name: 'Save' }).click();
    const sent = (await saveRequest).postDataJSON();
    expect(sent.RestrictionGroups[1].Restrictions[0]).toMatchObject({
      Name: 'personNoMailing',
      Values: ['1'],
      ColumnInfo: {
        Name: 'personNoMailing',
        DisplayName: 'No mailings',
        DisplayTooltip: 'No mailings',
        DisplayType: 'bool',
        RestrictionType: 'bool',
        RestrictionListName: '',
      },
      UniqueHash: 0,
    });
    await expect(page.getByText(/The server stored/)).toBeVisible();
  });

  test('unbalanced parentheses are refused before save', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const g = page.getByRole('region', { name: 'Group 1: Trial requested' });
    await chooseOption(
      page,
      'Parentheses',
      'Opens (',
      g.getByRole('group', { name: 'Condition 1' }),
    );
    await expect(g.getByRole('alert')).toContainText('One parenthesis is opened but never closed.');
    let saves = 0;
    page.on('request', (r) => {
      if (r.url().includes('SaveWorkflowGoal')) saves++;
    });
    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await expect(g.getByRole('alert')).toContainText('Saving is blocked');
    // Save stays far below: focus goes to the problem, so it is seen and read out.
    await expect(g.getByRole('alert')).toBeFocused();
    await chooseOption(
      page,
      'Parentheses',
      'Closes )',
      g.getByRole('group', { name: 'Condition 2' }),
    );
    await expect(g.getByRole('alert')).toHaveCount(0);
    expect(saves).toBe(0);
  });

  test('a condition without a field is refused, and focus goes to its field picker', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const g = page.getByRole('region', { name: 'Group 1: Trial requested' });
    await g.getByRole('button', { name: 'Add condition to group 1' }).click();
    let saves = 0;
    page.on('request', (r) => {
      if (r.url().includes('SaveWorkflowGoal')) saves++;
    });
    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    const field = g.getByRole('group', { name: 'Condition 3' }).getByRole('combobox', {
      name: 'Field',
    });
    await expect(field).toBeFocused();
    await expect(field).toHaveAccessibleDescription(/Choose a field/);
    await expectNoAxeViolations(page);
    expect(saves).toBe(0);
  });

  test('"Choose a field." under a new condition leaves its field picker level with the controls beside it', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const g = page.getByRole('region', { name: 'Group 1: Trial requested' });
    await g.getByRole('button', { name: 'Add condition to group 1' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const added = g.getByRole('group', { name: 'Condition 3' });
    await expect(added.getByText('Choose a field.')).toBeVisible();
    const box = async (control: Locator) => {
      const b = await control.boundingBox();
      if (!b) throw new Error('The control is not on screen.');
      return { top: Math.round(b.y), middle: Math.round(b.y + b.height / 2) };
    };
    const field = added.getByRole('combobox', { name: 'Field' });
    const active = added.getByRole('checkbox', { name: 'Active' });
    const remove = added.getByRole('button', { name: /^Remove condition 3/ });
    // 1440 lays the condition out on one line; 1280 puts Active and the buttons on a line below.
    for (const width of [1440, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const { top, middle } = await box(field);
      expect((await box(added.getByRole('combobox', { name: 'Operator' }))).top).toBe(top);
      expect((await box(added.getByRole('combobox', { name: 'Parentheses' }))).top).toBe(top);
      const activeMiddle = (await box(active)).middle;
      expect(Math.abs(activeMiddle - (await box(remove)).middle)).toBeLessThanOrEqual(1);
      if (width === 1440) expect(Math.abs(activeMiddle - middle)).toBeLessThanOrEqual(1);
    }
  });

  test('a condition without its values is refused, with the message at the empty input', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const g = page.getByRole('region', { name: 'Group 1: Trial requested' });
    await g.getByRole('button', { name: 'Add condition to group 1' }).click();
    const c3 = g.getByRole('group', { name: 'Condition 3' });
    await chooseOption(page, 'Field', 'Number of sales', c3);
    await chooseOption(page, 'Operator', 'between', c3);
    await c3.getByRole('textbox', { name: /^From, / }).fill('2');
    await expect(g.getByText(/Number of sales between 2 and \?$/)).toBeVisible();
    let saves = 0;
    page.on('request', (r) => {
      if (r.url().includes('SaveWorkflowGoal')) saves++;
    });
    await page.getByRole('button', { name: 'Save' }).click();
    const to = c3.getByRole('textbox', { name: /^To, / });
    await expect(to).toBeFocused();
    await expect(to).toHaveAccessibleDescription(/Enter both numbers/);
    expect(saves).toBe(0);
    // A list condition needs at least one value.
    await chooseOption(page, 'Field', 'Country', c3);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(c3.getByText('Choose at least one value.')).toBeVisible();
    await c3.getByLabel('Norway').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored/)).toBeVisible();
    await expect.poll(() => saves).toBe(1);
    await expectNoAxeViolations(page);
  });

  test('a number condition refuses a value that is not a number, and sends a typed 1 234,5 as 1234.5', async ({
    page,
  }) => {
    const { group: g, added } = await addConditionToGoal4(page, 'Sales amount', '≥');
    const value = added.getByLabel('Value');
    await value.fill('lots');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('SaveWorkflowGoal')) sent.push(r.postData() ?? '');
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(value).toBeFocused();
    await expect(value).toHaveAccessibleDescription(/“lots” is not a number/);
    expect(sent).toHaveLength(0);
    await value.fill('1 234,5');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored/)).toBeVisible();
    // Polled: the request event can reach the test after the page has shown the answer.
    await expect.poll(() => sent.length).toBe(1);
    const restrictions = JSON.parse(sent[0]).RestrictionGroups[0].Restrictions as {
      Name: string;
      Values: string[];
    }[];
    expect(restrictions.at(-1)).toMatchObject({ Name: 'saleAmount', Values: ['1234.5'] });
    // Put the goal back as it was for the tests after this one.
    await g
      .getByRole('button', { name: /^Remove condition \d+ of Group 1/ })
      .last()
      .click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('a number value shows and reads in the culture of the sign-in: "75.000" in de-DE is seventy-five thousand', async ({
    page,
  }) => {
    await page.goto('/workflows/3/goals/4');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    await page.getByLabel('Culture').fill('de-DE');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const group = page.getByRole('region', { name: /^Group 1/ });
    await group.getByRole('button', { name: 'Add condition to group 1' }).click();
    const added = group.getByRole('group').last();
    await chooseOption(page, 'Field', 'Sales amount', added);
    await chooseOption(page, 'Operator', '≥', added);
    const value = added.getByLabel('Value');
    await value.fill('75.000');
    await expect(value).toHaveValue('75.000');
    await expect(group.getByText(/and Sales amount ≥ 75\.000$/)).toBeVisible();
    // Waited for, not collected by an event handler: the body is read once the request is seen.
    const nextSave = () => page.waitForRequest((r) => r.url().includes('SaveWorkflowGoal'));
    const lastValues = (body: string | null) =>
      (
        JSON.parse(body ?? '') as {
          RestrictionGroups: { Restrictions: { Name: string; Values: string[] }[] }[];
        }
      ).RestrictionGroups[0].Restrictions.at(-1);
    const firstSave = nextSave();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored/)).toBeVisible();
    expect(lastValues((await firstSave).postData())).toMatchObject({
      Name: 'saleAmount',
      Values: ['75000'],
    });
    // The stored 75000 is shown as the culture writes it; focusing and leaving changes nothing.
    await expect(value).toHaveValue('75.000');
    await value.focus();
    await value.blur();
    await expect(value).toHaveValue('75.000');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    // A long value keeps every digit, shown and sent.
    await value.fill('12345678901234567,5');
    await value.blur();
    await expect(value).toHaveValue('12.345.678.901.234.567,5');
    const secondSave = nextSave();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(lastValues((await secondSave).postData())?.Values).toEqual(['12345678901234567.5']);
    // Put the goal back as it was for the tests after this one.
    await group
      .getByRole('button', { name: /^Remove condition \d+ of Group 1/ })
      .last()
      .click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('"between" with a To that is not a number puts the message on To, not on From', async ({
    page,
  }) => {
    const { added } = await addConditionToGoal4(page, 'Number of sales', 'between');
    const from = added.getByRole('textbox', { name: /^From, / });
    const to = added.getByRole('textbox', { name: /^To, / });
    await from.fill('10');
    await to.fill('2x');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(to).toBeFocused();
    await expect(to).toHaveAccessibleDescription(/“2x” is not a number/);
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('"between" with From greater than To is refused, saying to swap them', async ({ page }) => {
    const { added } = await addConditionToGoal4(page, 'Number of sales', 'between');
    const from = added.getByRole('textbox', { name: /^From, / });
    await from.fill('10');
    await added.getByRole('textbox', { name: /^To, / }).fill('5');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('SaveWorkflowGoal')) sent.push(r.url());
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(from).toBeFocused();
    await expect(from).toHaveAccessibleDescription(
      'From (10) is greater than To (5), so no number is between them. Swap them.',
    );
    expect(sent).toHaveLength(0);
  });

  test('a new goal is created from the defaults, then deleted after confirmation', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/4');
    await expect(page.getByText('This flow has no goals yet.')).toBeVisible();
    await page.getByRole('link', { name: 'New goal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New goal' })).toBeVisible();
    await chooseOption(page, 'Goal type', 'Link clicked');
    await page.getByRole('button', { name: 'Add group' }).click();
    const g = page.getByRole('region', { name: 'Group 1: Group 1' });
    await g.getByLabel('Group name').fill('Clicked back');
    const group = page.getByRole('region', { name: 'Group 1: Clicked back' });
    await group.getByRole('button', { name: 'Add condition to group 1' }).click();
    const c1 = group.getByRole('group', { name: 'Condition 1' });
    await chooseOption(page, 'Field', 'Number of sales', c1);
    await chooseOption(page, 'Operator', '≥', c1);
    await c1.getByLabel('Value').fill('2');
    await expect(group.getByText(/Summary: Number of sales ≥ 2$/)).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/workflows\/4\/goals\/\d+$/);
    await expect(
      page.getByText(/The server stored a “Link clicked” goal with 1 group/),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goal: Link clicked');
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this goal?' });
    // Which goal goes (as its heading names it), with what, and what that does.
    await expect(dialog).toContainText(
      'The goal “Goal: Link clicked” is removed from the flow for good, with its 1 restriction group. Participants no longer leave the flow by reaching it. This cannot be undone.',
    );
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Delete goal' }).click();
    await expect(page).toHaveURL(/\/workflows\/4$/);
    await expect(
      page.getByRole('region', { name: /Notifications/ }).getByText('Goal deleted'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByText('This flow has no goals yet.')).toBeVisible();
  });

  test('a new goal is saved only once its type is chosen (Save on the empty form asks for it), then with no groups', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/4');
    await page.getByRole('link', { name: 'New goal' }).click();
    // The type is the admin's choice, not the server's default (which Save would have stored:
    // a goal any contact update reaches, pulling participants out of the flow).
    const goalType = page.getByRole('combobox', { name: 'Goal type' });
    await expect(goalType).toHaveText('Choose a goal type…');
    await expect(goalType).toHaveAttribute('aria-required', 'true');
    await expect(page.getByText('No restriction groups')).toBeVisible();
    const save = page.getByRole('button', { name: 'Save' });
    await expect(save).toBeEnabled();
    await expect(page.getByText('Not saved yet')).toBeVisible();
    await save.click();
    // Refused on the field, as a new option's empty Name is: nothing is created.
    await expect(goalType).toHaveAccessibleDescription('Choose a goal type.');
    await expect(goalType).toBeFocused();
    await expect(page).toHaveURL(/\/workflows\/4\/goals\/new$/);
    await expectNoAxeViolations(page);

    await chooseOption(page, 'Goal type', 'Contact updated');
    await expect(goalType).toHaveAccessibleDescription('');
    await save.click();
    await expect(page).toHaveURL(/\/workflows\/4\/goals\/\d+$/);
    await expect(
      page.getByText('The server stored a “Contact updated” goal with no restriction groups.', {
        exact: true,
      }),
    ).toBeVisible();
    // Saved and unchanged: nothing more to save.
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete this goal?' })
      .getByRole('button', { name: 'Delete goal' })
      .click();
    await expect(page).toHaveURL(/\/workflows\/4$/);
    await expect(page.getByText('This flow has no goals yet.')).toBeVisible();
  });

  test('what is changed while a save is under way stays on the page, unsaved, and is saved next', async ({
    page,
  }) => {
    const slowNextSave = async (method: string) => {
      await armFault(page.request, { on: method, kind: 'slow', delayMs: 1500 });
    };
    // An option: the name typed again and a step added while its save is under way.
    await signIn(page, 'admin', '/workflows/2/options/7');
    const name = page.getByLabel('Name');
    const stepRows = page.getByRole('list', { name: 'Steps on this path' }).getByRole('listitem');
    await expect(stepRows).toHaveCount(1);
    await name.fill('No-shows');
    await slowNextSave('SaveWorkflowStepOption');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saving…')).toBeVisible();
    await name.fill('No-shows (registered)');
    await page.getByRole('button', { name: 'Add step' }).click();
    await expect(stepRows).toHaveCount(2);
    await expect(page.getByText(/The server stored “No-shows” .* with 1 step/)).toBeVisible();
    await expect(
      page.getByText(/What you changed after pressing Save is still here/),
    ).toBeVisible();
    await expect(name).toHaveValue('No-shows (registered)');
    await expect(stepRows).toHaveCount(2);
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText(/The server stored “No-shows \(registered\)” .* with 2 steps/),
    ).toBeVisible();
    await expect(page.getByText('No changes')).toBeVisible();

    // A goal: a condition's value changed while its save is under way.
    await page.goto('/workflows/2/goals/3');
    const group = page.getByRole('region', { name: /^Group 1/ });
    await group.getByLabel('Group name').fill('Engaged attendees, again');
    await slowNextSave('SaveWorkflowGoal');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saving…')).toBeVisible();
    await group.getByLabel('Group name').fill('Engaged attendees');
    await expect(
      page.getByText(/What you changed after pressing Save is still here/),
    ).toBeVisible();
    await expect(group.getByLabel('Group name')).toHaveValue('Engaged attendees');
    await expect(page.getByText('Unsaved changes')).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('No changes')).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('region', { name: /^Group 1/ }).getByLabel('Group name'),
    ).toHaveValue('Engaged attendees');
  });

  test('leaving while a save is under way waits for the save and says so, not that the changes will be lost', async ({
    page,
  }) => {
    /** The sandbox holds the next goal save until the returned function lets it go. */
    const holdNextSave = async () => {
      await armFault(page.request, { on: 'SaveWorkflowGoal', kind: 'hold' });
      return () => releaseHeld(page.request);
    };
    const nav = page.getByRole('navigation', { name: 'Main' });
    const waiting = page.getByRole('dialog', { name: 'Saving the goal' });
    const lost = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const description = page
      .getByRole('region', { name: 'Group 1: Trial requested' })
      .getByLabel('Description');
    await description.fill('Asked for a trial on the web site');
    let release = await holdNextSave();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saving…')).toBeVisible();
    await nav.getByRole('link', { name: 'Events' }).click();
    await expect(waiting).toContainText(
      'Your changes are being saved. You will leave this page as soon as the goal is saved.',
    );
    await expect(lost).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Once saved, the navigation goes ahead, and what was saved is stored.
    await release();
    await expect(page).toHaveURL(/\/events$/);
    await expect(lost).toHaveCount(0);
    await page.goto('/workflows/1/goals/2');
    await expect(description).toHaveValue('Asked for a trial on the web site');

    // "Stay on this page" keeps the editor, which then says what was saved.
    await description.fill('');
    release = await holdNextSave();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saving…')).toBeVisible();
    await nav.getByRole('link', { name: 'Events' }).click();
    await waiting.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(waiting).toBeHidden();
    await release();
    await expect(page.getByText(/The server stored a “Form submitted” goal/)).toBeVisible();
    await expect(page).toHaveURL(/\/workflows\/1\/goals\/2$/);
    await expect(page.getByText('No changes')).toBeVisible();
  });

  test('a new option changed while it is being created opens on its own page with the change kept, unsaved', async ({
    page,
  }) => {
    await newOptionOnFlow4(page, 'Opened the survey');
    await armFault(page.request, { on: 'SaveWorkflowStepOption', kind: 'slow', delayMs: 1500 });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saving…')).toBeVisible();
    await page.getByLabel('Name').fill('Opened the winter survey');
    await expect(page).toHaveURL(/\/workflows\/4\/options\/\d+$/);
    await expect(page.getByText(/The server stored “Opened the survey”/)).toBeVisible();
    await expect(
      page.getByText(/What you changed after pressing Save is still here/),
    ).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue('Opened the winter survey');
    await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
    await expect(page.getByText(/go back to the saved option/)).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored “Opened the winter survey”/)).toBeVisible();
    await page.goto('/workflows/4');
    await expect(page.getByRole('link', { name: 'Opened the winter survey' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Opened the survey', exact: true })).toHaveCount(0);
  });

  test('at 400 px wide, names typed without spaces wrap instead of widening the flow and goal pages', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    const long = 'Registered-did-not-attend-'.repeat(2) + 'Unbrokenfollowupname'.repeat(4);
    const fitsWidth = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
    await signIn(page, 'admin', '/workflows/2/goals/3');
    const group = page.getByRole('region', { name: /^Group 1/ });
    await group.getByLabel('Group name').fill(long);
    await expect(group.getByRole('heading', { name: `Group 1: ${long}` })).toBeVisible();
    expect(await fitsWidth()).toBe(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored/)).toBeVisible();
    expect(await fitsWidth()).toBe(true);

    await page.goto('/workflows/2/options/7');
    await page.getByLabel('Name').fill(long);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored/)).toBeVisible();
    await page.goto('/workflows/2');
    await expect(page.getByRole('link', { name: long })).toBeVisible();
    await expect(page.getByText(`${long}:`)).toBeVisible();
    expect(await fitsWidth()).toBe(true);
    // The diagram's boxes wrap it too, rather than letting it run over the boxes beside them.
    const diagram = page.getByRole('figure', { name: /Diagram of the flow/ });
    await expect(diagram.getByText(long)).toHaveCount(1);
    const runOver = await diagram.evaluate((figure) =>
      [...figure.querySelectorAll('strong')]
        .filter((name) => {
          const text = document.createRange();
          text.selectNodeContents(name);
          const box = name.parentElement!.parentElement!.getBoundingClientRect();
          return text.getBoundingClientRect().right > box.right + 1;
        })
        .map((name) => name.textContent),
    );
    expect(runOver).toEqual([]);

    // Put the group's name back for the other tests.
    await page.goto('/workflows/2/goals/3');
    await page
      .getByRole('region', { name: /^Group 1/ })
      .getByLabel('Group name')
      .fill('Engaged attendees');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('No changes')).toBeVisible();
  });

  test('a save answered with unreadable data says it may have been saved, not that nothing changed', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/2');
    const name = page
      .getByRole('region', { name: 'Group 1: Trial requested' })
      .getByLabel('Group name');
    await name.fill('Trial requested!');
    await armFault(page.request, { on: 'SaveWorkflowGoal', kind: 'malformed' });
    await page.getByRole('button', { name: 'Save' }).click();
    const banner = page.getByRole('form', { name: 'Goal' });
    await expect(
      banner.getByText(
        /so the goal may have been saved\. Reload the page to see what the server has/,
      ),
    ).toBeVisible();
    await expect(banner.getByText(/Nothing was changed/)).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: /^Group 1/ }).getByLabel('Group name'),
    ).toHaveValue('Trial requested!');
    await expectNoAxeViolations(page);
    // The edit is still there to save; put the name back.
    await page
      .getByRole('region', { name: /^Group 1/ })
      .getByLabel('Group name')
      .fill('Trial requested');
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('deleting an option from the keyboard leaves focus on the flow page, not lost on the body', async ({
    page,
  }) => {
    await newOptionOnFlow4(page, 'E2E short-lived');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/workflows\/4\/options\/\d+$/);
    await page.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Delete this option?' });
    await dialog.getByRole('button', { name: 'Delete option' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/workflows\/4$/);
    await expect(
      page.getByRole('region', { name: /Notifications/ }).getByText('Option deleted'),
    ).toBeVisible();
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Workflows', exact: true }).last()).toBeFocused();
  });

  test('a step the server could not create says the step was not added, not that nothing was saved', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/3/options/8');
    const steps = page.getByRole('list', { name: 'Steps on this path' }).getByRole('listitem');
    await expect(steps).toHaveCount(1);
    await armFault(page.request, { on: 'CreateDefaultWorkflowStepFromType', kind: 'error500' });
    await page.getByRole('button', { name: 'Add step' }).click();
    await expect(page.getByText('Step not added', { exact: true })).toBeVisible();
    await expect(page.getByText('Not saved', { exact: true })).toHaveCount(0);
    await expect(steps).toHaveCount(1);
  });

  test('a delete the server refuses says the option or goal was not deleted, not that it was not saved', async ({
    page,
  }) => {
    for (const [path, what] of [
      ['/workflows/3/options/8', 'option'],
      ['/workflows/3/goals/4', 'goal'],
    ] as const) {
      if (path.includes('options')) await signIn(page, 'admin', path);
      else await page.goto(path);
      await expect(page.getByRole('button', { name: 'Delete' })).toBeVisible();
      await armFault(page.request, { on: 'DeleteWorkflow', kind: 'error500' });
      await page.getByRole('button', { name: 'Delete' }).click();
      await page
        .getByRole('alertdialog', { name: `Delete this ${what}?` })
        .getByRole('button', { name: `Delete ${what}` })
        .click();
      await expect(page.getByText('Not deleted', { exact: true })).toBeVisible();
      await expect(page.getByText('Not saved', { exact: true })).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }
  });

  test('a path ranked after “Everyone else” is warned about on its Rank and on the flow page', async ({
    page,
  }) => {
    await newOptionOnFlow4(page, 'E2E ranked last');
    const rank = page.getByLabel('Rank');
    await rank.fill('99');
    await expect(rank).toHaveAccessibleDescription(
      /^Rank 99 is past the last path, so this path goes last, after “No reaction”, which takes every participant the paths before it did not: no one would take this path\. Use a rank from 1 to \d+\.$/,
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored “E2E ranked last”/)).toBeVisible();
    await page.goto('/workflows/4');
    const path = page.getByRole('listitem').filter({
      has: page.getByRole('link', { name: 'E2E ranked last' }),
    });
    await expect(
      path.getByText(
        'No participant takes this path: it is ranked after “No reaction”, which takes everyone the paths before it did not. Open it and give it a lower rank.',
      ),
    ).toBeVisible();
    await expect(page.getByText(/No participant takes this path/)).toHaveCount(1);
    await expectNoAxeViolations(page);
    // Leave flow 4 as it was for the other tests.
    await path.getByRole('link', { name: 'E2E ranked last' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete this option?' })
      .getByRole('button', { name: 'Delete option' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Re-engagement' })).toBeVisible();
  });

  test('at 400 px wide, an option’s steps keep their names whole (not “Send e- / mail”), the buttons below', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/workflows/2/options/4');
    const steps = page.getByRole('list', { name: 'Steps on this path' }).getByRole('listitem');
    await expect(steps.first()).toBeVisible();
    // Earlier tests may rename or reorder this option's paths: the first of each kind will do.
    expect(await textLineCount(steps.getByText('Send e-mail', { exact: true }).first())).toBe(1);
    expect(await textLineCount(steps.getByRole('link', { name: /^Open path “/ }).first())).toBe(1);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });

  test('a step added to a nested path survives saving the option that holds it right after', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/2/options/4');
    await page.getByRole('link', { name: /^Open path “Everyone else”/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Everyone else' })).toBeVisible();
    const steps = page.getByRole('list', { name: 'Steps on this path' }).getByRole('listitem');
    await expect(steps).toHaveCount(1);
    await chooseOption(page, 'Step type', 'Create sale');
    await page.getByRole('button', { name: 'Add step' }).click();
    await expect(steps).toHaveCount(2);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored “Everyone else”/)).toBeVisible();
    // Back on the option that holds the split, which shows the path's new step, and saved.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Attended' })).toBeVisible();
    await expect(page.getByRole('list', { name: /^Paths of / })).toContainText(
      'Open path “Everyone else” (2 steps)',
    );
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Attended the webinar');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored “Attended the webinar”/)).toBeVisible();
    await page.goto('/workflows/2/options/6');
    await expect(page.getByRole('heading', { level: 1, name: 'Everyone else' })).toBeVisible();
    await expect(steps).toHaveCount(2);
  });

  test('a split added on a path, once saved, offers to add its first path right there', async ({
    page,
  }) => {
    await newOptionOnFlow4(page, 'E2E with a split');
    await chooseOption(page, 'Step type', 'Split');
    await page.getByRole('button', { name: 'Add step' }).click();
    const paths = page.getByRole('list', { name: /^Paths of step 1, Split/ });
    await expect(
      paths.getByText('No paths yet: save this option, then add paths to the split.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/workflows\/4\/options\/\d+$/);
    const optionUrl = page.url();
    await expect(paths.getByText(/No paths yet/)).toHaveCount(0);
    await paths.getByRole('link', { name: 'Add a path to Unnamed split' }).click();
    await expect(page).toHaveURL(/\/workflows\/4\/options\/new\?step=\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'New option' })).toBeVisible();
    await page.goto(optionUrl);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete this option?' })
      .getByRole('button', { name: 'Delete option' })
      .click();
    await expect(page).toHaveURL(/\/workflows\/4$/);
  });

  test('Add option under a split starts the new path as that split’s kind, not another “Everyone else”', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1');
    const paths = page.getByRole('list', { name: 'Paths of What did they click? · 3 paths' });
    await expect(paths.getByText('Everyone else', { exact: true })).toHaveCount(2);
    await page.getByRole('link', { name: 'Add option to What did they click?' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'New option' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Option type' })).toHaveText('Link clicked');
  });

  test('Add a path to a split inside a path also starts the new path as that split’s kind', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/2/options/4');
    await page.getByRole('link', { name: 'Add a path to By category' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New option' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Option type' })).toHaveText('Contact data');
  });

  test('a new option under a split is ranked before its “Everyone else” path, not after it', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1');
    await page.getByRole('link', { name: 'Add option to What did they click?' }).click();
    await expect(page.getByLabel('Rank')).toHaveValue('3');
    await page.getByLabel('Name').fill('Clicked the blog');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored “Clicked the blog” \(rank 3\)/)).toBeVisible();
    await page.getByRole('link', { name: 'Welcome series' }).click();
    const paths = page.getByRole('list', { name: /^Paths of What did they click\?/ });
    await expect
      .poll(() => paths.locator(':scope > li > div > a').allTextContents())
      .toEqual([
        'Clicked the getting-started guide',
        'Clicked pricing',
        'Clicked the blog',
        'Everyone else',
      ]);
  });

  test('a server 400 is shown on the field it names', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1');
    await page.getByRole('link', { name: 'Add option to What did they click?' }).click();
    // A new option comes from …FromType without Key or FieldProperties (contract §3), so neither
    // a Key field nor a length limit: a name longer than the server takes is refused by it.
    await expect(page.getByRole('textbox', { name: 'Key' })).toHaveCount(0);
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.fill('n'.repeat(255));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText('Name is longer than 254 characters.', { exact: true }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/options\/new/);
  });

  test('a reload mid-edit keeps the option and goal edits, says so, and Discard goes back to the saved ones', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/workflows/1/options/1');
    await page.getByLabel('Name').fill('Clicked the guide (draft)');
    await page
      .getByRole('button', { name: 'Remove step 2, Create follow-up Call to offer onboarding' })
      .click();
    await page.reload();
    await expect(page.getByText(/^Your unsaved changes from .+ are back$/)).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue('Clicked the guide (draft)');
    await expect.poll(() => stepNames(page)).toEqual(['Send e-mail']);
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Discard them' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Clicked the getting-started guide');
    await expect.poll(() => stepNames(page)).toEqual(['Send e-mail', 'Create follow-up']);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await page.reload();
    await expect(page.getByLabel('Name')).toHaveValue('Clicked the getting-started guide');
    await expect(page.getByText(/Your unsaved changes/)).toHaveCount(0);

    await page.goto('/workflows/1/goals/1');
    const g1 = page.getByRole('region', { name: 'Group 1: Hot prospects' });
    await g1.getByLabel('Group name').fill('Hot prospects (draft)');
    await page.reload();
    await expect(page.getByText(/^Your unsaved changes from .+ are back$/)).toBeVisible();
    const restored = page.getByRole('region', { name: 'Group 1: Hot prospects (draft)' });
    await expect(restored.getByLabel('Group name')).toHaveValue('Hot prospects (draft)');
    await page.getByRole('button', { name: 'Keep them' }).click();
    await expect(page.getByText(/Your unsaved changes/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
    // Leaving in the app, after saying so, lets the edits go: nothing comes back.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await page.getByRole('button', { name: 'Leave and discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
    await page.goto('/workflows/1/goals/1');
    await expect(g1.getByLabel('Group name')).toHaveValue('Hot prospects');
    await expect(page.getByText(/Your unsaved changes/)).toHaveCount(0);
  });

  test('a new goal brought back after a reload says it is not saved yet, and Discard starts it afresh', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/workflows/1/goals/new');
    await page.getByRole('button', { name: 'Add group' }).click();
    // Typed once the new group's name has the focus (typed sooner, 'Dra' went elsewhere).
    await expect(
      page.getByRole('region', { name: /^Group 1/ }).getByLabel('Group name'),
    ).toBeFocused();
    await page.keyboard.type('Draft group');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Group 1: Draft group' })).toBeVisible();
    await expect(
      page.getByText(
        'This goal was not saved yet. Save to keep it, or discard your changes to start it afresh.',
      ),
    ).toBeVisible();
    await expect(page.getByText(/go back to the saved goal/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Discard them' }).click();
    await expect(page.getByRole('region', { name: /^Group 1/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'New goal' })).toBeVisible();
  });

  test('closing the tab with unsaved changes asks first', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const name = page
      .getByRole('region', { name: 'Group 1: Hot prospects' })
      .getByLabel('Group name');
    await name.focus();
    await page.keyboard.type('!');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });

  test('a goal or flow that does not exist says so and offers a way on, not a retry', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/999');
    await expect(page.getByText('Not found', { exact: true })).toBeVisible();
    // The server's sentence ends before the next begins ("…not found It may have…").
    await expect(page.getByText(/[a-z0-9]\. It may have been deleted/)).toBeVisible();
    // The heading and the tab say so too (they said "Goal 999").
    await expect(page.getByRole('heading', { level: 1, name: 'Goal not found' })).toBeVisible();
    await expect(page).toHaveTitle('Goal not found · Workflows · Flowdesk');
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to the flow' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();
    await page.goto('/workflows/999');
    await expect(page.getByText('Not found', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'All flows' }).click();
    await expect(page.getByRole('table', { name: 'Email flows' })).toBeVisible();
    for (const [address, title] of [
      ['/workflows/1/options/999', 'Option not found'],
      ['/workflows/1/options/new?step=999', 'Step not found'],
      ['/workflows/1/goals/abc', 'Goal not found'],
    ]) {
      await page.goto(address);
      await expect(page.getByText('Not found', { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page).toHaveTitle(`${title} · Workflows · Flowdesk`);
    }
  });

  test('an option or goal opened under another flow goes to its own flow', async ({ page }) => {
    // Option 1 and goal 1 belong to "Welcome series" (flow 1), not "Webinar follow-up" (flow 2).
    await signIn(page, 'admin', '/workflows/2/options/1');
    await expect(page).toHaveURL(/\/workflows\/1\/options\/1$/);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Welcome series' })).toBeVisible();
    await expect(crumbs.getByRole('link', { name: 'Webinar follow-up' })).toHaveCount(0);
    await expect(page.getByLabel('Name')).toHaveValue('Clicked the getting-started guide');
    await expectNoAxeViolations(page);

    await page.goto('/workflows/2/goals/1');
    await expect(page).toHaveURL(/\/workflows\/1\/goals\/1$/);
    await expect(crumbs.getByRole('link', { name: 'Welcome series' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^Goal: / })).toBeVisible();
    // The wrong address was replaced: Back leaves the goal page rather than bouncing again.
    await page.goBack();
    await expect(page).toHaveURL(/\/workflows\/1\/options\/1$/);
  });

  test('an option or goal id that is not a number is not found, and nothing asks for NaN', async ({
    page,
  }) => {
    const nanRequests: string[] = [];
    page.on('request', (r) => {
      if (/NaN/.test(r.url() + (r.postData() ?? ''))) nanRequests.push(r.url());
    });
    await signIn(page, 'admin', '/workflows/1/options/abc');
    await expect(page.getByText('Not found', { exact: true })).toBeVisible();
    await expect(page.getByText(/There is no option “abc”/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Option not found' })).toBeVisible();
    await expect(page.getByText(/NaN/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to the flow' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();

    await page.goto('/workflows/1/goals/abc');
    await expect(page.getByText('Not found', { exact: true })).toBeVisible();
    await expect(page.getByText(/There is no goal “abc”/)).toBeVisible();
    await expect(page.getByText(/NaN/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    expect(nanRequests).toEqual([]);
  });

  test('a flow id that is not a number, or a flow that does not exist, has a "Flow not found" heading and title', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/abc');
    await expect(page.getByRole('heading', { level: 1, name: 'Flow not found' })).toBeVisible();
    await expect(page).toHaveTitle('Flow not found · Workflows · Flowdesk');
    await expect(page.getByText(/There is no flow “abc”/)).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Workflows' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/workflows/999');
    await expect(page.getByRole('heading', { level: 1, name: 'Flow not found' })).toBeVisible();
    await expect(page).toHaveTitle('Flow not found · Workflows · Flowdesk');
    await expect(page.getByText(/It may have been deleted/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a new option under a step that does not exist or is not a split says so, with no retry', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/options/new?step=999');
    await expect(page.getByText('Not found', { exact: true })).toBeVisible();
    await expect(page.getByText(/Step 999 does not exist/)).toBeVisible();
    await expect(page.getByText('Could not load this page')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to the flow' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();

    // Step 1 is the flow's first e-mail: a step, but not a split.
    await page.goto('/workflows/1/options/new?step=1');
    await expect(page.getByText('Not a split step', { exact: true })).toBeVisible();
    await expect(
      page.getByText(
        /Step 1 is a “Send e-mail” step, not a split step: only split steps have options/,
      ),
    ).toBeVisible();
    await expect(page.getByText('Could not load this page')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to the flow' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();
  });

  test('leaving a dirty form asks first', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1/options/2');
    await page.getByLabel('Name').fill('Clicked pricing (changed)');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Events' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Clicked pricing (changed)');
    // From the keyboard: the question takes focus, and Escape gives it back to the link.
    await nav.getByRole('link', { name: 'Events' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('button', { name: 'Stay on this page' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Events' })).toBeFocused();
    await nav.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('button', { name: 'Leave and discard changes' }).click();
    await expect(page).toHaveURL(/\/events$/);
  });
  test('a flow whose field list failed says so with Try again, and its goals still read as numbers and yes/no', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/');
    await armFault(page.request, { on: 'GetRestrictableFields', kind: 'error500', times: 20 });
    await page.goto('/workflows/1');
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Could not load the fields conditions can use' });
    await expect(notice).toBeVisible();
    // Typed by what each condition stores: not "Sales amount ≥ “50000” and No mailings = “0”".
    // (Other tests change this goal's conditions before: read what is there, typed.)
    const bigSpenders = page.getByRole('listitem').filter({ hasText: /^Big spenders:/ });
    await expect(bigSpenders).toContainText(/No mailings is (yes|no)/);
    await expect(bigSpenders).not.toContainText(/“\d/);
    await expect(page.getByText(/and Number of sales > 3$/)).toBeVisible();
    await expectNoAxeViolations(page);
    await clearFaults(page.request);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Goal: Sale created on contact' })).toBeFocused();
  });
  test('at 400 px the flow diagram opens readable, at its start, and moves with the arrow keys', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/workflows/1');
    const diagram = page.getByRole('figure', { name: /Diagram of the flow/ });
    const start = diagram.getByText('Start', { exact: true });
    const everyoneElse = diagram.getByText('Everyone else', { exact: true });
    await expect(start).toBeVisible();
    // Its 13 px names were drawn at 0.44 (under 6 px), the whole flow squeezed into the pane.
    const nameSize = async () =>
      start.evaluate((el) => {
        const scale = new DOMMatrix(
          getComputedStyle(el.closest('.react-flow__viewport')!).transform,
        ).a;
        return parseFloat(getComputedStyle(el.closest('strong') ?? el).fontSize) * scale;
      });
    await expect.poll(nameSize).toBeGreaterThanOrEqual(11);
    const inPane = async (box: Locator) => {
      const pane = (await diagram.boundingBox())!;
      const b = (await box.boundingBox())!;
      return b.x >= pane.x && b.x + b.width <= pane.x + pane.width && b.y >= pane.y;
    };
    expect(await inPane(start)).toBe(true);
    expect(await inPane(everyoneElse)).toBe(false);
    // The diagram takes focus, says how to move it, and the arrow keys show the rest.
    await page.getByRole('link', { name: 'New goal' }).focus();
    const focused = () => diagram.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 30 && !(await focused()); i++) await page.keyboard.press('Tab');
    await expect(diagram).toBeFocused();
    await expect(diagram).toHaveAccessibleDescription(/Tab to it and use the arrow keys/);
    // Other tests may have added paths to this split before: move right until the last shows.
    for (let i = 0; i < 15 && !(await inPane(everyoneElse)); i++)
      await page.keyboard.press('ArrowRight');
    await expect.poll(() => inPane(everyoneElse)).toBe(true);
    await expect.poll(() => inPane(start)).toBe(false);
    await page.keyboard.press('0');
    await expect.poll(() => inPane(start)).toBe(true);
    await expectNoAxeViolations(page);
  });

  for (const width of [1280, 400])
    test(`at ${width} px the diagram's zoom buttons, named as the app names things, cover none of the boxes it opens with`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await signIn(page, 'admin', '/workflows/1');
      const diagram = page.getByRole('figure', { name: /Diagram of the flow/ });
      await expect(diagram.getByText('Start', { exact: true })).toBeVisible();
      // React Flow's own names were "Zoom In", "Zoom Out" and "Fit View".
      const buttons = ['Zoom in', 'Zoom out', 'Fit the whole flow in view', 'Back to the start'];
      const view = page.getByRole('group', { name: 'Diagram view' });
      for (const name of buttons)
        await expect(view.getByRole('button', { name, exact: true })).toBeVisible();
      // Once the view has settled: no box in the pane lies under a button.
      await expect
        .poll(async () => {
          const boxes = await Promise.all(
            buttons.map((name) => view.getByRole('button', { name, exact: true }).boundingBox()),
          );
          return diagram.evaluate((figure, controls) => {
            const pane = figure.getBoundingClientRect();
            const covered: string[] = [];
            for (const node of figure.querySelectorAll<HTMLElement>('.react-flow__node')) {
              const r = node.getBoundingClientRect();
              if (r.width < 2 || r.bottom < pane.top || r.top > pane.bottom) continue;
              if (r.right < pane.left || r.left > pane.right) continue;
              const under = controls.some(
                (c) =>
                  c !== null &&
                  r.left < c.x + c.width &&
                  r.right > c.x &&
                  r.top < c.y + c.height &&
                  r.bottom > c.y,
              );
              if (under) covered.push(node.textContent ?? '');
            }
            return covered;
          }, boxes);
        })
        .toEqual([]);
    });

  test('the mouse wheel over the flow diagram scrolls the page; Ctrl + wheel zooms the diagram', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 500 });
    await signIn(page, 'admin', '/workflows/1');
    const diagram = page.getByRole('figure', { name: /Diagram of the flow/ });
    await expect(diagram.getByText('Start', { exact: true })).toBeVisible();
    await expect(diagram).toHaveAccessibleDescription(/as does Ctrl \+ the mouse wheel/);
    const scale = () =>
      diagram.evaluate(
        (el) =>
          new DOMMatrix(getComputedStyle(el.querySelector('.react-flow__viewport')!).transform).a,
      );
    const scrollY = () => page.evaluate(() => document.scrollingElement!.scrollTop);
    await expect.poll(scale).toBeGreaterThan(0);
    const before = await scale();
    await diagram.scrollIntoViewIfNeeded();
    const top = await scrollY();
    const box = (await diagram.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 100));
    // It used to zoom, and the page under the pointer did not move.
    expect(top).toBeGreaterThan(0);
    await page.mouse.wheel(0, -200);
    await expect.poll(scrollY).toBeLessThan(top);
    expect(await scale()).toBe(before);

    // The page moved under the pointer: back over the diagram.
    const moved = (await diagram.boundingBox())!;
    await page.mouse.move(moved.x + moved.width / 2, moved.y + Math.min(moved.height / 2, 100));
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(scale).toBeGreaterThan(before);
  });
});

for (const user of ['planner', 'viewer'] as const) {
  test(`${user} sees the workflow editors read-only, without Save or Delete`, async ({ page }) => {
    await signIn(page, user, '/workflows/1');
    await expect(page.getByRole('link', { name: 'New goal' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Add option/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Clicked pricing' }).click();
    await expect(page.getByText('Read-only:')).toBeVisible();
    await expect(page.getByLabel('Name')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Move (up|down), step/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.goto('/workflows/1/goals/1');
    await expect(page.getByText('Read-only:')).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Group 1: Hot prospects' }).getByLabel('Group name'),
    ).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add group' })).toHaveCount(0);
    // Nothing can be reordered, and nothing says how to.
    await expect(
      page.getByRole('button', { name: /^(Move (up|down),|Drag to reorder) condition/ }),
    ).toHaveCount(0);
    await expect(page.getByText(/Reorder with the Move buttons/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    // A "new" address typed in says they cannot add, instead of a form that can never be saved.
    await page.goto('/workflows/1/goals/new');
    await expect(page.getByText('You cannot add goals')).toBeVisible();
    await expect(
      page.getByText(/may view but not change this\. The flow page shows the goals/),
    ).toBeVisible();
    await expect(page.getByRole('form', { name: 'Goal' })).toHaveCount(0);
    await page.goto('/workflows/1/options/new?step=3');
    await expect(page.getByText('You cannot add options')).toBeVisible();
    await expect(page.getByRole('form', { name: 'Step option' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the flow' }).click();
    await expect(page).toHaveURL(/\/workflows\/1$/);
    await expectNoAxeViolations(page);
  });
}
