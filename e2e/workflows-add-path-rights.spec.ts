import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { clearFaults, rewriteAnswers } from './sandboxFaults.ts';

// Flow 2's "Attended" path holds the split "By category" with two paths. A tenant may let a role
// change a flow but not add to it (TableRight without Insert): the flow page then offers no
// "Add option", and a new path's page says "You cannot add options". Nothing is saved here.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test('a flow the role may change but not add to offers no “Add a path” on a split inside a path', async ({
  page,
  request,
}) => {
  await rewriteAnswers(request, {
    on: 'GetEmailFlow?',
    tableRight: { mask: 'Select, Update', reason: 'Your role may not add to this flow.' },
  });
  await signIn(page, 'admin', '/workflows/2');
  await expect(page.getByRole('link', { name: 'Attended' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Add option/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Attended' }).click();
  const paths = page.getByRole('list', { name: /^Paths of step 2, Split/ });
  // The paths there are still open; the path is still edited (Update).
  await expect(paths.getByRole('link', { name: 'Open path “A customers”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Split name, step 2' })).toBeEditable();
  await expect(paths.getByRole('link', { name: /^Add a path to/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a flow the role may add to still offers “Add a path” on a split inside a path', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/2/options/4');
  const paths = page.getByRole('list', { name: /^Paths of step 2, Split/ });
  await expect(paths.getByRole('link', { name: 'Add a path to By category' })).toBeVisible();
});
