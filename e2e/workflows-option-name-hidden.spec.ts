import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { expectSaidNowhere } from './saidNowhere.ts';
import { clearFaults, rewriteAnswers } from './sandboxFaults.ts';

/**
 * An option's Name the user's role may not see (FieldRight None, contract §2.4) is shown nowhere
 * on its page, though the sandbox still sends it (as a tenant may): the option is named by its id,
 * as a hidden option is ('Option 1'). GetWorkflowStepOption carries no rights (contract §4): the
 * option's own FieldProperties come with SaveWorkflowStepOption's answer, which the page then
 * shows. Option 1 of flow 1 is 'Clicked the getting-started guide', rank 1.
 */
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const NAME = 'Clicked the getting-started guide';
const hideOptionName = (page: Page) =>
  rewriteAnswers(page.request, {
    on: 'SaveWorkflowStepOption',
    fieldRights: { Name: { mask: 'None', reason: 'Your role may not see this field' } },
  });

test('an option whose name turns out hidden once saved is named by its id, in its heading, tab, messages and delete dialog', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await hideOptionName(page);
  await page.goto('/workflows/1/options/1');
  const rank = page.getByLabel('Rank', { exact: true });
  await expect(rank).toHaveValue('1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  // A real change to save (put back at the end).
  await rank.fill('2');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Option 1');
  await expect(page).toHaveTitle(/^Option 1 /);
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(0);
  await expectSaidNowhere(page, NAME);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Option 1');
  await expect(dialog).not.toContainText(NAME);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expectSaidNowhere(page, NAME);

  await rank.fill('1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('an option stored with no name is named by its id in its delete dialog, as in its heading', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  // As a tenant may have one (the form itself asks for a name).
  await rewriteAnswers(page.request, { on: 'Agents/Workflow/', replace: { [NAME]: '' } });
  await page.goto('/workflows/1/options/1');
  await expect(page.getByLabel('Rank', { exact: true })).toHaveValue('1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Option 1');
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('The option “Option 1” is removed from the flow for good');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});
