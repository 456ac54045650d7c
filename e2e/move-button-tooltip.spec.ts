import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test('a Move button’s tooltip goes when the button turns disabled and hands the focus on', async ({
  page,
}) => {
  // Nothing is saved: the moved step is left unsaved when the test ends.
  await signIn(page, 'admin', '/workflows/1/options/1');
  const moveUp = page.getByRole('button', { name: /^Move up, step 2,/ });
  // A tooltip shows on keyboard focus: a key first, so the focus counts as the keyboard's.
  await page.keyboard.press('Tab');
  await moveUp.focus();
  const tooltip = page.getByRole('tooltip').filter({ hasText: 'Move up' });
  await expect(tooltip).toBeVisible();

  // Step 2 becomes step 1: its Move up turns disabled and the focus goes to its Move down.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Move down, step 1,/ })).toBeFocused();
  // The Move up tooltip stayed on screen, over the list, until the page was left.
  await expect(tooltip).toHaveCount(0);
});
