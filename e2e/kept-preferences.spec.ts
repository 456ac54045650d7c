import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';

/** The sign-in form's Language, Culture and Time zone, under Connection settings. */
async function signInLocale(page: Page) {
  await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
  await page.getByRole('button', { name: 'Connection settings' }).click();
  return Promise.all(
    ['Language', 'Culture', 'Time zone'].map((name) =>
      page.getByRole('textbox', { name, exact: true }).inputValue(),
    ),
  );
}

test.describe('language, culture and time zone kept in this browser', () => {
  test('saved in Settings, a new tab’s sign-in form starts from them, and no credential is kept with them', async ({
    page,
    context,
  }) => {
    await signIn(page, 'admin', '/settings');
    await page.getByRole('textbox', { name: 'Language', exact: true }).fill('de');
    await page.getByRole('textbox', { name: 'Culture', exact: true }).fill('de-DE');
    await page.getByRole('textbox', { name: 'Time zone', exact: true }).fill('Europe/Berlin');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved', { exact: true })).toBeVisible();
    // Settings says where each thing is kept.
    const connection = page.getByRole('region', { name: 'Connection', exact: true });
    await expect(connection.getByRole('term')).toContainText([
      'Credentials kept',
      'Display settings kept',
    ]);
    await expect(
      connection.getByText(
        'Language, culture and time zone: in this browser for this server (localStorage), after signing out too. The sign-in form starts from them.',
      ),
    ).toBeVisible();

    // A new tab has none of this tab's sessionStorage: it showed en, the browser's culture and zone.
    const tab = await context.newPage();
    await tab.goto('/settings');
    expect(await signInLocale(tab)).toEqual(['de', 'de-DE', 'Europe/Berlin']);
    const kept = await tab.evaluate(() => Object.values(localStorage).join('\n'));
    expect(kept).toContain('de-DE');
    expect(kept).not.toMatch(/admin|password|ticket|token/i);
  });

  test('signing out keeps the ones signed in with', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    await page.getByRole('textbox', { name: 'Language', exact: true }).fill('nb');
    await page.getByRole('textbox', { name: 'Culture', exact: true }).fill('nb-NO');
    await page.getByRole('textbox', { name: 'Time zone', exact: true }).fill('Europe/Oslo');
    await page.getByLabel('User name').fill('planner');
    await page.getByLabel('Password').fill('planner');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    // The form went back to en, the browser's culture and its time zone.
    expect(await signInLocale(page)).toEqual(['nb', 'nb-NO', 'Europe/Oslo']);
    // They are this server's: another server's form starts from the browser's own.
    const culture = page.getByRole('textbox', { name: 'Culture', exact: true });
    const browserCulture = await page.evaluate(() => navigator.language);
    await page.getByRole('textbox', { name: 'API base URL' }).fill('https://elsewhere.example');
    await expect(culture).toHaveValue(browserCulture);
    await page.getByRole('textbox', { name: 'API base URL' }).fill('');
    await expect(culture).toHaveValue('nb-NO');
    // The credentials are gone as before.
    expect(await page.evaluate(() => sessionStorage.getItem('flowdesk.connection'))).toBeNull();
    await expect(page.getByLabel('User name')).toHaveValue('');
  });

  test('a reload mid-edit in Settings brings back the unsaved culture and time zone; Discard lets them go', async ({
    page,
  }) => {
    // The page asks before the reload (unsaved changes): the user goes ahead.
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/settings');
    const culture = page.getByRole('textbox', { name: 'Culture', exact: true });
    const timeZone = page.getByRole('textbox', { name: 'Time zone', exact: true });
    await expect(timeZone).not.toHaveValue('Pacific/Chatham');
    const saved = [await culture.inputValue(), await timeZone.inputValue()];
    await culture.fill('nb-NO');
    await timeZone.fill('Pacific/Chatham');
    await page.reload();

    const notice = page.getByText(/^Your unsaved settings from .* are back$/);
    await expect(notice).toBeVisible();
    await expect(culture).toHaveValue('nb-NO');
    await expect(timeZone).toHaveValue('Pacific/Chatham');
    // Not saved: Save settings still has them to save.
    await expect(page.getByRole('button', { name: 'Save settings' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );

    await page.getByRole('button', { name: 'Discard them' }).click();
    await expect(notice).toBeHidden();
    await expect(culture).toHaveValue(saved[0]);
    await expect(timeZone).toHaveValue(saved[1]);
    await page.reload();
    await expect(timeZone).toHaveValue(saved[1]);
    await expect(page.getByText(/^Your unsaved settings from .* are back$/)).toBeHidden();
  });
});
