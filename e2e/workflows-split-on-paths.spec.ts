import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

// Flow 2's "Attended" path holds the split "By category" (Contact data) with an "A customers"
// path of that type and an "Everyone else". Nothing is saved: the seed stays as it is.
test('changing what a split on a path splits on says which of its paths no longer fit', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/2/options/4');
  const paths = page.getByRole('list', { name: /^Paths of step 2, Split/ });
  await expect(paths.getByRole('link', { name: 'Open path “A customers”' })).toBeVisible();
  await expect(paths).not.toContainText('splits on');

  await page.getByRole('combobox', { name: 'Split on, step 2' }).click();
  await page.getByRole('option', { name: 'Form submission', exact: true }).click();
  const customers = paths
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Open path “A customers”' }) });
  await expect(customers).toContainText(
    'This path is for “Contact data”, but its split “By category” splits on “Form submission”, so no participant may ever take it.',
  );
  const everyoneElse = paths
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Open path “Everyone else”' }) });
  await expect(everyoneElse).not.toContainText('splits on');
});
