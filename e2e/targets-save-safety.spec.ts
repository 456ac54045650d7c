import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults, releaseHeld } from './sandboxFaults.ts';
import {
  deleteTargetGroupOfYear,
  saveNewTargetGroup,
  targetsAsAdmin as targets,
} from './targetsAdminApi.ts';
import { someDraftHasText } from './targetsDraft.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * A planner's unsaved work when the browser cannot keep drafts (storage full or turned off): each
 * test has a monthly group of its own year, created through the API, that no other spec touches.
 */

/** The years whose groups this file's tests made, removed after each test. */
const madeYears = new Set<number>();

/**
 * A new monthly group of `year`, this test's own: one left by an earlier run on the same database
 * (a test stopped before its clean-up) is removed first, so the test starts from a new group.
 */
async function ownMonthlyGroup(request: APIRequestContext, year: number) {
  await deleteTargetGroupOfYear(request, year);
  madeYears.add(year);
  return saveNewTargetGroup(request, year, 'Month');
}

/** From the first page load on, the browser refuses to store a draft, as with a full quota. */
async function refuseDrafts(page: Page) {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('flowdesk.targets.draft.'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
}

async function type(
  page: Page,
  cell: ReturnType<ReturnType<typeof targetsGrid>['cell']>,
  value: string,
) {
  await cell.click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

// A fault a test armed and did not use up must not hit the next test; its group must not hit the
// next run of this file on the same database.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
  for (const year of madeYears) await deleteTargetGroupOfYear(request, year);
  madeYears.clear();
});

test('when the browser cannot keep a draft, the planner is told once, and editing and saving go on', async ({
  page,
  request,
}) => {
  const year = 2047;
  const { cell } = targetsGrid(year);
  await ownMonthlyGroup(request, year);
  await refuseDrafts(page);
  await signIn(page, 'planner', `/targets?year=${year}`);

  await type(page, cell(page, 'Ella Sand', 0), '5000');
  const warning = page
    .getByRole('status')
    .filter({ hasText: 'Your unsaved changes are not kept in this browser' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(
    'so they would be lost if the page is reloaded or closed. Save soon to keep them.',
  );
  await expectNoAxeViolations(page);

  // Editing goes on, and the warning is not repeated.
  await type(page, cell(page, 'Ella Sand', 1), '6000');
  await expect(page.getByText('2 unsaved changes', { exact: true })).toBeVisible();
  await expect(warning).toHaveCount(1);
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toHaveCount(0);
  await type(page, cell(page, 'Ella Sand', 2), '7000');
  await expect(page.getByText('3 unsaved changes', { exact: true })).toBeVisible();
  await expect(warning).toHaveCount(0);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Saved 3 changes\./).first()).toBeVisible();
  await page.reload();
  await expect(cell(page, 'Ella Sand', 0)).toHaveText('5,000');
  await expect(cell(page, 'Ella Sand', 2)).toHaveText('7,000');
});

test('after a save conflict, Reload brings the planner’s edits back on top of the colleague’s values, also without a draft', async ({
  page,
  request,
}) => {
  const year = 2048;
  const { cell } = targetsGrid(year);
  const saved = await ownMonthlyGroup(request, year);
  await refuseDrafts(page);
  await signIn(page, 'planner', `/targets?year=${year}`);
  await type(page, cell(page, 'Ella Sand', 0), '5000');
  await type(page, cell(page, 'Ella Sand', 1), '6000');
  await expect(page.getByText('2 unsaved changes', { exact: true })).toBeVisible();

  // A colleague saves Ella Sand's January and March meanwhile.
  const now = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  const ella = now.TargetAssignments.find(
    (a: { TargetAssociate?: { FullName?: string } }) => a.TargetAssociate?.FullName === 'Ella Sand',
  );
  ella.Values[0] = 1111;
  ella.Values[2] = 3333;
  await targets(request, 'SaveTargetGroup', now);

  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The targets were not saved' });
  await expect(alert).toContainText('Ella Sand, January (theirs 1,111, yours 5,000)');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(alert).toBeHidden();

  // Their March, and both of the planner's changes on top, still unsaved.
  await expect(cell(page, 'Ella Sand', 2)).toHaveText('3,333');
  await expect(cell(page, 'Ella Sand', 0)).toHaveText('5,000');
  await expect(cell(page, 'Ella Sand', 1)).toHaveText('6,000');
  await expect(page.getByText('2 unsaved changes', { exact: true })).toBeVisible();
  const restored = page.getByRole('status').filter({ hasText: /Restored 2 unsaved changes/ });
  await expect(restored).toContainText('You both changed Ella Sand (January)');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/^Saved 2 changes\./).first()).toBeVisible();
  const after = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  const ellaAfter = after.TargetAssignments.find(
    (a: { TargetAssociate?: { FullName?: string } }) => a.TargetAssociate?.FullName === 'Ella Sand',
  );
  expect(ellaAfter.Values.slice(0, 3)).toEqual([5000, 6000, 3333]);
});

test('values typed during a save that meet a colleague’s changes are named, not silently kept or dropped', async ({
  page,
  request,
}) => {
  const year = 2049;
  const { cell } = targetsGrid(year);
  const saved = await ownMonthlyGroup(request, year);
  await signIn(page, 'planner', `/targets?year=${year}`);
  await type(page, cell(page, 'Ella Sand', 0), '5000');

  // Before the planner saves, a colleague saves Ella Sand's February and locks Chloe Martin's row.
  const now = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  const byName = (name: string) =>
    now.TargetAssignments.find(
      (a: { TargetAssociate?: { FullName?: string } }) => a.TargetAssociate?.FullName === name,
    );
  byName('Ella Sand').Values[1] = 7777;
  byName('Chloe Martin').Locked = true;
  await targets(request, 'SaveTargetGroup', now);

  // The save's write waits (it goes to the sandbox once the planner has typed); meanwhile the
  // planner types into both, as their page still shows them.
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'hold' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-busy', 'true');
  await type(page, cell(page, 'Ella Sand', 1), '8888');
  await type(page, cell(page, 'Chloe Martin', 2), '9999');
  await expect(page.getByText('3 unsaved changes', { exact: true })).toBeVisible();
  await releaseHeld(page.request);
  await expect(page.getByText(/^Saved 1 change\./).first()).toBeVisible();

  const notice = page.getByRole('status').filter({ hasText: /unsaved change/ });
  await expect(notice).toContainText(
    'You both changed Ella Sand (February): your values are kept, so check them before saving.',
  );
  await expect(notice).toContainText(
    'Changes to Chloe Martin could not be kept: the row was removed, locked or made read-only for you since.',
  );
  await expect(cell(page, 'Ella Sand', 1)).toHaveText('8,888');
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a page reloaded while a save was under way does not say the changes were not saved', async ({
  page,
  request,
}) => {
  const year = 2050;
  const { cell } = targetsGrid(year);
  const saved = await ownMonthlyGroup(request, year);
  await signIn(page, 'planner', `/targets?year=${year}`);
  await type(page, cell(page, 'Ella Sand', 0), '5000');
  // The sandbox holds the save (whatever the machine's speed) while the planner reloads the page;
  // the test lets it go afterwards, as a server slow to get to it would store it.
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'hold' });
  const saveSent = page.waitForRequest('**/Agents/Targets/SaveTargetGroup');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-busy', 'true');
  await saveSent;
  await page.reload();

  const notice = page.getByRole('status').filter({ hasText: /Restored 1 unsaved change/ });
  await expect(notice).toContainText(
    'The page was left while these changes were being saved, so they may have been saved after all. Reload the page in a moment to see what was saved; saving them again is safe.',
  );
  await expect(notice).not.toContainText('They were not saved yet.');
  await expectNoAxeViolations(page);

  // The save is stored once the server gets to it; reloaded then, the page shows it as saved.
  await releaseHeld(page.request);
  await expect
    .poll(async () => {
      const now = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
      return now.TargetAssignments.find(
        (a: { TargetAssociate?: { FullName?: string } }) =>
          a.TargetAssociate?.FullName === 'Ella Sand',
      ).Values[0];
    })
    .toBe(5000);
  await page.reload();
  await expect(cell(page, 'Ella Sand', 0)).toHaveText('5,000');
  await expect(page.getByText(/Restored 1 unsaved change/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('a save whose answer is lost does not claim the targets were not saved, and saving again is safe', async ({
  page,
  request,
}) => {
  const year = 2051;
  const { cell } = targetsGrid(year);
  const saved = await ownMonthlyGroup(request, year);
  await signIn(page, 'planner', `/targets?year=${year}`);
  await type(page, cell(page, 'Ella Sand', 0), '5000');
  // The sandbox stores the save, then the connection drops before its answer arrives.
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'dropAfter' });
  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The save could not be confirmed' });
  await expect(alert).toContainText(
    'The connection to the server was lost before it answered, so the targets may or may not have been saved. Your changes are still here: check your connection, then press Save again (saving the same changes again is safe).',
  );
  await expect(page.getByText('The targets were not saved')).toHaveCount(0);
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Save' }).click();
  // Its own values, stored already, are not someone else's changes.
  await expect(page.getByText('Saved 1 change.', { exact: true }).first()).toBeVisible();
  const now = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  const ella = now.TargetAssignments.find(
    (a: { TargetAssociate?: { FullName?: string } }) => a.TargetAssociate?.FullName === 'Ella Sand',
  );
  expect(ella.Values[0]).toBe(5000);
});

test('a save whose read of the group got no answer, then more typing and a reload, does not say it may have been saved', async ({
  page,
  request,
}) => {
  const year = 2053;
  const { cell } = targetsGrid(year);
  await ownMonthlyGroup(request, year);
  await signIn(page, 'planner', `/targets?year=${year}`);
  await type(page, cell(page, 'Ella Sand', 0), '5000');
  // The read of the group just before the save is dropped: nothing is sent.
  // (Chromium sends a read cut on a used connection again: cut every copy until cleared.)
  await armFault(page.request, { on: 'GetTargetGroup?', kind: 'drop', times: 50 });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('The targets were not saved');
  await clearFaults(page.request);
  await type(page, cell(page, 'Ella Sand', 1), '6000');
  await expect(page.getByText('2 unsaved changes', { exact: true })).toBeVisible();
  // The draft is written shortly after the change.
  await expect.poll(() => someDraftHasText(page, '6000')).toBe(true);
  await page.reload();

  const notice = page.getByRole('status').filter({ hasText: /Restored 2 unsaved changes/ });
  await expect(notice).toContainText('They were not saved yet.');
  await expect(notice).not.toContainText('may have been saved after all');
});

test('a 504 from a gateway in front of the server, after the save was stored, does not claim the targets were not saved', async ({
  page,
  request,
}) => {
  const year = 2054;
  const { cell } = targetsGrid(year);
  const saved = await ownMonthlyGroup(request, year);
  await signIn(page, 'planner', `/targets?year=${year}`);
  await type(page, cell(page, 'Ella Sand', 0), '5000');
  // The sandbox stores the save; a proxy in front of it timed out waiting and answers 504 itself.
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'gatewayTimeout' });
  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The save could not be confirmed' });
  await expect(alert).toContainText(
    'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the targets may or may not have been saved. Your changes are still here: wait a moment, then press Save again (saving the same changes again is safe).',
  );
  await expect(page.getByText('The targets were not saved')).toHaveCount(0);
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  // The server did store it: only its answer was lost on the way.
  const ellaOf = (g: {
    TargetAssignments: { TargetAssociate?: { FullName?: string }; Values: number[] }[];
  }) => g.TargetAssignments.find((a) => a.TargetAssociate?.FullName === 'Ella Sand')!;
  const stored = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  expect(ellaOf(stored).Values[0]).toBe(5000);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved 1 change.', { exact: true }).first()).toBeVisible();
  const now = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  const ella = now.TargetAssignments.find(
    (a: { TargetAssociate?: { FullName?: string } }) => a.TargetAssociate?.FullName === 'Ella Sand',
  );
  expect(ella.Values[0]).toBe(5000);
});
