import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test('an option rank of 0 is refused with what to enter, and nothing is sent', async ({ page }) => {
  let sent = false;
  page.on('request', (r) => {
    if (r.url().includes('/SaveWorkflowStepOption')) sent = true;
  });
  // Flow 2's "Attended" path: nothing is saved, so the seed stays as it is.
  await signIn(page, 'admin', '/workflows/2/options/4');
  const rank = page.getByRole('textbox', { name: 'Rank' });
  await rank.fill('0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(rank).toHaveAccessibleDescription(/Rank must be 1 or more: 1 is the first path\./);
  await expect(rank).toBeFocused();
  expect(sent).toBe(false);
});
