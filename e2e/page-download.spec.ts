import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';

const openDefinitions = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Definitions' }).click();

const failedTitle = () =>
  ({ level: 1, name: 'This part of Flowdesk could not be loaded' }) as const;

test.describe('a page whose code cannot be downloaded', () => {
  test('offline, it says so, and loads by itself once the connection is back', async ({
    page,
    context,
  }) => {
    await signIn(page, 'admin');
    await context.setOffline(true);
    await openDefinitions(page);
    await expect(page.getByRole('heading', failedTitle())).toBeVisible();
    await expect(
      page.getByText(
        'You are offline, so this page could not be downloaded. It loads by itself once the connection is back.',
      ),
    ).toBeVisible();
    // Remembered over the reload: whether the page ever blamed an update it did not see.
    await page.evaluate(() => {
      new MutationObserver(() => {
        if (document.body.innerText.includes('may have been updated'))
          sessionStorage.setItem('e2e.blamedUpdate', 'yes');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await context.setOffline(false);
    // It said "Flowdesk may have been updated…" and waited for a press of Reload.
    await expect(page.getByRole('heading', { level: 1, name: 'Workflow definitions' })).toBeVisible(
      { timeout: 20_000 },
    );
    expect(await page.evaluate(() => sessionStorage.getItem('e2e.blamedUpdate'))).toBeNull();
  });

  test('back online before requests get through, it waits for the page’s file and then loads it', async ({
    page,
    context,
  }) => {
    await signIn(page, 'admin');
    await context.setOffline(true);
    await openDefinitions(page);
    await expect(page.getByRole('heading', failedTitle())).toBeVisible();
    // As while Wi-Fi is still connecting: the browser says it is online, but requests for
    // Flowdesk's files (the page's code or styles) do not get through yet.
    let connecting = true;
    let refused = 0;
    await page.route('**/assets/**', (route) => {
      if (!connecting) return route.continue();
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await context.setOffline(false);
    await expect(
      page.getByText(
        'The connection is back, but Flowdesk cannot be reached yet: the network may still be connecting, or may want you to sign in to it first. The page loads by itself as soon as Flowdesk can be reached.',
      ),
    ).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(refused).toBeGreaterThan(0);
    // Connected: the next try gets through, and only then is the tab reloaded.
    connecting = false;
    await expect(page.getByRole('heading', { level: 1, name: 'Workflow definitions' })).toBeVisible(
      { timeout: 30_000 },
    );
  });

  test('online, a missing page still says Flowdesk may have been updated, and Reload loads it', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    // As after a deploy: the old build's file for the page is gone.
    await page.route('**/assets/DefinitionsPage-*.js', (route) => route.fulfill({ status: 404 }));
    await openDefinitions(page);
    await expect(page.getByRole('heading', failedTitle())).toBeVisible();
    await expect(
      page.getByText(
        'Flowdesk may have been updated, or the connection dropped. Reload to get the latest version.',
      ),
    ).toBeVisible();
    await page.unroute('**/assets/DefinitionsPage-*.js');
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Workflow definitions' }),
    ).toBeVisible();
  });
});
