import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import {
  deleteMadePath,
  deletePathsQuestion,
  FLOW,
  isStored,
  pathWithSplit,
  removeSplitButton,
  sms,
  type MadePath,
} from './workflowSplitSteps.ts';

/** A path of flow 2 whose only step is a split, "Inner split", with one path "Inner A". */
const pathWithSplitOfOne = (request: APIRequestContext, name: string) =>
  pathWithSplit(request, name, [{ Name: 'Inner A', Steps: [sms('First')] }]);

test.describe('saving a path without its split', () => {
  let made: MadePath | null = null;
  test.afterEach(async ({ request }) => {
    await clearFaults(request);
    if (made) await deleteMadePath(request, made);
    made = null;
  });

  test('a form the checks refuse is not asked about, and the last save’s note gains nothing', async ({
    page,
    request,
  }) => {
    made = await pathWithSplitOfOne(request, 'Split removal checked');
    await signIn(page, 'admin', `/workflows/${FLOW}/options/${made.id}`);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    const rank = page.getByRole('textbox', { name: 'Rank' });
    // A save first, so that a note from it is on view.
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Split removal, renamed');
    await save.click();
    const note = page.getByText(/The server stored “Split removal, renamed”/);
    await expect(note).toBeVisible();

    await removeSplitButton(page).click();
    await rank.fill('0');
    await save.click();
    // The field's check comes first: nothing to confirm, since nothing can be saved yet.
    await expect(page.getByText('Rank must be 1 or more: 1 is the first path.')).toBeVisible();
    await expect(rank).toBeFocused();
    const ask = deletePathsQuestion(page);
    await expect(ask).toHaveCount(0);
    await expect(page.getByText(/Deleted with the removed split/)).toHaveCount(0);
    expect(await isStored(request, made.inner[0]!)).toBe(true);

    // Put right, the Save asks, and the note then says what went.
    await rank.fill('3');
    await save.click();
    const sent = page.waitForRequest((r) => r.url().includes('/SaveWorkflowStepOption'));
    await ask.getByRole('button', { name: 'Save and delete paths' }).click();
    await sent;
    await expect(note).toContainText('Deleted with the removed split: 1 path, “Inner A”');
    await expect.poll(() => isStored(request, made!.inner[0]!)).toBe(false);
  });

  test('a confirmed save the server refuses says nothing of deleted paths', async ({
    page,
    request,
  }) => {
    made = await pathWithSplitOfOne(request, 'Split removal refused');
    await signIn(page, 'admin', `/workflows/${FLOW}/options/${made.id}`);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Split removal, saved');
    await save.click();
    await expect(page.getByText(/The server stored “Split removal, saved”/)).toBeVisible();

    await removeSplitButton(page).click();
    await armFault(page.request, { on: 'SaveWorkflowStepOption', kind: 'error500' });
    await save.click();
    await page
      .getByRole('alertdialog', { name: 'Delete the split’s paths?' })
      .getByRole('button', { name: 'Save and delete paths' })
      .click();
    await expect(page.getByText(/Injected failure \(sandbox fault\)/)).toBeVisible();
    await expect(page.getByText(/Deleted with the removed split/)).toHaveCount(0);
  });
});
