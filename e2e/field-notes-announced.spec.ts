import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

// A warning that shows under a field as its value changes is said through the app's live region
// (the sign-in's Caps Lock note does the same): before, it was only in the field's description,
// which is read when focus comes to the field, not when the warning appears.
test.describe('a field’s warning that appears while typing', () => {
  test('the option editor says a rank no participant would reach', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1/options/1');
    const rank = page.getByRole('textbox', { name: 'Rank' });
    await rank.fill('9');
    await expect(rank).toHaveAccessibleDescription(/Rank 9 is past the last path/);
    await expect(page.getByTestId('live-announcer')).toContainText(
      /Rank 9 is past the last path.*Use a rank from 1 to \d+\./,
    );
  });

  test('the event console says an attribute that would be sent as part of a value', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    const attributes = page.getByRole('textbox', { name: 'Attributes' });
    // Typed key by key, as a user does: the warning changes with each key after the space.
    await attributes.pressSequentially('personId=12 formId=3');
    await expect(page.getByTestId('live-announcer')).toContainText(
      '“formId=3” follows a space, so it is sent as part of the value of “personId”.',
    );
  });
});
