import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, type DemoUser } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * Two people on the same targets at once, each in their own browser (as an audit found the lost
 * update): the planner's Save writes only the planner's own changes. This file keeps to Olivia
 * Grant's February and March and Sofie Strand's January.
 */
const year = new Date().getFullYear();

const { grid, row, cell } = targetsGrid(year);

/** The browser contexts a test opened, closed after it. */
const contexts: BrowserContext[] = [];

/** A new browser (its own session) on the targets page as `user`. */
async function openAs(browser: Browser, user: DemoUser) {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, user, '/targets');
  await expect(grid(page)).toBeVisible();
  return page;
}

async function typeAndSave(page: Page, name: string, period: number, value: string) {
  await cell(page, name, period).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Save' }).click();
}

test.describe('targets saved by two people at once', () => {
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  test('a save keeps the values someone else saved after the page was opened', async ({
    browser,
  }) => {
    const planner = await openAs(browser, 'planner');
    const admin = await openAs(browser, 'admin');

    await typeAndSave(admin, 'Olivia Grant', 1, '11111');
    await expect(admin.getByText('Saved 1 change.').first()).toBeVisible();

    // The planner's page was loaded before that, and still shows Olivia's old February.
    await expect(cell(planner, 'Olivia Grant', 1)).toHaveText(/^\d/);
    await expect(cell(planner, 'Olivia Grant', 1)).not.toHaveText('11,111');
    await typeAndSave(planner, 'Sofie Strand', 0, '33333');
    await expect(planner.getByText(/^Saved 1 change\./).first()).toBeVisible();
    // The planner now sees both changes…
    await expect(cell(planner, 'Olivia Grant', 1)).toHaveText('11,111');
    await expect(cell(planner, 'Sofie Strand', 0)).toHaveText('33,333');
    await expect(
      planner
        .getByText('Saved 1 change. Changes someone else saved meanwhile are shown too.')
        .first(),
    ).toBeVisible();

    // …and so does the admin after a reload: nothing was lost.
    await admin.reload();
    await expect(cell(admin, 'Olivia Grant', 1)).toHaveText('11,111');
    await expect(cell(admin, 'Sofie Strand', 0)).toHaveText('33,333');
  });

  test('a row someone locked after the page was opened does not stop the save, and stays locked', async ({
    browser,
  }) => {
    const planner = await openAs(browser, 'planner');
    const admin = await openAs(browser, 'admin');
    const lock = async (item: 'Lock row' | 'Unlock row') => {
      await cell(admin, 'Olivia Grant', 0).click();
      await admin.keyboard.press('Home'); // the row header
      await admin.keyboard.press('Enter'); // its actions
      await admin.getByRole('menuitem', { name: item }).click();
      await admin.getByRole('button', { name: 'Save' }).click();
      await expect(admin.getByText(/^Saved 1 change\./).first()).toBeVisible();
    };
    await lock('Lock row');
    try {
      await typeAndSave(planner, 'Sofie Strand', 0, '34567');
      await expect(planner.getByText(/^Saved 1 change\./).first()).toBeVisible();
      await expect(planner.getByText('The targets were not saved')).toBeHidden();
      await expect(cell(planner, 'Sofie Strand', 0)).toHaveText('34,567');
      await expect(row(planner, 'Olivia Grant').getByRole('rowheader')).toHaveAccessibleName(
        'Olivia Grant, locked',
      );
    } finally {
      // Put the lock back as it was (other files type into Olivia Grant's row).
      await admin.reload();
      await lock('Unlock row');
    }
  });

  test('when both changed the same cell, nothing is saved, the page says so and the edit stays', async ({
    browser,
  }) => {
    const planner = await openAs(browser, 'planner');
    const admin = await openAs(browser, 'admin');

    await typeAndSave(admin, 'Olivia Grant', 2, '22222');
    await expect(admin.getByText('Saved 1 change.').first()).toBeVisible();

    await typeAndSave(planner, 'Olivia Grant', 2, '44444');
    const alert = planner.getByRole('alert').filter({ hasText: 'The targets were not saved' });
    await expect(alert).toContainText(
      'Someone saved these targets after you opened them and changed what you changed too: Olivia Grant, March',
    );
    await expect(alert).toContainText('(theirs 22,222, yours 44,444)');
    await expect(alert).not.toContainText('TargetAssignments');
    // The edit is still there, unsaved.
    await expect(cell(planner, 'Olivia Grant', 2)).toHaveText('44,444');
    await expect(planner.getByText('1 unsaved change', { exact: true })).toBeVisible();
    await expectNoAxeViolations(planner);

    // Reload: their values come in, the planner's change comes back on top, still unsaved.
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(alert).toBeHidden();
    await expect(planner.getByText(/Restored 1 unsaved change/)).toBeVisible();
    // The focus stays where the planner was (Enter had moved it down a row), not on the page.
    await expect(cell(planner, 'Sofie Strand', 2)).toBeFocused();
    await expect(cell(planner, 'Olivia Grant', 2)).toHaveText('44,444');
    await expect(planner.getByText('1 unsaved change', { exact: true })).toBeVisible();

    // Nothing was saved over the admin's value.
    await admin.reload();
    await expect(cell(admin, 'Olivia Grant', 2)).toHaveText('22,222');
  });
});

test.describe('targets Save with a value still in the cell editor', () => {
  test('a typed value not yet committed with Enter or Tab is saved by clicking Save', async ({
    browser,
  }) => {
    const page = await openAs(browser, 'planner');
    const save = page.getByRole('button', { name: 'Save' });
    await cell(page, 'Sofie Strand', 3).click();
    await page.keyboard.type('77777');
    await expect(page.getByRole('textbox', { name: /^Sofie Strand, April/ })).toBeVisible();
    // The typed value counts as a change: Save can be clicked, and saves it.
    await expect(save).toBeEnabled();
    await save.click();
    await expect(page.getByText(/^Saved 1 change\./).first()).toBeVisible();
    await expect(cell(page, 'Sofie Strand', 3)).toHaveText('77,777');
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeHidden();
    await page.reload();
    await expect(cell(page, 'Sofie Strand', 3)).toHaveText('77,777');

    // An editor opened with F2 counts once something is typed in it.
    await cell(page, 'Sofie Strand', 4).click();
    await page.keyboard.press('F2');
    await expect(page.getByRole('textbox', { name: /^Sofie Strand, May/ })).toBeFocused();
    await expect(save).toBeDisabled();
    await page.keyboard.type('88888');
    await expect(save).toBeEnabled();
    await save.click();
    await expect(page.getByText(/^Saved 1 change\./).first()).toBeVisible();
    await expect(cell(page, 'Sofie Strand', 4)).toHaveText('88,888');
  });
});
