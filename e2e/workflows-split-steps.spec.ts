import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import {
  deleteMadePath,
  deletePathsQuestion,
  FLOW,
  isStored,
  pathWithSplit,
  removeSplitButton,
  saveOption,
  sms,
  SPLIT_OF_FLOW,
  type MadePath,
} from './workflowSplitSteps.ts';

/**
 * A path of flow 2 whose only step is a split, "Inner split", with two paths of its own
 * ("Inner A" with 1 step, "Inner B" with 2): made for each test, deleted after it.
 */
const pathWithSplitOfTwo = (request: APIRequestContext, name: string) =>
  pathWithSplit(request, name, [
    { Name: 'Inner A', OptionType: 'PersonData', Steps: [sms('First')] },
    { Name: 'Inner B', Steps: [sms('One'), { ...sms('Two'), Rank: 2 }] },
  ]);

test.describe('a split step on a path', () => {
  let made: MadePath | null = null;
  test.afterEach(async ({ request }) => {
    if (made) await deleteMadePath(request, made);
    made = null;
  });

  test('saving a path without its split asks first, naming the paths that go, and says they went', async ({
    page,
    request,
  }) => {
    made = await pathWithSplitOfTwo(request, 'Split removal path');
    await signIn(page, 'admin', `/workflows/${FLOW}/options/${made.id}`);
    await removeSplitButton(page).click();
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await save.click();
    const ask = deletePathsQuestion(page);
    await expect(ask).toContainText(
      'Save and delete 2 paths, “Inner A” and “Inner B”, with their 3 steps? This cannot be undone.',
    );
    // Cancel: nothing is sent, and the removal can still be undone.
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toHaveCount(0);
    expect(await isStored(request, made.inner[0]!)).toBe(true);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(removeSplitButton(page)).toBeVisible();

    await removeSplitButton(page).click();
    await save.click();
    const sent = page.waitForRequest((r) => r.url().includes('/SaveWorkflowStepOption'));
    await ask.getByRole('button', { name: 'Save and delete paths' }).click();
    await sent;
    await expect(page.getByText(/The server stored “Split removal path”/)).toContainText(
      'Deleted with the removed split: 2 paths, “Inner A” and “Inner B”, with their 3 steps.',
    );
    await expect.poll(() => isStored(request, made!.inner[0]!)).toBe(false);
  });

  test('a split added to a path is named and told what to split on, on its row, and keeps both', async ({
    page,
    request,
  }) => {
    const own = await saveOption(request, {
      WorkflowStepId: SPLIT_OF_FLOW,
      Name: 'Path with a new split',
      Rank: 0,
      Steps: [sms('Hello')],
    });
    made = { id: own.WorkflowStepOptionId, inner: [] };
    await signIn(page, 'admin', `/workflows/${FLOW}/options/${own.WorkflowStepOptionId}`);
    await page.getByRole('combobox', { name: 'Step type' }).click();
    await page.getByRole('option', { name: 'Split', exact: true }).click();
    await page.getByRole('button', { name: 'Add step' }).click();
    const name = page.getByRole('textbox', { name: 'Split name, step 2' });
    await name.fill('By region');
    await page.getByRole('combobox', { name: 'Split on, step 2' }).click();
    await page.getByRole('option', { name: 'Contact data', exact: true }).click();
    const sent = page.waitForRequest((r) => r.url().includes('/SaveWorkflowStepOption'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const split = ((await sent).postDataJSON().Steps as Record<string, unknown>[]).find(
      (s) => s.StepType === 'Split',
    );
    expect(split).toMatchObject({ SplitName: 'By region', SplitOptionType: 'PersonData' });
    await expect(page.getByText(/The server stored “Path with a new split”/)).toBeVisible();

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Split name, step 2' })).toHaveValue(
      'By region',
    );
    await expect(page.getByRole('combobox', { name: 'Split on, step 2' })).toHaveText(
      'Contact data',
    );
    await expectNoAxeViolations(page);
    await page.goto(`/workflows/${FLOW}`);
    await expect(page.getByText('By region').first()).toBeVisible();
    await expect(page.getByText('Unnamed split')).toHaveCount(0);
  });

  test('who may not change the path reads the split’s name, with no field for it', async ({
    page,
    request,
  }) => {
    made = await pathWithSplitOfTwo(request, 'Split read by a viewer');
    await signIn(page, 'viewer', `/workflows/${FLOW}/options/${made.id}`);
    await expect(page.getByText('Inner split').first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Split name/ })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: /^Split on/ })).toHaveCount(0);
  });

  test('a split’s row and its buttons follow the name being typed, before Save', async ({
    page,
    request,
  }) => {
    made = await pathWithSplitOfTwo(request, 'Split renamed on its row');
    await signIn(page, 'admin', `/workflows/${FLOW}/options/${made.id}`);
    await expect(
      page.getByRole('button', { name: 'Remove step 1, Split Inner split · 2 paths' }),
    ).toBeVisible();
    await page.getByRole('textbox', { name: 'Split name, step 1' }).fill('By region');
    const steps = page.getByRole('list', { name: 'Steps on this path' });
    await expect(
      steps.getByRole('button', { name: 'Remove step 1, Split By region · 2 paths' }),
    ).toBeVisible();
    await expect(
      steps.getByRole('button', { name: 'Move down, step 1, Split By region · 2 paths' }),
    ).toBeVisible();
    await expect(
      steps.getByRole('list', { name: 'Paths of step 1, Split By region · 2 paths' }),
    ).toBeVisible();
    await expect(steps.getByRole('link', { name: 'Add a path to By region' })).toBeVisible();
    await expect(steps.getByText('Inner split')).toHaveCount(0);
  });

  for (const width of [1440, 390])
    test(`a split’s row keeps its handle, number and buttons on its title’s line (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, 'admin', `/workflows/${FLOW}/options/4`);
      const remove = page.getByRole('button', { name: /^Remove step 2, Split/ });
      const row = page
        .getByRole('list', { name: 'Steps on this path' })
        .getByRole('listitem')
        .filter({ has: remove });
      await expect(row.getByRole('textbox', { name: 'Split name, step 2' })).toBeVisible();
      const middle = async (part: ReturnType<typeof row.getByText>) => {
        const box = await part.boundingBox();
        if (!box) throw new Error('not on view');
        return box.y + box.height / 2;
      };
      const title = await middle(row.getByText('Split', { exact: true }));
      const beside = [
        row.getByRole('button', { name: /^Drag to reorder step 2/ }),
        row.getByText('2.', { exact: true }),
      ];
      // In a wide window the buttons are on the title's line too (a narrow one puts them below).
      if (width > 600) beside.push(remove);
      for (const part of beside) expect(Math.abs((await middle(part)) - title)).toBeLessThan(4);
    });
});
