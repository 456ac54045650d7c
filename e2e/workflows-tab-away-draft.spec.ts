import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { ownSplitOption } from './ownSplitOption.ts';

/**
 * A browser without Web Locks (an older or embedded browser, a page not served over HTTPS) tells
 * open tabs by leases in localStorage. A tab whose page went into the back-forward cache may come
 * back as it was, showing its unsaved edit: another tab opened meanwhile leaves that edit to it.
 * The test has its own option of flow 1's split, made through the API and deleted after.
 */

const { address, expectSomeDraftHolds } = ownSplitOption('Tab away option', 'e2e-tab-away');

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });
const backNotice = (page: Page) => page.getByText(/^Your unsaved changes from .+ are back$/);

/** A tab of the browser, on the option's editor, signed in as admin. */
async function openTab(page: Page) {
  // A reload with unsaved changes asks the browser's own question first: leave.
  page.on('dialog', (d) => void d.accept());
  await signIn(page, 'admin', address());
  await expect(nameField(page)).toBeVisible();
}

/** The tabs whose draft of the option, in the browser's storage, holds `text`. */
function tabsWithDraftHolding(page: Page, text: string): Promise<string[]> {
  return page.evaluate(
    ([prefix, t]) =>
      Object.entries(localStorage)
        .filter(([key, value]) => key.startsWith(prefix) && value.includes(t))
        // The key goes on after the tab's id with the owner: `<address>~<tab>.<owner>`.
        .map(([key]) => key.slice(prefix.length).split('.')[0]),
    [`flowdesk.workflows.draft.${address()}~`, text] as const,
  );
}

let context: BrowserContext | null = null;

test.afterEach(async () => {
  await context?.close();
  context = null;
});

test('without Web Locks, the edit of a tab kept in the back-forward cache is left to it, not offered in the next tab', async ({
  browser,
}) => {
  context = await browser.newContext();
  await context.addInitScript(() => {
    delete (Navigator.prototype as { locks?: LockManager }).locks;
  });
  const a = await context.newPage();
  await openTab(a);
  await expect(nameField(a)).toHaveValue('Tab away option');
  const b = await context.newPage();
  await openTab(b);
  await expect(nameField(b)).toHaveValue('Tab away option');
  expect(await b.evaluate(() => 'locks' in navigator)).toBe(false);

  await nameField(b).fill('Named in cached tab B');
  await expectSomeDraftHolds(a, 'Named in cached tab B');
  const tabB = await b.evaluate(() => sessionStorage.getItem('flowdesk.tabId'));
  // Tab B goes to another site and its page is kept in the back-forward cache: told it goes
  // (persisted), then frozen, as the browser does (Playwright's Chromium runs without the cache).
  await b.evaluate(() =>
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })),
  );
  const cdp = await context.newCDPSession(b);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  // Longer than a page reloading is waited for (1.5 s): B counted as closed after that before.
  await expect
    .poll(
      () =>
        a.evaluate((id) => {
          const text = localStorage.getItem(`flowdesk.tabLease.${id}`) ?? '{}';
          const lease = JSON.parse(text) as { at?: number };
          return Date.now() - (lease.at ?? Date.now());
        }, tabB),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(2_500);

  const c = await context.newPage();
  await openTab(c);
  // C's editor shows only once C has taken on what it takes of closed tabs' drafts (WhenTabKnown:
  // a draft taken moves under C's own key, where C's editor puts it back from): B's draft is
  // still B's, so C has nothing to put back.
  expect(await tabsWithDraftHolding(c, 'Named in cached tab B')).toEqual([tabB]);
  await expect(backNotice(c)).toHaveCount(0);
  await expect(nameField(c)).toHaveValue('Tab away option');

  // Back from the cache, B still shows its edit, and keeps it over a reload.
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await b.evaluate(() =>
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
  );
  await b.bringToFront();
  await expect(nameField(b)).toHaveValue('Named in cached tab B');
  await b.reload();
  await expect(backNotice(b)).toBeVisible();
  await expect(nameField(b)).toHaveValue('Named in cached tab B');
});
