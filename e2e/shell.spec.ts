import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations, signIn, type DemoUser } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { targetsGrid } from './targetsGrid.ts';

const people: Record<DemoUser, string> = {
  admin: 'Ada Admin',
  planner: 'Paul Planner',
  viewer: 'Vera Viewer',
};

// A fault a test armed and did not use up (it failed before clearing it) must not hit the next.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test.describe('app shell', () => {
  for (const [user, name] of Object.entries(people) as [DemoUser, string][]) {
    test(`${user} can sign in and sees who is signed in`, async ({ page }) => {
      await signIn(page, user);
      await expect(
        page.getByRole('heading', { level: 1, name: `Welcome, ${name.split(' ')[0]}` }),
      ).toBeVisible();
      await expect(page.getByText(name, { exact: true })).toBeVisible();
      await expect(page).toHaveTitle('Home · Flowdesk');
    });
  }

  test('a wrong password is refused with a message and nothing else happens', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2F/);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
    await expect(page.getByLabel('User name')).toHaveValue('admin');
    // Focus is on the password, selected, so typing replaces it; Enter signs in.
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type('admin');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('at 200% zoom, the password to type again after a wrong one is in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto('/sign-in?returnTo=%2F&reason=expired');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('wrong');
    await page.getByLabel('Password').press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
    // The message above the form pushed the field down, past the bottom of the window.
    await expect(page.getByLabel('Password')).toBeFocused();
    await expect(page.getByLabel('Password')).toBeInViewport({ ratio: 1 });
  });

  test('a failed sign-in is said through a live region that was there before it', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    // Screen readers announce text put into a live region they know, not a region that appears
    // with its text: the alert is on the page, empty, from the start.
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('');
    await alert.evaluate((el) => el.setAttribute('data-before-failure', ''));
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toHaveText('Wrong user name or password.');
    await expect(alert).toHaveAttribute('data-before-failure', '');
  });

  test('the session-expired notice is announced when focus does not land on the password', async ({
    page,
  }) => {
    // No user name kept in this tab: focus starts on User name, which the notice does not describe.
    await page.goto('/sign-in?returnTo=%2F&reason=expired');
    const notice = 'Your session has expired. Sign in again to continue where you were.';
    await expect(page.getByText(notice)).toBeVisible();
    await expect(page.getByLabel('User name')).toBeFocused();
    await expect(page.getByTestId('live-announcer')).toHaveText(notice);
    // Not a status region that is already full when the page loads (never announced).
    await expect(page.getByRole('status').filter({ hasText: notice })).toHaveCount(0);
  });

  test('typing the password with Caps Lock on is pointed out, and the note goes when it is off', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    const password = page.getByLabel('Password');
    await password.focus();
    await password.dispatchEvent('keydown', { key: 'A', code: 'KeyA', modifierCapsLock: true });
    await expect(password).toHaveAccessibleDescription(
      'Caps Lock is on: the password may be typed in capitals.',
    );
    await expect(page.getByTestId('live-announcer')).toContainText('Caps Lock is on');
    await password.dispatchEvent('keyup', { key: 'CapsLock', code: 'CapsLock' });
    await expect(password).not.toHaveAccessibleDescription(/Caps Lock/);
  });

  test('a sign-in stopped at a field leaves no message from the attempt before it', async ({
    page,
  }) => {
    await page.goto('/sign-in?show=connection');
    const baseUrl = page.getByLabel('API base URL');
    await baseUrl.fill('http://127.0.0.1:1');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const unreachable = page.getByText(/^Could not reach the server/);
    await expect(unreachable).toBeVisible();
    await baseUrl.fill('not an address');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(baseUrl).toHaveAccessibleDescription(
      /Enter an address starting with http:\/\/ or https:\/\/, or leave it empty for this server\.$/,
    );
    // Nothing was sent this time: the server was not "not reached" again.
    await expect(unreachable).toHaveCount(0);
  });

  test('empty fields are named before anything is sent', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your user name.', { exact: true })).toBeVisible();
    await expect(page.getByText('Enter your password.', { exact: true })).toBeVisible();
  });

  test('navigation reaches every area and sets the page title', async ({ page }) => {
    await signIn(page, 'admin');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const area of ['Workflows', 'Events', 'Targets', 'Definitions', 'Settings']) {
      await nav.getByRole('link', { name: area }).click();
      await expect(page).toHaveURL(new RegExp(`/${area.toLowerCase()}`));
      await expect(nav.getByRole('link', { name: area })).toHaveAttribute('aria-current', 'page');
    }
    await expect(page).toHaveTitle('Settings · Flowdesk');
    // The page change is announced to screen readers, with the new page's title.
    await expect(page.getByTestId('live-announcer')).toHaveText('Settings page opened.');
    await nav.getByRole('link', { name: 'Workflows' }).click();
    await expect(page.getByTestId('live-announcer')).toHaveText('Workflows page opened.');
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    // The address as typed, not percent-encoded.
    await page.goto('/mål/Ærlig side');
    await expect(
      page.getByRole('main').getByText('/mål/Ærlig side', { exact: true }),
    ).toBeVisible();
  });

  test('a field in error keeps its red border under the pointer', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const userName = page.getByLabel('User name');
    await expect(userName).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('heading', { name: 'Sign in to Flowdesk' }).click(); // focus away
    await userName.hover();
    await expect(userName).toHaveCSS('border-top-color', 'rgb(201, 42, 42)');
  });

  test('an unknown culture or time zone is named on its field and nothing is sent', async ({
    page,
  }) => {
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) sent.push(r.url());
    });
    await page.goto('/sign-in');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    const disclosure = page.getByRole('button', { name: 'Connection settings' });
    // The ▸ / ▾ triangle is decoration: the name was "▸ Connection settings".
    await expect(disclosure).toHaveAccessibleName('Connection settings');
    await disclosure.click();
    await expect(disclosure).toHaveAccessibleName('Connection settings');
    const culture = page.getByLabel('Culture');
    const timeZone = page.getByLabel('Time zone');
    await culture.fill('en_GB');
    await timeZone.fill('Europe/Olso');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(culture).toHaveAccessibleDescription(
      'Unknown culture: use a language tag such as en-GB or nb-NO.',
    );
    await expect(timeZone).toHaveAccessibleDescription(
      'Unknown time zone: use an IANA name such as Europe/Oslo.',
    );
    await expect(culture).toBeFocused();
    expect(sent).toEqual([]);

    await culture.fill('en-GB');
    await timeZone.fill('Europe/Oslo');
    const principal = page.waitForRequest((r) => r.url().includes('/api/v1/'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const headers = (await principal).headers();
    expect(headers['so-culture']).toBe('en-GB');
    // SO-TimeZone takes SuperOffice's own zone codes, not IANA names: it is not sent.
    expect(headers).not.toHaveProperty('so-timezone');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('a language that cannot be sent as a header is named on its field, and pages keep loading', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/settings');
    const language = page.getByRole('textbox', { name: 'Language' });
    // Not a language code: as an Accept-Language header it would make every request fail.
    await language.fill('日本語');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(language).toHaveAccessibleDescription(
      'For example en, nb, sv, de. Enter a language code such as en.',
    );
    await expect(language).toBeFocused();
    const saved = page.getByRole('region', { name: /Notifications/ }).getByText('Settings saved');
    await expect(saved).toHaveCount(0);
    await language.fill('ja');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(saved).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Events' })
      .click();
    await expect(page.getByRole('button', { name: 'Send event' })).toBeVisible();
  });

  test('a ticket or token pasted with a character a header cannot carry is named on its field, and nothing is sent', async ({
    page,
    request,
  }) => {
    const login = await request.post('/api/sandbox/login', {
      data: { UserName: 'admin', Password: 'admin' },
    });
    const { AccessToken } = (await login.json()) as { AccessToken: string };
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) apiCalls.push(r.url());
    });
    await page.goto('/sign-in');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    const scheme = page.getByRole('combobox', { name: 'Authentication' });
    await scheme.click();
    await page.getByRole('option', { name: 'SoTicket' }).click();
    const appToken = page.getByRole('textbox', { name: 'App token' });
    await appToken.fill('日本');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(appToken).toHaveAccessibleDescription(
      'SO-AppToken, needed by SuperOffice Online. Contains the character 日 (U+65E5), which cannot be sent: paste the app token again as issued.',
    );
    await expect(appToken).toBeFocused();
    await appToken.fill('');

    await scheme.click();
    await page.getByRole('option', { name: 'Bearer token' }).click();
    const token = page.getByRole('textbox', { name: 'Access token' });
    await token.fill(`“${AccessToken}”`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(token).toHaveAccessibleDescription(
      /Contains the character “ \(U\+201C\), which cannot be sent: paste the access token again as issued\.$/,
    );
    await expect(token).toBeFocused();
    expect(apiCalls).toEqual([]);
    // Pasted with a non-breaking space after it: that is trimmed, and the token signs in.
    await token.fill(`${AccessToken}\u00a0`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeVisible();
  });

  test('an unknown culture kept from an earlier sign-in opens Connection settings on it', async ({
    page,
  }) => {
    // Signed in earlier in this tab with a culture nothing checked then; the session has expired.
    await page.goto('/sign-in');
    await page.evaluate(() =>
      sessionStorage.setItem(
        'flowdesk.connection',
        JSON.stringify({ baseUrl: '', scheme: 'basic', userName: 'admin', culture: 'english' }),
      ),
    );
    await page.goto('/sign-in?returnTo=%2F&reason=expired');
    await expect(page.getByLabel('User name')).toHaveValue('admin');
    await page.getByLabel('Password').fill('admin');
    await page.keyboard.press('Enter');
    const culture = page.getByLabel('Culture');
    await expect(culture).toBeFocused();
    await expect(culture).toHaveAccessibleDescription(
      'Unknown culture: use a language tag such as en-GB or nb-NO.',
    );
    await culture.fill('en-GB');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('a base URL that answers with a web page is named as not the API', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/sign-in');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    // This server answers any path outside /api with the app's own page.
    await page.getByLabel('API base URL').fill(`${baseURL}/elsewhere`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The address answered, but it is not a SuperOffice or Flowdesk API (the response is not JSON). Check the API base URL under Connection settings.',
    );
    await page.getByLabel('API base URL').fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('a base URL copied with its /api/v1 path signs in (the path is not doubled)', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/sign-in');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    // Tenant addresses are often given with the API's path, e.g. …/Cust12345/api/v1/.
    await page.getByLabel('API base URL').fill(`${baseURL}/api/v1/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByRole('definition').filter({ hasText: String(baseURL) })).toHaveText(
      String(baseURL),
    );
  });

  test('a deep link asks to sign in and then opens the page that was asked for', async ({
    page,
  }) => {
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    await page.getByLabel('User name').fill('viewer');
    await page.getByLabel('Password').fill('viewer');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('a 401 sends the user to sign in and back to where they were', async ({ page, context }) => {
    await page.goto('/sign-in');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    await page.getByRole('combobox', { name: 'Authentication' }).click();
    await page.getByRole('option', { name: 'Browser session (XSRF cookie)' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    // The server-side session ends (cookies gone): the next request gets a 401.
    await context.clearCookies();
    await page.reload();
    await expect(
      page.getByText('Your session has expired. Sign in again to continue where you were.'),
    ).toBeVisible();
    await expect(page).toHaveURL(/returnTo=%2Fsettings/);
    // The user name is known: focus waits on the password, so typing it and Enter signs in.
    await expect(page.getByLabel('User name')).toHaveValue('admin');
    await expect(page.getByLabel('Password')).toBeFocused();
    // Focus skips the notice, so the field it lands on tells screen readers why.
    await expect(page.getByLabel('Password')).toHaveAccessibleDescription(
      'Your session has expired. Sign in again to continue where you were.',
    );
    await page.keyboard.type('admin');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('the browser session scheme uses the session the browser already has, with no user name or password', async ({
    page,
  }) => {
    const chooseSession = async () => {
      await page.getByRole('button', { name: 'Connection settings' }).click();
      await page.getByRole('combobox', { name: 'Authentication' }).click();
      await page.getByRole('option', { name: 'Browser session (XSRF cookie)' }).click();
    };
    // No session yet: the refusal says what to do, not "wrong user name or password".
    await page.goto('/sign-in');
    await chooseSession();
    await expect(
      page.getByRole('combobox', { name: 'Authentication' }),
    ).toHaveAccessibleDescription(/Leave the user name and password empty to use it/);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByText(
        'This browser has no session with the server. Sign in to SuperOffice in this browser first, or enter a user name and password.',
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // A session started elsewhere in this browser (here: the sandbox's own sign-in, whose
    // cookies the page shares), as a tenant's web sign-in would.
    const started = await page.request.post('/api/sandbox/login', {
      data: { UserName: 'planner', Password: 'planner' },
    });
    expect(started.ok()).toBe(true);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByText('Paul Planner')).toBeVisible();
  });

  test('a server that issues no tickets says to enter one, not that it is not an API', async ({
    page,
  }) => {
    // A tenant has no sandbox sign-in: its answer is a plain 404.
    await armFault(page.request, { on: '/api/sandbox/login', kind: 'notFoundPage' });
    await page.goto('/sign-in');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    await page.getByRole('combobox', { name: 'Authentication' }).click();
    await page.getByRole('option', { name: 'SoTicket' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByText('This server does not issue tickets to Flowdesk: enter your ticket.'),
    ).toBeVisible();
  });

  test('a select list taller than the window scrolls within itself, by keyboard too, and passes axe', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 420 });
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const field = page
      .getByRole('group', { name: 'Condition 1' })
      .first()
      .getByRole('combobox', { name: 'Field' });
    await field.scrollIntoViewIfNeeded();
    await field.click();
    const list = page.getByRole('listbox');
    const options = list.getByRole('option');
    expect(await options.count()).toBeGreaterThan(4);
    // Open and cut short by the window: axe found a scrolling region no key could reach.
    await expectNoAxeViolations(page);
    await page.keyboard.press('End');
    await expect(options.last()).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(options.first()).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(field).toBeFocused();
  });

  test('signing out, and opening the definitions page without files, leave no storage behind', async ({
    page,
  }) => {
    const databases = () =>
      page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    await signIn(page, 'admin');
    await page.goto('/definitions');
    await expect(
      page.getByRole('heading', { name: 'Workflow definitions', level: 1 }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    // Nothing was ever kept, so no database should have been made to say so. Looked at again
    // after a reload: what sign-out does with the store ends after the sign-in page shows.
    expect(await databases()).not.toContain('flowdesk-definitions');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    expect(await databases()).not.toContain('flowdesk-definitions');
  });

  test('signing out forgets the credentials', async ({ page }) => {
    await signIn(page, 'planner');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('flowdesk.connection'))).toBeNull();
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
  });

  test('signing out with unsaved changes asks first; staying keeps them', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/1/options/1');
    const name = page.getByLabel('Name');
    await expect(name).not.toHaveValue('');
    await name.fill('Typed before signing out');
    const signOut = page.getByRole('button', { name: 'Sign out' });
    await signOut.click();
    const ask = page.getByRole('alertdialog', { name: 'Sign out and discard unsaved changes?' });
    await expect(ask).toBeVisible();
    await expectNoAxeViolations(page);
    await ask.getByRole('button', { name: 'Stay signed in' }).click();
    await expect(ask).toBeHidden();
    await expect(signOut).toBeFocused();
    await expect(name).toHaveValue('Typed before signing out');
    expect(await page.evaluate(() => sessionStorage.getItem('flowdesk.connection'))).not.toBeNull();

    await signOut.click();
    await ask.getByRole('button', { name: 'Sign out and discard' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('flowdesk.connection'))).toBeNull();
  });

  test('signing out and discarding removes every draft this user kept, and only theirs', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const description = () =>
      page.getByRole('region', { name: /^Group 1/ }).getByLabel('Description');
    const original = await description().inputValue();
    await description().fill('ADMIN SECRET DRAFT');
    // Typed in another browser by planner, on this shared machine: not admin's to discard.
    const plannerDraft = 'flowdesk.targets.draft.1.%7Cplanner';
    await page.evaluate((k) => localStorage.setItem(k, '{}'), plannerDraft);
    // Going by the address bar keeps the goal's draft for the next visit.
    await page.goto('/targets');
    await expect(page.getByRole('heading', { level: 1, name: 'Targets' })).toBeVisible();
    const keptDrafts = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.includes('.draft.'))
          .sort(),
      );
    // The goal's draft is this tab's (…/goals/1~<tab>.<owner>).
    expect(await keptDrafts()).toEqual([
      'flowdesk.targets.draft.1.%7Cplanner',
      expect.stringMatching(
        /^flowdesk\.workflows\.draft\.\/workflows\/1\/goals\/1~[\w-]+\.%7Cadmin$/,
      ),
    ]);
    await targetsGrid(new Date().getFullYear()).cell(page, 'Nora Berg', 2).dblclick();
    await page.getByRole('textbox', { name: 'Nora Berg, March' }).fill('777');
    await page.keyboard.press('Enter');
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Sign out and discard unsaved changes?' });
    await expect(ask).toContainText(
      'This page has changes that are not saved yet (or files not uploaded). Signing out discards them, and the unsaved changes kept in this browser on this other page: Goal 1 of flow 1. Stay to save them first.',
    );
    await ask.getByRole('button', { name: 'Sign out and discard' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    expect(await keptDrafts()).toEqual([plannerDraft]);

    await signIn(page, 'admin', '/workflows/1/goals/1');
    await expect(description()).toHaveValue(original);
    await expect(page.getByText(/Your unsaved changes .* are back/)).toBeHidden();
  });

  test('signing out with changes kept from another page asks first, and says which', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const description = page.getByRole('region', { name: /^Group 1/ }).getByLabel('Description');
    await description.fill('Kept for later');
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Sign out and discard unsaved changes?' });
    await expect(ask).toContainText(
      'Changes you did not save are kept in this browser for you on this page: Goal 1 of flow 1. Signing out discards them. Stay signed in and open it to save the changes first.',
    );
    await expectNoAxeViolations(page);
    // The page is a link: it closes the question and opens the page, signed in.
    await ask.getByRole('link', { name: 'Goal 1 of flow 1' }).click();
    await expect(ask).toBeHidden();
    await expect(page).toHaveURL(/\/workflows\/1\/goals\/1$/);
    await expect(page.getByText(/Your unsaved changes .* are back/)).toBeVisible();
    await expect(description).toHaveValue('Kept for later');
  });

  test('signing out from Targets names the kept changes of another year by their year, and opens it', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    const year = new Date().getFullYear();
    // Changes kept on another page too: the question names the other pages once it has read them.
    await signIn(page, 'admin', '/workflows/1/goals/1');
    await page
      .getByRole('region', { name: /^Group 1/ })
      .getByLabel('Description')
      .fill('Kept');
    await page.goto(`/targets?year=${year}`);
    const { cell } = targetsGrid(year);
    await cell(page, 'Nora Berg', 2).dblclick();
    await page.getByRole('textbox', { name: 'Nora Berg, March' }).fill('777');
    await page.keyboard.press('Enter');
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
    // Kept as a draft (shortly after the change), which the question reads.
    const targetsDrafts = () =>
      page.evaluate(
        () =>
          Object.keys(localStorage).filter((k) => k.startsWith('flowdesk.targets.draft.')).length,
      );
    await expect.poll(targetsDrafts).toBe(1);
    const signOut = page.getByRole('button', { name: 'Sign out' });
    const ask = page.getByRole('alertdialog', { name: 'Sign out and discard unsaved changes?' });
    // This page's changes (its address names the year) are not named as another page's.
    await signOut.click();
    await expect(ask).toContainText(
      'Signing out discards them, and the unsaved changes kept in this browser on this other page: Goal 1 of flow 1. Stay to save them first.',
    );
    await ask.getByRole('button', { name: 'Stay signed in' }).click();

    // Another year: the changes stay as a draft of this year's group, and are named by it.
    await page.getByRole('combobox', { name: 'Year' }).selectOption(String(year - 1));
    await expect(page.getByRole('grid', { name: `Targets ${year - 1}` })).toBeVisible();
    await signOut.click();
    await expect(ask).toContainText(
      new RegExp(
        `on these pages: (Goal 1 of flow 1 and Targets ${year}|Targets ${year} and Goal 1 of flow 1)\\. Signing out`,
      ),
    );
    await ask.getByRole('link', { name: `Targets ${year}` }).click();
    await expect(ask).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/targets\\?year=${year}$`));
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await expect(cell(page, 'Nora Berg', 2)).toHaveText('777');
  });

  test('signing out in one tab keeps the unsaved edit of another tab still open and signed in', async ({
    page,
    context,
  }) => {
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const description = page.getByRole('region', { name: /^Group 1/ }).getByLabel('Description');
    await description.fill('Typed in the tab left open');
    const goalDrafts = () =>
      page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.includes('/workflows/1/goals/1~')).length,
      );
    await expect.poll(goalDrafts).toBe(1);

    const other = await context.newPage();
    await signIn(other, 'admin', '/settings');
    await other.getByRole('button', { name: 'Sign out' }).click();
    // The only edit kept is the open tab's, which signing out here leaves: nothing to ask.
    await expect(other.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    expect(await goalDrafts()).toBe(1);
    await other.close();

    await page.reload();
    await expect(page.getByText(/Your unsaved changes .* are back/)).toBeVisible();
    await expect(description).toHaveValue('Typed in the tab left open');
  });

  test('a session that expires keeps the drafts: signing in again brings them back', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const description = page.getByRole('region', { name: /^Group 1/ }).getByLabel('Description');
    await description.fill('Kept over an expired session');
    await page.goto('/workflows');
    await expect(page.getByRole('table', { name: 'Email flows' })).toBeVisible();
    await armFault(page.request, { on: 'GetEmailFlowList', kind: 'unauthorized' });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('table', { name: 'Email flows' })).toBeVisible();
    await page.goto('/workflows/1/goals/1');
    await expect(page.getByText(/Your unsaved changes .* are back/)).toBeVisible();
    await expect(description).toHaveValue('Kept over an expired session');
  });

  test('going to the sign-in page from the session-expired dialog keeps the page’s draft for after signing in', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/options/1');
    const name = page.getByLabel('Name');
    await expect(name).not.toHaveValue('');
    await name.fill('Typed before the session expired');
    await armFault(page.request, { on: 'SaveWorkflowStepOption', kind: 'unauthorized' });
    await page.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    await dialog.getByRole('button', { name: 'Go to the sign-in page' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(/Your unsaved changes .* are back/)).toBeVisible();
    await expect(name).toHaveValue('Typed before the session expired');
  });

  test('signing out with definition files kept from another visit asks first, and removes them', async ({
    page,
  }) => {
    page.on('dialog', (d) => void d.accept());
    await signIn(page, 'admin', '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    await page.locator('input[type=file][aria-label="Definition files"]').setInputFiles({
      name: 'kept-at-sign-out.xml',
      mimeType: 'text/xml',
      buffer: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<workflow><initial-actions><action id="1" name="@StartKept"><results><unconditional-result old-status="Finished" status="Pending" step="100"/></results></action></initial-actions><steps><step id="100" name="Pending"/></steps></workflow>\n',
      ),
    });
    await expect(page.getByRole('region', { name: 'kept-at-sign-out.xml' })).toBeVisible();
    const keptEntries = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('flowdesk-definitions', 1);
            open.onsuccess = () => {
              const count = open.result.transaction('keptBatch').objectStore('keptBatch').count();
              count.onsuccess = () => {
                resolve(count.result);
                open.result.close();
              };
            };
          }),
      );
    await expect.poll(keptEntries).toBe(2);
    // Kept for the next visit (a reload brings it back): going elsewhere by the address bar.
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Sign out and discard unsaved changes?' });
    await expect(ask).toContainText(
      'Changes you did not save are kept in this browser for you on this page: Workflow definitions (files not uploaded yet).',
    );
    await expect(ask.getByRole('link', { name: /Workflow definitions/ })).toBeVisible();
    await ask.getByRole('button', { name: 'Sign out and discard' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    expect(await keptEntries()).toBe(0);
    await signIn(page, 'admin', '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'kept-at-sign-out.xml' })).toHaveCount(0);
    await expect(page.getByText(/you had not uploaded (are|is) back/)).toHaveCount(0);
  });

  test('leaving Settings with unsaved changes asks first; staying keeps them', async ({ page }) => {
    await signIn(page, 'admin', '/settings');
    const timeZone = page.getByLabel('Time zone');
    await timeZone.fill('Europe/Oslo');
    const home = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' });
    await home.focus();
    await page.keyboard.press('Enter');
    const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await expect(ask).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(timeZone).toHaveValue('Europe/Oslo');
    await expect(home).toBeFocused();

    await page.getByLabel('Culture').fill('nb-NO');
    await home.click();
    await ask.getByRole('button', { name: 'Leave and discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible();

    // Saved changes leave without a question.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page.getByLabel('Culture')).not.toHaveValue('nb-NO');
    await timeZone.fill('Europe/Oslo');
    await timeZone.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
    await home.click();
    await expect(page.getByRole('heading', { level: 1, name: /Welcome/ })).toBeVisible();
  });

  test('"Sign in with other settings" opens the sign-in page with its connection settings shown', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/settings');
    await page.getByRole('link', { name: 'Sign in with other settings' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Connection settings' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByLabel('API base URL')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Authentication' })).toBeVisible();
  });

  test('saving Settings from the keyboard keeps focus on Save', async ({ page }) => {
    await signIn(page, 'admin', '/settings');
    const save = page.getByRole('button', { name: 'Save settings' });
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await page.getByLabel('Time zone').fill('Europe/Paris');
    await expect(save).toHaveAttribute('aria-disabled', 'false');
    await page.keyboard.press('Tab');
    await expect(save).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: /Notifications/ }).getByText('Settings saved'),
    ).toBeVisible();
    // Nothing left to save: the button says so, but focus stays on it (not lost on <body>).
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: /Notifications/ }).getByRole('listitem'),
    ).toHaveCount(1);
  });

  test('a toast dismissed from the keyboard gives focus back to where the user was', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/settings');
    const timeZone = page.getByLabel('Time zone');
    await timeZone.fill('Europe/Oslo');
    await timeZone.press('Enter');
    const toast = page
      .getByRole('region', { name: /Notifications/ })
      .getByRole('listitem')
      .filter({ hasText: 'Settings saved' });
    await expect(toast).toBeVisible();
    // F8 goes to the notifications; Tab to the toast, then its dismiss button.
    await page.keyboard.press('F8');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(toast.getByRole('button', { name: 'Dismiss notification' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toast).toBeHidden();
    await expect(timeZone).toBeFocused();

    // Escape on a toast does the same.
    await timeZone.fill('Europe/Berlin');
    await timeZone.press('Enter');
    await expect(toast).toBeVisible();
    await page.keyboard.press('F8');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(toast).toBeHidden();
    await expect(timeZone).toBeFocused();
  });

  test('a toast reached with Tab and dismissed gives focus back to where the user was', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/settings');
    const timeZone = page.getByLabel('Time zone');
    const save = page.getByRole('button', { name: 'Save settings' });
    await timeZone.fill('Europe/Oslo');
    await timeZone.press('Enter');
    const toast = page
      .getByRole('region', { name: /Notifications/ })
      .getByRole('listitem')
      .filter({ hasText: 'Settings saved' });
    await expect(toast).toBeVisible();
    // Save is the page's last control: the next Tab enters the notifications, then the dismiss button.
    await page.keyboard.press('Tab');
    await expect(save).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(toast).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(toast.getByRole('button', { name: 'Dismiss notification' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toast).toBeHidden();
    await expect(save).toBeFocused();

    // Escape on a toast reached with Tab does the same.
    await timeZone.fill('Europe/Berlin');
    await timeZone.press('Enter');
    await expect(toast).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(toast).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toast).toBeHidden();
    await expect(save).toBeFocused();
  });

  test('in a 400 px window, a toast does not cover the button that raised it', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/settings');
    await page.getByLabel('Time zone').fill('Europe/Oslo');
    const save = page.getByRole('button', { name: 'Save settings' });
    await save.focus();
    await page.keyboard.press('Enter');
    const toast = page
      .getByRole('region', { name: /Notifications/ })
      .getByRole('listitem')
      .filter({ hasText: 'Settings saved' });
    await expect(toast).toBeVisible();
    await expect(save).toBeFocused();
    // The toast spans the window's width at its bottom, where Save is: the page moves up.
    await expect
      .poll(async () => {
        const [s, t] = [(await save.boundingBox())!, (await toast.boundingBox())!];
        return s.y + s.height <= t.y;
      })
      .toBe(true);
  });

  test('in a 400 px window, the navigation above the page has its edge below it, not at the right', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin');
    const column = page.getByRole('complementary').filter({ has: page.getByRole('navigation') });
    await expect(column).toHaveCSS('border-right-width', '0px');
    await expect(column).toHaveCSS('border-bottom-width', '1px');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(column).toHaveCSS('border-right-width', '1px');
  });

  test('in a 400 px window, the bar above a short page keeps its height', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    const bar = page.getByRole('complementary').filter({ has: page.getByRole('navigation') });
    const menu = page.getByRole('button', { name: 'Menu' });
    // Brand and Menu, with the bar's own padding: not the window's leftover height.
    const [barBox, menuBox] = [(await bar.boundingBox())!, (await menu.boundingBox())!];
    expect(barBox.height).toBeLessThan(menuBox.height + 30);
    // Opened, the menu makes it taller; closed, it is as before.
    await menu.click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect((await bar.boundingBox())!.height).toBeGreaterThan(barBox.height + 100);
    await menu.click();
    await expect.poll(async () => (await bar.boundingBox())!.height).toBe(barBox.height);
  });

  test('in a 400 px window, Page not found for a long address wraps it and shows the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    const path = `/workflows/${'x'.repeat(120)}/options`;
    await signIn(page, 'admin', path);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeInViewport();
    await expect(page.getByText(path, { exact: true })).toBeVisible();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });

  test('in a 400 px window, "--upstream" is never split at its hyphens', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    // How many lines the first "--upstream" inside `scope` is drawn on.
    const linesOfOption = (scope: Locator) =>
      scope.evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf('--upstream') ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + '--upstream'.length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
        return 0;
      });
    await signIn(page, 'admin', '/settings');
    const server = page.getByRole('definition').filter({ hasText: /^This server/ });
    await expect(server).toHaveText('This server (sandbox or --upstream proxy)');
    expect(await linesOfOption(server)).toBe(1);

    await page.getByRole('link', { name: 'Sign in with other settings' }).click();
    const baseUrl = page.getByLabel('API base URL');
    await expect(baseUrl).toHaveAccessibleDescription(
      /^Leave empty for this server \(the sandbox, or the --upstream tenant\)\. /,
    );
    expect(await linesOfOption(page.locator('#connection-settings'))).toBe(1);
  });

  test('in a 400 px window, the API base URL field and its example read whole', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto('/sign-in?show=connection');
    const baseUrl = page.getByRole('textbox', { name: 'API base URL' });
    await expect(baseUrl).toBeVisible();
    // The placeholder fits the field's text area (an input cuts it without any sign).
    const placeholderFits = await baseUrl.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return false;
      context.font = style.font;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(el.placeholder).width <= room;
    });
    expect(placeholderFits).toBe(true);
    // The example address is still given, in the hint, and stays in the window.
    await expect(baseUrl).toHaveAccessibleDescription(
      'Leave empty for this server (the sandbox, or the --upstream tenant). For a tenant online, its address, for example https://online.superoffice.com/Cust12345.',
    );
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(400);
    // It wraps after a slash, never inside a word ("Cust12" at a line end, "345" below).
    const linesOfWords = await page.locator('#connection-settings').evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const lines: Record<string, number> = {};
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (const word of ['online.superoffice.com', 'Cust12345']) {
          const at = node.textContent?.indexOf(word) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          lines[word] = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
      return lines;
    });
    expect(linesOfWords).toEqual({ 'online.superoffice.com': 1, Cust12345: 1 });
  });

  test('in a 400 px window, header names and the chosen sign-in method read whole', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto('/sign-in?show=connection');
    // The select's text is all there, not cut to "Basic (user name and pass…".
    const method = page.getByLabel('Authentication');
    await expect(method).toHaveText('Basic (user name and password)');
    const cut = (el: Element) =>
      [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth);
    expect(await method.evaluate(cut)).toBe(false);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.goto('/settings');
    const region = page.getByRole('region', { name: 'Language and region' });
    // No SO-TimeZone: it takes a SuperOffice code, not the IANA name typed here.
    await expect(region).toContainText(
      'Language and culture are sent as Accept-Language, SO-Language and SO-Culture.',
    );
    await expect(region).toContainText(
      'SuperOffice’s times are shown as the tenant sends them, in its own time zone.',
    );
    // Each header name on one line: never "SO-" at a line end and "Culture" below.
    const linesOf = (name: string) =>
      region.evaluate((el, name) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(name) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + name.length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
        return 0;
      }, name);
    for (const name of ['Accept-Language', 'SO-Language', 'SO-Culture'])
      expect(await linesOf(name), name).toBe(1);
  });

  test('in a narrow window the navigation folds behind Menu, so the page starts at the top', async ({
    page,
  }) => {
    // 1280×400 at 200% zoom.
    await page.setViewportSize({ width: 640, height: 400 });
    await signIn(page, 'admin', '/workflows');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu', exact: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Workflows' })).toBeInViewport({
      ratio: 1,
    });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Events' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();

    // The skip link still comes first (on a page loaded as such) and leads to the page.
    await page.reload();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Workflows' })).toBeFocused();
    // Escape closes it and gives focus back to Menu.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Workflows' })).toBeHidden();
    await expect(menu).toBeFocused();

    // Choosing a link closes it, and focus starts on the new page.
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Events' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeInViewport();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#main')).toBeFocused();
    // The link of the page already open closes it too.
    await menu.click();
    await nav.getByRole('link', { name: 'Events' }).click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#main')).toBeFocused();

    // A 400 px window folds it the same way; beside the page, there is no Menu.
    await page.setViewportSize({ width: 400, height: 800 });
    await expect(menu).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Events' })).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menu).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Events' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    // Opened, then the window widened: a link chosen keeps focus, as beside the page it always did.
    await page.setViewportSize({ width: 640, height: 400 });
    await menu.click();
    await page.setViewportSize({ width: 1280, height: 800 });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Settings' })).toBeFocused();
  });

  test('at 400 px wide, a page title and breadcrumb without spaces wrap instead of widening the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'admin', '/workflows/2/options/7');
    const name = page.getByRole('textbox', { name: /^Name/ });
    const original = await name.inputValue();
    const long = 'Registeredbutdidnotattend'.repeat(2) + 'Nospaces00';
    await name.fill(long);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: long })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByText(long, { exact: true }),
    ).toBeVisible();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);

    // Put the name back for the other tests.
    await name.fill(original);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/The server stored/)).toBeVisible();
  });

  test('opening an area from a Home card puts focus at the start of that page', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    const card = page.getByRole('main').getByRole('link', { name: /^Events/ });
    await card.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
    // Its form shows once the event types have loaded (a Tab before that has nothing to reach
    // on the page and wraps round to the skip link).
    await expect(page.getByRole('combobox', { name: 'Event type' })).toBeVisible();
    // The card is gone with the Home page: focus is on the new page, not lost on <body>.
    await expect(page.locator('#main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Event type' })).toBeFocused();
  });

  test('a page opened from the navigation starts at its top, not where the last page was scrolled', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 400 });
    await signIn(page, 'admin', '/events');
    await expect(page.getByRole('button', { name: 'Send event' })).toBeVisible();
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // The navigation stays beside the page: it is used while scrolled down.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('a mandatory field with a value is marked required, without a "must be filled in" hint', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/goals/1');
    const goalType = page.getByRole('combobox', { name: /Goal type/ });
    await expect(goalType).toHaveAttribute('aria-required', 'true');
    await expect(goalType).not.toHaveText('');
    await expect(page.getByRole('textbox', { name: /Group name/ }).first()).toHaveValue(
      'Hot prospects',
    );
    await expect(page.getByText(/must be filled in/)).toHaveCount(0);
  });

  test('going offline is shown in view however far down the page, and said; so is coming back', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'admin', '/workflows/1/goals/1');
    await expect(page.getByRole('region', { name: /^Group 2/ })).toBeVisible();
    await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await context.setOffline(true);
    const banner = page.getByRole('status').filter({ hasText: 'You are offline' });
    await expect(banner).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('live-announcer')).toHaveText(
      'You are offline. Changes you make stay on this page; save again when the connection is back.',
    );
    await context.setOffline(false);
    await expect(banner).toHaveCount(0);
    await expect(page.getByTestId('live-announcer')).toHaveText('You are back online.');
  });

  test('a save made offline fails at once, and is not sent later when the edits were discarded', async ({
    page,
    context,
  }) => {
    await signIn(page, 'admin', '/workflows/1/options/2');
    const name = page.getByRole('textbox', { name: 'Name' });
    const stored = await name.inputValue();
    await name.fill('Discarded while offline');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The option was not saved: Flowdesk could not reach the server. Check your connection, then press Save again. Your edits are kept.',
    );
    await expect(name).toHaveValue('Discarded while offline');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Home' })
      .click();
    await page.getByRole('button', { name: 'Leave and discard changes' }).click();
    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveCount(0);
    // The way Home ends once the connection is back (its page's code was fetched offline): a
    // page.goto before that was cut short by it ("interrupted by another navigation").
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Nothing is left to send: the option keeps its stored name once the connection is back.
    await page.goto('/workflows/1/options/2');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(stored);
  });

  test('a page whose data cannot be reached says what to do, without promising kept edits', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    // Chromium retries a request whose connection was cut, and the app retries loads: keep cutting.
    await armFault(page.request, { on: 'GetEmailFlowList', kind: 'drop', times: 50 });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workflows' })
      .click();
    const failure = page.getByText(/Could not reach the server/).first();
    await expect(failure).toHaveText(
      'Could not reach the server. Check your connection, then try again.',
      { timeout: 20_000 },
    );
    // Nothing was being edited, and the browser's own words ("Failed to fetch") mean nothing here.
    await expect(page.getByText(/edits are kept|Failed to fetch/)).toHaveCount(0);
    await clearFaults(page.request);
  });

  test('after signing in, focus is at the start of the page reached, not lost on <body>', async ({
    page,
  }) => {
    await page.goto('/settings');
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    // The sign-in form went away with its focused field: Tab goes on into the page.
    await expect(page.locator('#main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Sign in with other settings' })).toBeFocused();
  });

  test('the hidden skip link leaves no shadow at the top of the window', async ({ page }) => {
    await signIn(page, 'admin');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    // How far into the window its box and shadows reach (<= 0: nothing of it shows).
    const reach = () =>
      skip.evaluate((el) => {
        const shadows = getComputedStyle(el).boxShadow.matchAll(
          /(-?[\d.]+)px (-?[\d.]+)px ([\d.]+)px(?: (-?[\d.]+)px)?/g,
        );
        let below = 0;
        for (const [, , y, blur, spread] of shadows)
          below = Math.max(below, Number(y) + Number(blur) + Number(spread ?? 0));
        return el.getBoundingClientRect().bottom + below;
      });
    expect(await reach()).toBeLessThanOrEqual(0);
    await skip.focus();
    await expect(skip).toBeInViewport();
  });

  test('the skip link moves focus to the page content', async ({ page }) => {
    await signIn(page, 'admin');
    // A page loaded as such starts at the top of the document, where Tab reaches the skip link.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('an open list leaves nothing focusable behind it (axe), and keyboard use still works', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    const scheme = page.getByRole('combobox', { name: 'Authentication' });
    await scheme.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoAxeViolations(page);
    // Escape closes the list and gives focus back to the trigger, which works again.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(scheme).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.getByRole('option', { name: 'Bearer token' }).press('Enter');
    await expect(scheme).toHaveText('Bearer token');
    await expect(scheme).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Access token')).toBeFocused();
  });

  test('shell pages have no axe violations', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Connection settings' }).click();
    await expectNoAxeViolations(page);
    await signIn(page, 'admin');
    await expectNoAxeViolations(page);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('page layout', () => {
  test('the space between the page header and the content is the same on every page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'admin', '/');
    for (const path of [
      '/',
      '/workflows',
      '/workflows/1',
      '/workflows/1/options/2',
      '/events',
      '/targets',
      '/definitions',
      '/settings',
    ]) {
      await page.goto(path);
      const title = page.getByRole('main').getByRole('heading', { level: 1 });
      await expect(title).toBeVisible();
      // From the end of the header's text and controls to the first thing shown after it; polled,
      // as a page may still show its loading placeholder when its title is there.
      const gap = () =>
        title.evaluate((h1) => {
          const header = h1.closest('header')!;
          const padding = parseFloat(getComputedStyle(header).paddingBottom);
          const end = header.getBoundingClientRect().bottom - padding;
          let next = header.nextElementSibling;
          while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
          return Math.round(next!.getBoundingClientRect().top - end);
        });
      // It was 44 px on Home, Definitions and Settings, 36 on Targets, 20 on the others.
      await expect.poll(gap, { message: `the gap on ${path}` }).toBe(20);
    }
  });
});
