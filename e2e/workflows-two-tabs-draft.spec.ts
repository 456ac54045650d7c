import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import {
  expectInItsClaim,
  expectOpenedOrWaitingForClaim,
  holdLocksQuery,
  releaseLocksQuery,
} from './heldLocksQuery.ts';
import { ownSplitOption } from './ownSplitOption.ts';

/**
 * One admin, two tabs of one browser (one context: the same localStorage) on the same option.
 * Each tab's unsaved edits are its own: another tab's save, discard or draft never removes or
 * overwrites them. Each test has its own option of flow 1's split, made through the API and
 * deleted after.
 */

const { address, expectSomeDraftHolds } = ownSplitOption('Two tabs option', 'e2e-two-tabs');

async function twoTabs(browser: Browser, { withoutLocks = false } = {}): Promise<[Page, Page]> {
  const context = await browser.newContext();
  // As an older or embedded browser, or a page not served over HTTPS: no Web Locks.
  if (withoutLocks)
    await context.addInitScript(() => {
      delete (Navigator.prototype as { locks?: LockManager }).locks;
    });
  const a = await context.newPage();
  await signIn(a, 'admin', address());
  const b = await context.newPage();
  // Each tab keeps its own sign-in ("Stay signed in on this tab").
  await signIn(b, 'admin', address());
  for (const page of [a, b]) {
    // A reload with unsaved changes asks the browser's own question first: leave.
    page.on('dialog', (d) => void d.accept());
    await expect(nameField(page)).toHaveValue('Two tabs option');
  }
  return [a, b];
}

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });
const rankField = (page: Page) => page.getByRole('textbox', { name: 'Rank', exact: true });
const backNotice = (page: Page) => page.getByText(/^Your unsaved changes from .+ are back$/);

/** Tab A, still open, never had the closed tab's edit: reloaded, it does not get it. */
async function expectNoEditAfterReload(a: Page) {
  await a.bringToFront();
  await a.reload();
  await expect(nameField(a)).toHaveValue('Two tabs option');
  await expect(backNotice(a)).toHaveCount(0);
}

/**
 * The tab goes to another site (its draft written as the page goes, as on a reload), and comes
 * back to the option later, as a tab that was reloaded while another tab wrote does.
 */
async function awayAndBack(page: Page, meanwhile: () => Promise<void>) {
  await page.bringToFront();
  await page.goto('about:blank');
  await meanwhile();
  await page.bringToFront();
  await page.goto(address());
}

test.describe('two tabs on one option', () => {
  test("a save in one tab keeps the other tab's unsaved edit, for its return and its reload", async ({
    browser,
  }) => {
    const [a, b] = await twoTabs(browser);

    await b.bringToFront();
    await nameField(b).fill('Named in tab B');
    await expectSomeDraftHolds(b, 'Named in tab B');

    await awayAndBack(b, async () => {
      await a.bringToFront();
      const rank = await rankField(a).inputValue();
      await rankField(a).fill(String(Number(rank) + 1));
      await a.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(a.getByRole('status').filter({ hasText: 'The server stored' })).toBeVisible();
    });
    await expect(backNotice(b)).toBeVisible();
    await expect(nameField(b)).toHaveValue('Named in tab B');
    // And again over a reload.
    await b.reload();
    await expect(backNotice(b)).toBeVisible();
    await expect(nameField(b)).toHaveValue('Named in tab B');
    await b.context().close();
  });

  test('a tab coming back restores its own edit, not the one another tab wrote since', async ({
    browser,
  }) => {
    const [a, b] = await twoTabs(browser);

    await a.bringToFront();
    await nameField(a).fill('Named in tab A');
    await expectSomeDraftHolds(a, 'Named in tab A');
    await b.bringToFront();
    await nameField(b).fill('Named in tab B');
    await expectSomeDraftHolds(b, 'Named in tab B');

    await awayAndBack(a, async () => {
      await b.bringToFront();
      await b.reload();
      await expect(backNotice(b)).toBeVisible();
      await expect(nameField(b)).toHaveValue('Named in tab B');
      // The restored edit is written again as this tab's draft.
      await expectSomeDraftHolds(b, 'Named in tab B');
    });
    await expect(backNotice(a)).toBeVisible();
    await expect(nameField(a)).toHaveValue('Named in tab A');
    await a.context().close();
  });

  test('the edit of a tab closed without saving is offered in the next tab opened', async ({
    browser,
  }) => {
    const [a, b] = await twoTabs(browser);

    await b.bringToFront();
    await nameField(b).fill('Named in closed tab B');
    await expectSomeDraftHolds(b, 'Named in closed tab B');
    await b.close({ runBeforeUnload: false });

    const c = await a.context().newPage();
    await signIn(c, 'admin', address());
    await expect(backNotice(c)).toBeVisible();
    await expect(c.getByText(/made in a tab that was closed/)).toBeVisible();
    await expect(nameField(c)).toHaveValue('Named in closed tab B');
    await expectNoEditAfterReload(a);
    await a.context().close();
  });
});

test.describe('two tabs opening the option together', () => {
  test('only one of them takes the edit of a tab closed without saving', async ({ browser }) => {
    const context = await browser.newContext();
    const closed = await context.newPage();
    await signIn(closed, 'admin', address());
    await nameField(closed).fill('Named in closed tab');
    await expectSomeDraftHolds(closed, 'Named in closed tab');
    await closed.close({ runBeforeUnload: false });

    // Tab B asks which tabs are open before tab A opens, and gets its answer only after A has
    // opened the option too: the two open it at the same moment, as far as B knows. B is in its
    // claim before A opens, so it is B that takes the edit, however slow the machine.
    const b = await context.newPage();
    await holdLocksQuery(b);
    await signIn(b, 'admin', address());
    await expectInItsClaim(b);
    const a = await context.newPage();
    await signIn(a, 'admin', address());
    // A has opened the option, or waits for B to finish taking on what a closed tab left there.
    await expectOpenedOrWaitingForClaim(a, () => nameField(a).isVisible());
    await releaseLocksQuery(b);

    await expect(nameField(b)).toHaveValue('Named in closed tab');
    await expect(b.getByText(/made in a tab that was closed/)).toBeVisible();
    await expect(nameField(a)).toHaveValue('Two tabs option');
    await expect(backNotice(a)).toHaveCount(0);
    await context.close();
  });
});

test.describe('two tabs on one option, in a browser without Web Locks', () => {
  test('the edit of a tab closed without saving is offered in the next tab opened', async ({
    browser,
  }) => {
    const [a, b] = await twoTabs(browser, { withoutLocks: true });
    expect(await a.evaluate(() => 'locks' in navigator)).toBe(false);

    await b.bringToFront();
    await nameField(b).fill('Named in closed tab B');
    await expectSomeDraftHolds(b, 'Named in closed tab B');
    // Closed as the user closes it: the page is told it goes.
    await b.close({ runBeforeUnload: true });
    await expect.poll(() => b.isClosed()).toBe(true);

    const c = await a.context().newPage();
    c.on('dialog', (d) => void d.accept());
    await signIn(c, 'admin', address());
    // A tab that goes is counted open for a moment more, in case it is reloading: opened before
    // that, the next tab does not take its edit, and a reload of it later does.
    await expect(async () => {
      await expect(nameField(c)).toBeVisible();
      if (!(await backNotice(c).isVisible())) {
        await c.reload();
        await expect(nameField(c)).toBeVisible();
      }
      await expect(backNotice(c)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(c.getByText(/made in a tab that was closed/)).toBeVisible();
    await expect(nameField(c)).toHaveValue('Named in closed tab B');
    await expectNoEditAfterReload(a);
    await a.context().close();
  });
});
