import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';
import { restrictRows } from './targetsRowRights.ts';

const year = new Date().getFullYear();
const { grid, row, cell } = targetsGrid(year);

async function openTargets(page: Page, user: 'planner' | 'admin') {
  await signIn(page, user, `/targets`);
  await expect(grid(page)).toBeVisible();
}

test.describe('targets: each row’s own rights', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test.afterEach(async ({ page }) => {
    await restrictRows(page, []);
  });

  test('a row the server says the planner may not change is read-only, and says why', async ({
    page,
  }) => {
    await restrictRows(page, ['Chloe Martin'], 'Not your user group');
    await openTargets(page, 'planner');
    const chloe = cell(page, 'Chloe Martin', 0);
    await expect(chloe).toHaveAttribute('aria-readonly', 'true');
    // It looks read-only, as a locked row does: hatched.
    await expect(chloe).toHaveCSS('background-image', /repeating-linear-gradient/);
    await expect(cell(page, 'Ella Sand', 0)).toHaveCSS('background-image', 'none');
    await expect(row(page, 'Chloe Martin').getByRole('rowheader')).toHaveAccessibleName(
      'Chloe Martin, read-only: Not your user group.',
    );
    const before = await chloe.textContent();

    // Where the planner looks: the status bar, while on the row.
    await chloe.click();
    await expect(page.getByText('Not your user group.', { exact: true })).toBeVisible();

    // Typing is refused, with the reason.
    await page.keyboard.type('999');
    await expect(
      page.getByText('Chloe Martin cannot be changed. Not your user group.').first(),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(chloe).toHaveText(before!);

    // A paste touching the row is refused as a whole, naming it.
    await page.evaluate(() => navigator.clipboard.writeText('5'));
    await page.keyboard.press('Control+V');
    await expect(
      page
        .getByText(
          'Paste refused: row Chloe Martin cannot be changed. Not your user group. Nothing was changed.',
        )
        .first(),
    ).toBeVisible();
    await expect(chloe).toHaveText(before!);

    // Delete leaves it as it is, and says so.
    await page.keyboard.press('Delete');
    await expect(
      page
        .getByText(
          'Nothing to clear. Rows you may not change left as they are: Chloe Martin. Not your user group.',
        )
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();

    // Its row actions that change values are off, and the menu says why.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Actions for Chloe Martin' });
    await expect(menu).toHaveAccessibleDescription(
      "Not your user group. You do not have the right 'Can lock and unlock targets'.",
    );
    for (const item of [
      'Set yearly amount, split evenly…',
      'Distribute a new total…',
      'Copy from another row…',
      'Copy from last year ± %…',
      'Clear row',
    ])
      await expect(menu.getByRole('menuitem', { name: item })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: 'Revision history' })).toBeEnabled();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    // Other rows are as they were.
    await expect(cell(page, 'Ella Sand', 0)).not.toHaveAttribute('aria-readonly');
    await type(page, 'Ella Sand', '4321');
    await expect(cell(page, 'Ella Sand', 0)).toHaveText('4,321');
  });

  test('a planner sees Lock row off with the reason; a locked row says why its values cannot change', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const noRight = "You do not have the right 'Can lock and unlock targets'.";
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    let menu = page.getByRole('menu', { name: 'Actions for Chloe Martin' });
    await expect(menu.getByRole('menuitem', { name: 'Lock row' })).toBeDisabled();
    await expect(menu.getByText(noRight)).toBeVisible();
    await expect(menu).toHaveAccessibleDescription(noRight);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await cell(page, 'Sales Nordics', 0).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    menu = page.getByRole('menu', { name: 'Actions for Sales Nordics' });
    await expect(menu.getByRole('menuitem', { name: 'Unlock row' })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: 'Clear row' })).toBeDisabled();
    await expect(menu).toHaveAccessibleDescription(
      `This row is locked: someone who may lock and unlock targets must unlock it before its values can be changed. ${noRight}`,
    );
  });
});

test.describe('targets: the viewer’s row menu', () => {
  test('says why its items are off, as the planner’s does', async ({ page }) => {
    await signIn(page, 'viewer', `/targets`);
    await expect(grid(page)).toBeVisible();
    await cell(page, 'Chloe Martin', 0).click();
    await page.getByRole('button', { name: 'Row actions' }).click();
    const menu = page.getByRole('menu', { name: 'Actions for Chloe Martin' });
    await expect(menu.getByRole('menuitem', { name: 'Clear row' })).toBeDisabled();
    // The read-only reason the page's banner gives, tied to the menu (it said nothing).
    const reason = 'Your role may view but not change this.';
    await expect(menu.getByText(reason)).toBeVisible();
    await expect(menu).toHaveAccessibleDescription(reason);
    await expectNoAxeViolations(page);
  });
});

test.describe('targets: a draft over rows that became read-only', () => {
  test.afterEach(async ({ page }) => {
    await restrictRows(page, []);
  });

  test('changes kept for a row the planner may no longer change are not put back, and the notice names it', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const before = await cell(page, 'Chloe Martin', 1).textContent();
    const ellaBefore = (await cell(page, 'Ella Sand', 1).textContent())!;
    await type(page, 'Ella Sand', '2468', 1);
    await type(page, 'Chloe Martin', '1357', 1);
    await expect(cell(page, 'Chloe Martin', 1)).toHaveText('1,357');
    // Before the reload, the row is made read-only for the planner (another user group).
    await restrictRows(page, ['Chloe Martin'], 'Not your user group');
    await page.reload();

    await expect(
      page.getByText(
        'Changes to Chloe Martin could not be kept: the row was removed, locked or made read-only for you since.',
      ),
    ).toBeVisible();
    // It used to come back changed, and Save then failed on it.
    await expect(cell(page, 'Chloe Martin', 1)).toHaveText(before!);
    await expect(cell(page, 'Ella Sand', 1)).toHaveText('2,468');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/^Saved 1 change\./).first()).toBeVisible();
    await expectNoAxeViolations(page);
    // Ella's value back as it was: the other specs read this shared row.
    await type(page, 'Ella Sand', ellaBefore, 1);
    await expect(cell(page, 'Ella Sand', 1)).toHaveText(ellaBefore);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});

test.describe('targets: who may create a year', () => {
  for (const user of ['planner', 'viewer'] as const)
    test(`a missing year tells the ${user} in one sentence who can create it`, async ({ page }) => {
      await signIn(page, user, `/targets?year=${year + 2}`);
      const panel = page.getByRole('region', { name: `No targets for ${year + 2} yet` });
      await expect(panel.getByText(/targets administrator/)).toHaveText(
        `Only a targets administrator can create the targets for ${year + 2}.`,
      );
      await expect(panel.getByRole('button', { name: /Create targets/ })).toHaveCount(0);
      await expect(panel).not.toContainText('Create the target group');
    });
});

async function type(page: Page, name: string, text: string, period = 0) {
  await cell(page, name, period).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
