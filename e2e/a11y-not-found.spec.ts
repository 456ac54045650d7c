import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * A flow, option or goal that does not exist: the warning says what happened once, and offers
 * the way on it shows (a link), not a reload that would find nothing either.
 */
test.describe('not-found warnings on the workflows pages', () => {
  for (const [address, link] of [
    ['/workflows/999', 'All flows'],
    ['/workflows/1/options/9999', 'Back to the flow'],
    ['/workflows/1/goals/9999', 'Back to the flow'],
  ]) {
    test(`${address} says once that the record may have been deleted, and offers ${link}`, async ({
      page,
    }) => {
      await signIn(page, 'admin', address);
      const warning = page.getByRole('status').filter({ hasText: 'Not found' });
      await expect(warning.getByRole('link', { name: link })).toBeVisible();
      const text = (await warning.innerText()).replace(/\s+/g, ' ');
      expect(text.match(/may have been deleted/g), text).toHaveLength(1);
      // The way on is the link beside the text; reloading the same address finds nothing.
      expect(text, text).not.toContain('Reload to check');
      // A 404 also answers an endpoint the server does not have: the address stays a cause.
      expect(text, text).toContain('The server has no such record or address (404)');
    });
  }
});
