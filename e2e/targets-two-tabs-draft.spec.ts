import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import {
  expectInItsClaim,
  expectOpenedOrWaitingForClaim,
  holdLocksQuery,
  releaseLocksQuery,
} from './heldLocksQuery.ts';
import { deleteTargetGroupOfYear, saveNewTargetGroup } from './targetsAdminApi.ts';
import { expectDraftHolds, expectDraftRecordsSetBack } from './targetsDraft.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * One planner, two tabs of one browser (one context: the same localStorage) on the same group.
 * Each tab's unsaved edits are its own: another tab's save or draft never removes them. Each test
 * has its own group (a year no other spec touches), created through the API and deleted after.
 */

/** What each test made, closed and deleted after it whatever its outcome. */
const made: { contexts: BrowserContext[]; years: number[] } = { contexts: [], years: [] };

test.afterEach(async ({ request }) => {
  for (const context of made.contexts.splice(0)) await context.close();
  for (const year of made.years.splice(0)) await deleteTargetGroupOfYear(request, year);
});

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  made.contexts.push(context);
  return context;
}

async function twoTabs(browser: Browser, year: number): Promise<[Page, Page]> {
  const context = await newContext(browser);
  const a = await context.newPage();
  await signIn(a, 'planner', `/targets?year=${year}`);
  const b = await context.newPage();
  // Each tab keeps its own sign-in ("Stay signed in on this tab").
  await signIn(b, 'planner', `/targets?year=${year}`);
  for (const page of [a, b]) {
    await expect(targetsGrid(year).grid(page)).toBeVisible();
  }
  return [a, b];
}

async function typeValue(page: Page, year: number, row: string, period: number, value: string) {
  await page.bringToFront();
  await targetsGrid(year).cell(page, row, period).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
}

async function newGroup(request: Parameters<typeof deleteTargetGroupOfYear>[0], year: number) {
  made.years.push(year);
  await deleteTargetGroupOfYear(request, year);
  await saveNewTargetGroup(request, year);
}

/** The grid once this tab has read its drafts (aria-busy until then): what it restores is shown. */
async function expectRestoreSettled(page: Page, year: number) {
  await expect(targetsGrid(year).grid(page)).toBeVisible();
  await expect(targetsGrid(year).grid(page)).not.toHaveAttribute('aria-busy', 'true');
}

test.describe('two tabs on one group', () => {
  test("a save in one tab keeps the other tab's unsaved edit for its reload", async ({
    browser,
    request,
  }) => {
    const year = 2061;
    await newGroup(request, year);
    const { cell } = targetsGrid(year);
    const [a, b] = await twoTabs(browser, year);

    await typeValue(b, year, 'Noah Vik', 4, '4101');
    await expectDraftHolds(b, 4101);
    await typeValue(a, year, 'Mats Aas', 4, '4102');
    await a.keyboard.press('Control+s');
    await expect(a.getByText('1 unsaved change', { exact: true })).toHaveCount(0, {
      timeout: 15_000,
    });
    await expect(cell(a, 'Mats Aas', 4)).toContainText('4,102');

    await b.bringToFront();
    await b.reload();
    await expect(b.getByText(/Restored 1 unsaved change/)).toBeVisible();
    await expect(cell(b, 'Noah Vik', 4)).toContainText('4,101');
  });

  test("a reload in one tab restores its own edit, not the other tab's", async ({
    browser,
    request,
  }) => {
    const year = 2062;
    await newGroup(request, year);
    const { cell } = targetsGrid(year);
    const [a, b] = await twoTabs(browser, year);

    await typeValue(b, year, 'Noah Vik', 4, '4201');
    await expectDraftHolds(b, 4201);
    await typeValue(a, year, 'Mats Aas', 4, '4202');
    await expectDraftHolds(a, 4202);

    await b.bringToFront();
    await b.reload();
    await expect(b.getByText(/Restored 1 unsaved change/)).toBeVisible();
    await expect(cell(b, 'Noah Vik', 4)).toContainText('4,201');
    await expect(cell(b, 'Mats Aas', 4)).not.toContainText('4,202');

    await a.bringToFront();
    await a.reload();
    await expect(a.getByText(/Restored 1 unsaved change/)).toBeVisible();
    await expect(cell(a, 'Mats Aas', 4)).toContainText('4,202');
    await expect(cell(a, 'Noah Vik', 4)).not.toContainText('4,201');
  });

  test('the edits of a tab closed without saving are offered in the next tab opened', async ({
    browser,
    request,
  }) => {
    const year = 2063;
    await newGroup(request, year);
    const { cell } = targetsGrid(year);
    const [a, b] = await twoTabs(browser, year);

    await typeValue(b, year, 'Noah Vik', 4, '4301');
    await expectDraftHolds(b, 4301);
    await b.close();

    const c = await a.context().newPage();
    await signIn(c, 'planner', `/targets?year=${year}`);
    await expect(c.getByText(/Restored 1 unsaved change/)).toBeVisible();
    await expect(c.getByText(/made in a tab that was closed/)).toBeVisible();
    await expect(cell(c, 'Noah Vik', 4)).toContainText('4,301');
    // Tab A, still open, never had the edit and does not get it.
    await a.bringToFront();
    await a.reload();
    await expectRestoreSettled(a, year);
    await expect(cell(a, 'Noah Vik', 4)).not.toContainText('4,301');
  });

  test('an edit typed before the reloaded tab has restored its draft is kept, with its undo', async ({
    browser,
    request,
  }) => {
    const year = 2064;
    await newGroup(request, year);
    const { cell } = targetsGrid(year);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'planner', `/targets?year=${year}`);
    await expect(targetsGrid(year).grid(page)).toBeVisible();
    await typeValue(page, year, 'Noah Vik', 4, '4401');
    await expectDraftHolds(page, 4401);

    // The restore asks which tabs are open (Web Locks), which can take a moment after a
    // reload: held back here until the planner has typed.
    await holdLocksQuery(page);
    await page.reload();
    // Until its drafts are read, the grid says it is busy (and takes edits).
    await expect(targetsGrid(year).grid(page)).toHaveAttribute('aria-busy', 'true');
    await typeValue(page, year, 'Mats Aas', 4, '4402');
    await releaseLocksQuery(page);
    await expectRestoreSettled(page, year);

    await expect(page.getByText(/Restored 1 unsaved change/)).toBeVisible();
    await expect(cell(page, 'Noah Vik', 4)).toContainText('4,401');
    await expect(cell(page, 'Mats Aas', 4)).toContainText('4,402');
    await expect(page.getByText('2 unsaved changes', { exact: true })).toBeVisible();
    // What was typed keeps its undo: undone, the restored edit stays.
    await page.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    await expect(cell(page, 'Mats Aas', 4)).not.toContainText('4,402');
    await expect(cell(page, 'Noah Vik', 4)).toContainText('4,401');
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  });

  test('a cell set back in one tab is not brought back by the older draft of a tab closed since', async ({
    browser,
    request,
  }) => {
    const year = 2065;
    await newGroup(request, year);
    const { cell } = targetsGrid(year);
    const [a, b] = await twoTabs(browser, year);
    const loaded = (await cell(a, 'Noah Vik', 4).textContent()) ?? '';

    await typeValue(b, year, 'Noah Vik', 4, '4501');
    await expectDraftHolds(b, 4501);
    await b.close();

    // Tab A, open all along, changes the same cell and undoes it (back to the value loaded),
    // and changes another.
    await typeValue(a, year, 'Noah Vik', 5, '4502');
    await cell(a, 'Noah Vik', 4).click();
    await a.keyboard.type('4503');
    await a.keyboard.press('Enter');
    await expect(a.getByText('2 unsaved changes', { exact: true })).toBeVisible();
    await a.getByRole('button', { name: 'Undo (Ctrl+Z)' }).click();
    await expect(a.getByText('1 unsaved change', { exact: true })).toBeVisible();
    await expect(cell(a, 'Noah Vik', 4)).toHaveText(loaded);
    // Its draft is written after the undo: it still holds 4502 and records the cell set back.
    await expectDraftRecordsSetBack(a, 4502, 4);

    // A reload takes on the closed tab's draft too: the cell A set back stays as loaded.
    a.on('dialog', (d) => void d.accept());
    await a.reload();
    await expectRestoreSettled(a, year);
    await expect(a.getByText(/made in a tab that was closed/)).toBeVisible();
    await expect(cell(a, 'Noah Vik', 5)).toContainText('4,502');
    await expect(cell(a, 'Noah Vik', 4)).toHaveText(loaded);
  });
});

test.describe('two tabs opening the group together', () => {
  test('only one of them takes the edits of a tab closed without saving', async ({
    browser,
    request,
  }) => {
    const year = 2066;
    await newGroup(request, year);
    const { cell, grid } = targetsGrid(year);
    const context = await newContext(browser);
    const closed = await context.newPage();
    await signIn(closed, 'planner', `/targets?year=${year}`);
    await expect(grid(closed)).toBeVisible();
    await typeValue(closed, year, 'Noah Vik', 4, '4601');
    await expectDraftHolds(closed, 4601);
    await closed.close({ runBeforeUnload: false });

    // Tab B asks which tabs are open before tab A opens, and gets its answer only after A has
    // opened the group too: the two open it at the same moment, as far as B knows. B is in its
    // claim before A opens, so it is B that takes the edits, however slow the machine.
    const b = await context.newPage();
    await holdLocksQuery(b);
    await signIn(b, 'planner', `/targets?year=${year}`);
    await expect(grid(b)).toBeVisible();
    await expectInItsClaim(b);
    const a = await context.newPage();
    await signIn(a, 'planner', `/targets?year=${year}`);
    // A has read its drafts, or waits for B to finish taking on what a closed tab left there.
    await expectOpenedOrWaitingForClaim(
      a,
      async () =>
        (await grid(a).isVisible()) && (await grid(a).getAttribute('aria-busy')) !== 'true',
    );
    await releaseLocksQuery(b);

    await expectRestoreSettled(b, year);
    await expect(b.getByText(/made in a tab that was closed/)).toBeVisible();
    await expect(cell(b, 'Noah Vik', 4)).toContainText('4,601');
    await expectRestoreSettled(a, year);
    await expect(a.getByText(/Restored \d+ unsaved change/)).toHaveCount(0);
    await expect(cell(a, 'Noah Vik', 4)).not.toContainText('4,601');
  });
});
