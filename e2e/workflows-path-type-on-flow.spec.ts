import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { ownSplitOption } from './ownSplitOption.ts';

// A "Form data" path of its own on flow 1's "What did they click?", which splits on Link clicked.
ownSplitOption('E2E form data path', 'e2e-path-type');

test.describe('the flow page says a path whose type is not what its split splits on', () => {
  test('to an admin, with what to choose', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1');
    const path = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'E2E form data path', exact: true }) })
      .last();
    await expect(path).toContainText(
      'This path is for “Form data”, but its split “What did they click?” splits on “Link clicked”, so no participant may ever take it. Open it and choose “Link clicked”, or “Everyone else” for whoever the other paths do not take.',
    );
    // The seeded paths match their split: nothing is said about them.
    const pricing = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Clicked pricing', exact: true }) })
      .last();
    await expect(pricing).not.toContainText('splits on');
  });

  test('to a viewer, without advice', async ({ page }) => {
    await signIn(page, 'viewer', '/workflows/1');
    const path = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'E2E form data path', exact: true }) })
      .last();
    await expect(path).toContainText('so no participant may ever take it.');
    await expect(path).not.toContainText('Open it and choose');
  });
});
