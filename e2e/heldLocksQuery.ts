import { expect, type Page } from '@playwright/test';

/**
 * Holding back a tab's Web Locks query, to say which of two tabs opening a page together takes
 * the drafts of a closed tab. A tab takes them under its claim lock (flowdesk.claim.*), asking
 * there which tabs are open: held, that answer keeps the tab in its claim, so the other tab has
 * to wait for it, whatever the machine's speed.
 */

/** What holdLocksQuery adds to the page's window. */
interface HeldLocksQuery {
  /** Lets the held answers go. */
  releaseLocksQuery(): void;
  /** The locks as they are now, not held back: for the test to see where the page is. */
  locksNow(): Promise<LockManagerSnapshot>;
}

/**
 * From the page's next load, its navigator.locks.query answers as the locks were when it asked,
 * but only once releaseLocksQuery is called.
 */
export async function holdLocksQuery(page: Page) {
  await page.addInitScript(() => {
    const locks = navigator.locks;
    const query = locks.query.bind(locks);
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    const added: HeldLocksQuery = { releaseLocksQuery: () => release(), locksNow: query };
    Object.assign(window, added);
    Object.defineProperty(locks, 'query', {
      value: async () => {
        const answer = query();
        await released;
        return answer;
      },
    });
  });
}

export async function releaseLocksQuery(page: Page) {
  await page.evaluate(() => (window as unknown as HeldLocksQuery).releaseLocksQuery());
}

/**
 * Whether some page of the browser holds (or waits for) a claim lock, as the locks are now: on a
 * page whose answers are held back, asked past the hold.
 */
function claimLock(page: Page, among: 'held' | 'pending') {
  return page.evaluate(async (among) => {
    const added = window as unknown as Partial<HeldLocksQuery>;
    const locks = await (added.locksNow ?? (() => navigator.locks.query()))();
    return (locks[among] ?? []).some((l) => l.name?.startsWith('flowdesk.claim.'));
  }, among);
}

/**
 * Waits until the page, its locks query held back, is in its claim: it took the claim and waits
 * for the answer there. (Run while no other page of the browser may claim.)
 */
export async function expectInItsClaim(page: Page) {
  await expect.poll(() => claimLock(page, 'held'), { timeout: 30_000 }).toBe(true);
}

/**
 * Waits until the page has `opened` (read its drafts), or waits for another tab to let go of the
 * claim before it does.
 */
export async function expectOpenedOrWaitingForClaim(page: Page, opened: () => Promise<boolean>) {
  await expect
    .poll(async () => (await opened()) || claimLock(page, 'pending'), {
      timeout: 30_000,
    })
    .toBe(true);
}
