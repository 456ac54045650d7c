import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

// Flow 2's "Attended": a Send e-mail and the split "By category", whose two paths have a step
// each. Nothing is deleted: the question is answered with Cancel.
test('deleting a path says that its steps, and the paths of a split on it, go with it', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/2/options/4');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const question = page.getByRole('alertdialog', { name: 'Delete this option?' });
  await expect(question).toContainText(
    'The option “Attended” is removed from the flow for good, with its 2 steps and the 2 paths of its split (“A customers” and “Everyone else”) with their 2 steps. This cannot be undone.',
  );
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
});
