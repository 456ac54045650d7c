import { expect, test } from '@playwright/test';
import { signInWithTicket } from './ticketSignIn.ts';

test.describe('the first sign-in to the API platform', () => {
  test('a user signed in with a ticket is asked to sign in to the platform, not to sign in again', async ({
    page,
  }) => {
    // A SoTicket sign-in gives Flowdesk no password to sign in to the platform with.
    await signInWithTicket(page, 'admin');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Definitions' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to the API platform', exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription(
      'The workflow definitions are on the API platform, which has its own sign-in. Sign in with your platform user name and password, and Flowdesk goes on with what it was doing.',
    );
    await expect(dialog).not.toContainText(/again|ended/);
    await dialog.getByLabel('Platform user name or e-mail').fill('admin');
    await dialog.getByLabel('Platform password').fill('admin');
    await dialog.getByRole('button', { name: 'Sign in and continue' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page
        .getByRole('table', { name: 'Workflow definitions' })
        .getByRole('rowheader', { name: 'Support ticket triage' }),
    ).toBeVisible();
  });
});
