import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import { expectDraftHolds } from './targetsDraft.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();

const { grid, row, cell } = targetsGrid(year);

/** Puts TSV on the real clipboard and presses Ctrl+V on the focused cell. */
async function pasteFromClipboard(page: Page, tsv: string) {
  await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
  await page.keyboard.press('Control+V');
}

async function openTargets(page: Page, user: 'planner' | 'viewer' | 'admin', query = '') {
  await signIn(page, user, `/targets${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Targets' })).toBeVisible();
}

/** Signed in as planner on the targets page, with the first user's January cell active. */
async function openAtFirstUserCell(page: Page) {
  await openTargets(page, 'planner');
  await cell(page, 'Chloe Martin', 0).click();
}

/** Undoes the last action, which leaves nothing unsaved, and checks that it does. */
async function undoToNothingUnsaved(page: Page) {
  await page.keyboard.press('Control+Z');
  await expect(page.getByText(/unsaved change/)).toBeHidden();
}

// A fault a test armed and did not use up (it failed before clearing it) must not hit the next.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test.describe('targets planner', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('types values, pastes a block, undoes and redoes it, saves, and finds it after a reload', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    await expect(page).toHaveTitle(`Targets ${year} · Flowdesk`);
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.type('123456');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Chloe Martin', 0)).toHaveText('123,456');
    await expect(cell(page, 'Ella Sand', 0)).toBeFocused();

    const before = [
      await cell(page, 'Ella Sand', 0).textContent(),
      await cell(page, 'Jonas Keller', 1).textContent(),
    ];
    await pasteFromClipboard(page, '1 000\t2000\r\n3,5\t4000\r\n');
    await expect(cell(page, 'Ella Sand', 0)).toHaveText('1,000');
    await expect(cell(page, 'Ella Sand', 1)).toHaveText('2,000');
    await expect(cell(page, 'Jonas Keller', 0)).toHaveText('3.50');
    await expect(cell(page, 'Jonas Keller', 1)).toHaveText('4,000');
    await expect(page.getByText('Pasted 2 × 2 cells (4 changed).').first()).toBeVisible();
    await expect(cell(page, 'Ella Sand', 0)).toHaveAttribute('aria-describedby', /.+/);

    await page.keyboard.press('Control+Z');
    await expect(cell(page, 'Ella Sand', 0)).toHaveText(before[0]!);
    await expect(cell(page, 'Jonas Keller', 1)).toHaveText(before[1]!);
    await expect(cell(page, 'Chloe Martin', 0)).toHaveText('123,456');
    await page.keyboard.press('Control+Shift+Z');
    await expect(cell(page, 'Jonas Keller', 1)).toHaveText('4,000');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Y');
    await expect(cell(page, 'Ella Sand', 0)).toHaveText('1,000');
    await expect(page.getByText('5 unsaved changes')).toBeVisible();

    const save = page.getByRole('button', { name: 'Save' });
    await save.click();
    await expect(save).toBeDisabled();
    await expect(page.getByText('5 unsaved changes')).toBeHidden();

    // The start script in index.html sends the group request; the app takes it over (one request).
    const groupRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('GetTargetGroupForYear') && r.postData()?.includes(`:${year},`))
        groupRequests.push(r.url());
    });
    await page.reload();
    await expect(cell(page, 'Chloe Martin', 0)).toHaveText('123,456');
    expect(groupRequests).toHaveLength(1);
    await expect(cell(page, 'Ella Sand', 1)).toHaveText('2,000');
    await expect(cell(page, 'Jonas Keller', 0)).toHaveText('3.50');
    await expect(cell(page, 'Ella Sand', 0)).not.toHaveAttribute('aria-describedby');
  });

  test('a paste over a locked row is refused as a whole and nothing changes', async ({ page }) => {
    await openTargets(page, 'planner');
    const company = cell(page, 'Flowdesk Demo AS', 0);
    await expect(company).toHaveAttribute('aria-readonly', 'true');
    const before = await company.textContent();
    const below = await cell(page, 'Chloe Martin', 0).textContent();
    await company.click();
    await pasteFromClipboard(page, '1\n2\n3');
    // The notice under the grid (the live region says it too).
    await expect(
      page
        .getByText(
          'Paste refused: rows Flowdesk Demo AS, Sales Nordics are locked. Nothing was changed. Ask someone who may lock and unlock targets to unlock them, then paste again.',
        )
        .first(),
    ).toBeVisible();
    await expect(company).toHaveText(before!);
    await expect(cell(page, 'Chloe Martin', 0)).toHaveText(below!);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('a paste over a locked row tells whoever may unlock it to unlock it first', async ({
    page,
  }) => {
    await openTargets(page, 'admin');
    await cell(page, 'Flowdesk Demo AS', 0).click();
    await pasteFromClipboard(page, '1\n2\n3');
    await expect(
      page
        .getByText(
          'Paste refused: rows Flowdesk Demo AS, Sales Nordics are locked. Nothing was changed. Unlock them first (Row actions, Unlock row), then paste again.',
        )
        .first(),
    ).toBeVisible();
  });

  test('a paste with a cell that is not a number names the grid cell it was for', async ({
    page,
  }) => {
    await openAtFirstUserCell(page);
    const before = await cell(page, 'Chloe Martin', 0).textContent();
    // Excel quotes a cell with a line break in it; a block with such a cell is refused.
    await pasteFromClipboard(page, '1 234,50\t"2\n3"\r\n\t5\r\n');
    await expect(
      page
        .getByText(
          'Paste refused: "2 3" (for Chloe Martin, February; row 1, column 2 of the copied cells) is not a number. Nothing was changed.',
        )
        .first(),
    ).toBeVisible();
    await expect(cell(page, 'Chloe Martin', 0)).toHaveText(before!);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('a lock or an unlock not saved yet marks the row, as a changed value marks its cell', async ({
    page,
  }) => {
    await openTargets(page, 'admin');
    const header = (name: string) => row(page, name).getByRole('rowheader');
    const lockFromKeyboard = async (name: string, item: 'Lock row' | 'Unlock row') => {
      await cell(page, name, 0).click();
      await page.keyboard.press('Home'); // the row header
      await page.keyboard.press('Enter'); // its actions
      await page.getByRole('menuitem', { name: item }).click();
    };
    await lockFromKeyboard('Nora Berg', 'Lock row');
    await expect(header('Nora Berg')).toHaveAccessibleName('Nora Berg, locked');
    await expect(header('Nora Berg')).toHaveAccessibleDescription('Lock changed, not saved');
    // Henry Shaw was locked when the demo data was made.
    await lockFromKeyboard('Henry Shaw', 'Unlock row');
    await expect(header('Henry Shaw')).toHaveAccessibleName('Henry Shaw');
    await expect(header('Henry Shaw')).toHaveAccessibleDescription('Lock changed, not saved');
    await expect(header('Henry Shaw').getByTitle('Unlocked, not saved')).toBeVisible();
    await expect(page.getByText('2 unsaved changes')).toBeVisible();

    // Undone, the rows are as saved again: no mark.
    await page.keyboard.press('Control+Z');
    await undoToNothingUnsaved(page);
    await expect(header('Nora Berg')).toHaveAccessibleDescription('');
    await expect(header('Henry Shaw')).toHaveAccessibleDescription('');
    await expect(header('Henry Shaw')).toHaveAccessibleName('Henry Shaw, locked');
  });

  test("a colleague's save does not cost the planner their draft: it goes on top, conflicts named", async ({
    page,
    browser,
  }) => {
    await openTargets(page, 'planner');
    await cell(page, 'Mats Aas', 0).click();
    await page.keyboard.type('44');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Mats Aas', 0)).toHaveText('44');
    await expectDraftHolds(page, 44);

    // Meanwhile an administrator changes the same cell and another one, and saves.
    const other = await browser.newContext();
    const admin = await other.newPage();
    await openTargets(admin, 'admin');
    await cell(admin, 'Mats Aas', 0).click();
    await admin.keyboard.type('55');
    await admin.keyboard.press('Enter');
    await cell(admin, 'Noah Vik', 5).click();
    await admin.keyboard.type('99');
    await admin.keyboard.press('Enter');
    await admin.getByRole('button', { name: 'Save' }).click();
    await expect(admin.getByRole('button', { name: 'Save' })).toBeDisabled();
    await other.close();

    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await expect(page.getByText(/Someone saved these targets after your changes/)).toBeVisible();
    await expect(page.getByText(/You both changed Mats Aas \(January\)/)).toBeVisible();
    await expect(cell(page, 'Mats Aas', 0)).toHaveText('44');
    await expect(cell(page, 'Noah Vik', 5)).toHaveText('99');
    await expectNoAxeViolations(page);
  });

  test('an edit made just before switching the year is there on coming back', async ({ page }) => {
    await openTargets(page, 'planner');
    await cell(page, 'Leo Russo', 2).click();
    await page.keyboard.type('77');
    await page.keyboard.press('Enter');
    // At once, before the draft's usual short delay.
    await page.getByRole('combobox', { name: 'Year' }).selectOption(String(year - 1));
    await expect(page.getByRole('grid', { name: `Targets ${year - 1}` })).toBeVisible();
    await expect(
      page.getByText(`Unsaved changes to Targets ${year} kept as a draft`).first(),
    ).toBeVisible();
    await page.getByRole('combobox', { name: 'Year' }).selectOption(String(year));
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await expect(cell(page, 'Leo Russo', 2)).toHaveText('77');
    // Back on that year, the toast's "they come back when you open…" is over: it closes.
    // (The toast would stay 10 s: a short wait tells closing from timing out.)
    await expect(page.getByText(`Unsaved changes to Targets ${year} kept as a draft`)).toHaveCount(
      0,
      { timeout: 2_000 },
    );
  });

  test('Tab from the editor on December goes on to the year total, Shift+Tab on January to the row header', async ({
    page,
  }) => {
    await openAtFirstUserCell(page);
    for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Chloe Martin', 11)).toBeFocused();
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await expect(cell(page, 'Chloe Martin', 11)).toHaveText('5');
    // The year total is the column after December, as Tab outside the editor goes.
    await expect(cell(page, 'Chloe Martin', 12)).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Chloe Martin', 0)).toBeFocused();
    await page.keyboard.press('F2');
    await page.keyboard.press('Shift+Tab');
    await expect(
      row(page, 'Chloe Martin').getByRole('rowheader', { name: /^Chloe Martin/ }),
    ).toBeFocused();
  });

  test('the toolbar Row actions menu dismissed with Escape gives focus back to its button; an action goes to the grid', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    await cell(page, 'Nora Berg', 0).click();
    const rowActions = page
      .getByRole('toolbar', { name: 'Targets' })
      .getByRole('button', { name: 'Row actions' });
    await rowActions.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu', { name: 'Actions for Nora Berg' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(rowActions).toBeFocused();
    // Chosen, the action's outcome is in the grid, and so is the focus.
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Clear row' }).click();
    await expect(grid(page).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Control+Z');
  });

  test('an unsaved edit survives a reload and can be discarded', async ({ page }) => {
    await openTargets(page, 'planner');
    const target = cell(page, 'Nora Berg', 2);
    const original = await target.textContent();
    await target.dblclick();
    await page.getByRole('textbox', { name: 'Nora Berg, March' }).fill('777');
    await page.keyboard.press('Enter');
    await expect(target).toHaveText('777');
    await expectDraftHolds(page, 777);
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await expect(cell(page, 'Nora Berg', 2)).toHaveText('777');
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
    // The notice's Discard and the toolbar's had the same name: each now says what it discards.
    await expect(page.getByRole('button', { name: /discard/i })).toHaveCount(2);
    await expect(
      page.getByRole('button', { name: 'Discard all changes', exact: true }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Discard restored changes', exact: true }).click();
    await expect(cell(page, 'Nora Berg', 2)).toHaveText(original!);
    await page.reload();
    await expect(cell(page, 'Nora Berg', 2)).toHaveText(original!);
    await expect(page.getByText(/Restored .* unsaved/)).toBeHidden();
  });

  test('"Discard restored changes" keeps a value typed after the restore, and says so', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const restored = cell(page, 'Nora Berg', 3);
    const original = await restored.textContent();
    await restored.dblclick();
    await page.getByRole('textbox', { name: 'Nora Berg, April' }).fill('778');
    await page.keyboard.press('Enter');
    await expect(restored).toHaveText('778');
    // The draft is written shortly after the change.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(localStorage).some((k) => k.startsWith('flowdesk.targets.draft.')),
        ),
      )
      .toBe(true);
    await page.reload();
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    const typed = cell(page, 'Nora Berg', 4);
    await typed.dblclick();
    await page.getByRole('textbox', { name: 'Nora Berg, May' }).fill('555');
    await page.keyboard.press('Enter');
    await expect(page.getByText('2 unsaved changes', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Discard restored changes', exact: true }).click();
    await expect(restored).toHaveText(original!);
    await expect(typed).toHaveText('555');
    await expect(
      page
        .getByRole('main')
        .getByText('Discarded 1 restored change. The 1 change made since is kept.'),
    ).toBeVisible();
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  });

  test('"Leave and discard changes" discards them: they do not come back on the next visit', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const target = cell(page, 'Mats Aas', 5);
    const original = await target.textContent();
    await target.dblclick();
    await page.getByRole('textbox', { name: 'Mats Aas, June' }).fill('4321');
    await page.keyboard.press('Enter');
    await expect(target).toHaveText('4,321');
    await expectDraftHolds(page, 4321);
    await page.getByRole('link', { name: 'Workflows' }).click();
    await page.getByRole('button', { name: 'Leave and discard changes' }).click();
    await expect(page).toHaveURL(/\/workflows/);
    await page.getByRole('link', { name: 'Targets' }).click();
    await expect(cell(page, 'Mats Aas', 5)).toHaveText(original!);
    await expect(page.getByText(/Restored .* unsaved/)).toBeHidden();
    await expect(page.getByText(/unsaved change/)).toBeHidden();
  });

  test('a value still being typed when the page is reloaded comes back with the draft', async ({
    page,
  }) => {
    await openAtFirstUserCell(page);
    await page.keyboard.type('999');
    await expect(page.getByRole('textbox', { name: 'Chloe Martin, January' })).toHaveValue('999');
    await page.reload();
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await expect(cell(page, 'Chloe Martin', 0)).toHaveText('999');
    await page.getByRole('button', { name: 'Discard restored changes', exact: true }).click();
    await expect(page.getByText(/unsaved change/)).toBeHidden();
  });

  test('buttons that go away or turn off when used from the keyboard leave the focus in the grid', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const focusInGrid = grid(page).locator(':focus');
    await cell(page, 'Olivia Grant', 4).click();
    await page.keyboard.type('55');
    await page.keyboard.press('Enter');
    // Undo the only change with the toolbar button: it turns off, focus must not drop to the page.
    await page.getByRole('button', { name: 'Undo (Ctrl+Z)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Undo (Ctrl+Z)' })).toBeDisabled();
    await expect(focusInGrid).toHaveCount(1);
    await page.getByRole('button', { name: 'Redo (Ctrl+Y)' }).focus();
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Olivia Grant', 4)).toHaveText('55');
    await expect(focusInGrid).toHaveCount(1);

    // The restored-draft notice goes away with its buttons.
    await expectDraftHolds(page, 55);
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await page.getByRole('button', { name: 'Keep them' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeHidden();
    await expect(focusInGrid).toHaveCount(1);
    await page.keyboard.press('Control+Z');
    await page.getByRole('button', { name: 'Discard all changes', exact: true }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    // The toolbar's count is gone (the notice says "Discarded 1 unsaved change.").
    await expect(
      page.getByRole('toolbar', { name: 'Targets' }).getByText(/unsaved change/),
    ).toBeHidden();
  });

  test('a save from the keyboard that fails leaves the focus on Save, not on the page', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const target = cell(page, 'Nora Berg', 2);
    const original = await target.textContent();
    await target.click();
    await page.keyboard.type('4242');
    await page.keyboard.press('Enter');
    await armFault(page.request, { on: 'SaveTargetGroup', kind: 'error500' });
    const save = page.getByRole('button', { name: 'Save' });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'The targets were not saved' }),
    ).toBeVisible();
    await expect(save).toBeFocused();
    // The edit is still there, unsaved (nothing reached the server: nothing to put back).
    await expect(target).toHaveText('4,242');
    await expect(target).not.toHaveText(original!);
  });

  test('a restored draft and a failed save, both noticed at 1280×800, still leave the grid 8 rows', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openAtFirstUserCell(page);
    await page.keyboard.type('777');
    await page.keyboard.press('Enter');
    await expectDraftHolds(page, 777);
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await armFault(page.request, { on: 'SaveTargetGroup', kind: 'error500' });
    await page.getByRole('button', { name: 'Save' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'The targets were not saved.' });
    await expect(failure).toContainText('Try again in a moment.');
    // Both notices keep their text and buttons…
    const draft = page.getByRole('status').filter({ hasText: /Restored 1 unsaved change/ });
    await expect(draft).toContainText('Save to keep them, or discard them');
    await expect(draft.getByRole('button', { name: 'Keep them' })).toBeVisible();
    await expect(draft.getByRole('button', { name: 'Discard restored changes' })).toBeVisible();
    await expect(failure.getByRole('button', { name: 'Dismiss' })).toBeVisible();
    // …and the grid still shows a useful number of rows between its header and its totals.
    const rowsInView = await grid(page).evaluate((g) => {
      const [header, body, footer] = g.querySelectorAll(':scope [role="rowgroup"]');
      const top = header!.getBoundingClientRect().bottom;
      const bottom = footer!.getBoundingClientRect().top;
      return [...body!.querySelectorAll('[role="row"]')].filter((r) => {
        const box = r.getBoundingClientRect();
        return box.top >= top - 1 && box.bottom <= bottom + 1;
      }).length;
    });
    expect(rowsInView).toBeGreaterThanOrEqual(8);
  });

  test('the toolbar is one Tab stop: arrow keys, Home and End move between its enabled controls', async ({
    page,
  }) => {
    await openTargets(page, 'admin');
    const toolbar = page.getByRole('toolbar', { name: 'Targets' });
    const button = (name: string) => toolbar.getByRole('button', { name, exact: true });
    await cell(page, 'Olivia Grant', 4).click();
    await page.keyboard.type('55');
    await page.keyboard.press('Enter');

    // One Tab from the control before it lands on its first enabled control.
    await page.getByRole('button', { name: 'Group settings' }).focus();
    await page.keyboard.press('Tab');
    await expect(button('Undo (Ctrl+Z)')).toBeFocused();
    await expect(toolbar.locator('[tabindex="0"]')).toHaveCount(1);
    // Right arrow goes along, skipping Redo (off), and wraps round; Left, Home and End too.
    const along = [
      button('Row actions'),
      button('Export CSV'),
      toolbar.getByLabel('Import CSV'),
      button('Discard all changes'),
      button('Save'),
      button('Undo (Ctrl+Z)'),
    ];
    for (const control of along) {
      await page.keyboard.press('ArrowRight');
      await expect(control).toBeFocused();
    }
    await page.keyboard.press('ArrowLeft');
    await expect(button('Save')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(button('Undo (Ctrl+Z)')).toBeFocused();
    await page.keyboard.press('End');
    await expect(button('Save')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(button('Export CSV')).toBeFocused();

    // Tab leaves the toolbar for the grid; coming back, the toolbar remembers Export CSV.
    await page.keyboard.press('Tab');
    await expect(grid(page).locator('[role="gridcell"]:focus')).toHaveCount(1);
    await page.keyboard.press('Control+Home'); // the first row header: Shift+Tab leaves the grid
    await page.keyboard.press('Shift+Tab');
    await expect(button('Export CSV')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Group settings' })).toBeFocused();
  });

  test('Ctrl+Z and Ctrl+Y, which the Undo and Redo buttons name, work in the toolbar too', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const toolbar = page.getByRole('toolbar', { name: 'Targets' });
    const first = cell(page, 'Nora Berg', 7);
    const second = cell(page, 'Nora Berg', 8);
    const originals = [await first.textContent(), await second.textContent()];
    await first.click();
    await page.keyboard.type('71');
    await page.keyboard.press('Tab');
    await page.keyboard.type('81');
    await page.keyboard.press('Enter');
    await expect(page.getByText('2 unsaved changes')).toBeVisible();

    await toolbar.getByRole('button', { name: 'Row actions' }).focus();
    await page.keyboard.press('Control+Z');
    await expect(second).toHaveText(originals[1]!);
    await expect(first).toHaveText('71');
    await page.keyboard.press('Control+Z');
    await expect(first).toHaveText(originals[0]!);
    await page.keyboard.press('Control+Y');
    await expect(first).toHaveText('71');
    await page.keyboard.press('Control+Shift+Z');
    await expect(second).toHaveText('81');
    await expect(toolbar.getByRole('button', { name: 'Row actions' })).toBeFocused();
    // The last undo from Undo itself turns it off: the focus goes to the grid, not to the page.
    await toolbar.getByRole('button', { name: 'Undo (Ctrl+Z)' }).focus();
    await page.keyboard.press('Control+Z');
    await undoToNothingUnsaved(page);
    await expect(grid(page).locator(':focus')).toHaveCount(1);
  });

  test('a draft belongs to the user who made it: another user on the same browser never gets it', async ({
    page,
    context,
  }) => {
    await openTargets(page, 'planner');
    const original = await cell(page, 'Lena Wolf', 3).textContent();
    await cell(page, 'Lena Wolf', 3).click();
    await page.keyboard.type('4321');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Lena Wolf', 3)).toHaveText('4,321');
    await expectDraftHolds(page, 4321);
    page.on('dialog', (d) => void d.accept());
    await page.close();

    // The administrator signs in on the same browser: the saved targets, no one else's draft.
    const admin = await context.newPage();
    await openTargets(admin, 'admin');
    await expect(cell(admin, 'Lena Wolf', 3)).toHaveText(original!);
    await expect(admin.getByText(/Restored .* unsaved/)).toBeHidden();
    await expect(admin.getByRole('button', { name: 'Save' })).toBeDisabled();
    await admin.close();

    // The planner finds their draft again, and discards it.
    const planner = await context.newPage();
    await openTargets(planner, 'planner');
    await expect(planner.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await expect(cell(planner, 'Lena Wolf', 3)).toHaveText('4,321');
    await planner.getByRole('button', { name: 'Discard restored changes', exact: true }).click();
    await expect(cell(planner, 'Lena Wolf', 3)).toHaveText(original!);
  });

  test('"Sign out and discard" discards the draft: the next user and the planner see the saved targets', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const original = await cell(page, 'Leo Russo', 4).textContent();
    await cell(page, 'Leo Russo', 4).click();
    await page.keyboard.type('999');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Leo Russo', 4)).toHaveText('999');
    await expectDraftHolds(page, 999);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign out and discard' }).click();

    for (const user of ['viewer', 'planner'] as const) {
      await page.getByLabel('User name').fill(user);
      await page.getByLabel('Password').fill(user);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await page.goto('/targets');
      await expect(cell(page, 'Leo Russo', 4)).toHaveText(original!);
      await expect(page.getByText(/Restored .* unsaved/)).toBeHidden();
      await page.getByRole('button', { name: 'Sign out' }).click();
    }
  });

  test('values typed while a save is under way are kept as unsaved changes, not lost', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const saved = cell(page, 'Noah Vik', 5);
    const during = cell(page, 'Noah Vik', 6);
    const originals = [await saved.textContent(), await during.textContent()];
    await saved.click();
    await page.keyboard.type('5151');
    await page.keyboard.press('Enter');
    // The server takes its time answering the save.
    await armFault(page.request, { on: 'SaveTargetGroup', kind: 'slow', delayMs: 1500 });
    await page.getByRole('button', { name: 'Save' }).click();
    await during.click();
    await page.keyboard.type('6262');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Saved 1 change.').first()).toBeVisible();
    await expect(saved).toHaveText('5,151');
    await expect(during).toHaveText('6,262');
    await expect(during).toHaveAttribute('aria-describedby', /.+/);
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
    // Still a draft: it survives a reload.
    await expectDraftHolds(page, 6262);
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    await expect(page.getByText(/Restored 1 unsaved change from/)).toBeVisible();
    await expect(during).toHaveText('6,262');

    // Put back what this test changed.
    await saved.click();
    await page.keyboard.type(originals[0]!);
    await page.keyboard.press('Enter');
    await during.click();
    await page.keyboard.type(originals[1]!);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved 1 change.').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await expect(saved).toHaveText(originals[0]!);
    await expect(during).toHaveText(originals[1]!);
  });

  test('after a Save from the keyboard the planner is where they were: same cell, focused, same scroll', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openTargets(page, 'planner');
    await cell(page, 'Chloe Martin', 3).click();
    await page.keyboard.press('Control+ArrowDown'); // the last row, then up to Oskar Lind
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    const target = cell(page, 'Oskar Lind', 3);
    await expect(target).toBeFocused();
    const original = await target.textContent();
    await page.keyboard.type('3131');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await expect(target).toBeFocused();
    const scrolled = await grid(page).evaluate((g) => g.scrollTop);
    expect(scrolled).toBeGreaterThan(0);

    const save = page.getByRole('button', { name: 'Save' });
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(save).toBeDisabled();
    await expect(target).toHaveText('3,131');
    await expect(target).toBeFocused();
    expect(await grid(page).evaluate((g) => g.scrollTop)).toBe(scrolled);

    // Put it back, the same way.
    await page.keyboard.type(original!);
    await page.keyboard.press('Enter');
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(save).toBeDisabled();
    await expect(target).toHaveText(original!);
    await expect(cell(page, 'Samuel Ortiz', 3)).toBeFocused();
  });

  test('the status bar sums a selection per currency: USD and JPY do not add up', async ({
    page,
  }) => {
    await openAtFirstUserCell(page);
    await page.keyboard.press('Control+ArrowDown');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowUp');
    await expect(cell(page, 'Maja Nyberg', 0)).toBeFocused();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    const n = async (name: string) =>
      Number((await cell(page, name, 0).textContent())!.replaceAll(',', ''));
    const usd = (await n('Maja Nyberg')) + (await n('All – Key Accounts'));
    const jpy = await n('Inside Sales');
    const en = (v: number) => v.toLocaleString('en-US');
    await expect(page.getByText(`3 cells · Sum ${en(usd)} USD · ${en(jpy)} JPY`)).toBeVisible();
  });

  test('a value typed with decimals into a JPY row is rounded to whole yen, and says so', async ({
    page,
  }) => {
    await openAtFirstUserCell(page);
    await page.keyboard.press('Control+ArrowDown');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowUp');
    const target = cell(page, 'Inside Sales', 0);
    await expect(target).toBeFocused();
    await page.keyboard.type('123.45');
    await page.keyboard.press('Enter');
    await expect(target).toHaveText('123');
    await expect(
      page.getByText('123.45 was rounded to 123: amounts in JPY have no decimals.').first(),
    ).toBeVisible();
    await undoToNothingUnsaved(page);
  });

  test('values pasted with more decimals than JPY has are rounded to whole yen, and it says which', async ({
    page,
  }) => {
    await openAtFirstUserCell(page);
    await page.keyboard.press('Control+ArrowDown');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowUp');
    await expect(cell(page, 'Inside Sales', 0)).toBeFocused();
    await pasteFromClipboard(page, '123.45\t7.5\t1000\r\n');
    await expect(cell(page, 'Inside Sales', 0)).toHaveText('123');
    await expect(cell(page, 'Inside Sales', 1)).toHaveText('8');
    await expect(cell(page, 'Inside Sales', 2)).toHaveText('1,000');
    await expect(
      page
        .getByText(
          "Pasted 1 × 3 cells (3 changed). 2 values were rounded to the currency's smallest unit (JPY): 123.45 → 123 (Inside Sales, January); 7.5 → 8 (Inside Sales, February).",
        )
        .first(),
    ).toBeVisible();
    await undoToNothingUnsaved(page);
  });

  test('Home and Ctrl+Home after Ctrl+End scroll the grid back to its first columns', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openAtFirstUserCell(page);
    await page.keyboard.press('Control+End');
    const lastRow = grid(page)
      .getByRole('row')
      .filter({ has: page.locator(':focus') });
    const total = lastRow.locator('[aria-colindex="14"]');
    await expect(total).toBeFocused();
    await expect(total).toBeInViewport({ ratio: 1 });
    const january = lastRow.locator('[aria-colindex="2"]');
    await expect(january).not.toBeInViewport();

    await page.keyboard.press('Home');
    await expect(lastRow.getByRole('rowheader')).toBeFocused();
    await expect(january).toBeInViewport({ ratio: 1 });

    await page.keyboard.press('Control+End');
    await expect(january).not.toBeInViewport();
    await page.keyboard.press('Control+Home');
    await expect(grid(page).getByRole('rowheader').first()).toBeFocused();
    await expect(cell(page, 'Flowdesk Demo AS', 0)).toBeInViewport({ ratio: 1 });
  });

  test('a typed value that is not a number is refused with a message on top of the grid', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const target = cell(page, 'Olivia Grant', 1);
    const original = await target.textContent();
    await target.click();
    await page.keyboard.type('12abc');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: 'Olivia Grant, February' });
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    const alert = page.getByRole('alert').filter({ hasText: '"12abc" is not a number.' });
    await expect(alert).toBeVisible();
    // Not hidden under the next row: what is painted at the message's centre is the message.
    const onTop = await alert.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    expect(onTop).toBe(true);
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    await expect(target).toHaveText(original!);
  });

  test('scrolled to the year totals, the header and the totals row still have their lines under all columns', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openTargets(page, 'viewer');
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.press('End');
    const total = grid(page).getByRole('columnheader', { name: 'Year total' });
    await expect(total).toBeInViewport({ ratio: 1 });
    const right = async (name: string) => {
      const box = await grid(page)
        .getByRole('rowgroup')
        .filter({ hasText: name })
        .first()
        .boundingBox();
      return box ? box.x + box.width : 0;
    };
    const totalBox = (await total.boundingBox())!;
    // Each of these boxes draws the line; it stopped a scroll-width short of the grid's end.
    expect(await right('Year total')).toBeGreaterThanOrEqual(totalBox.x + totalBox.width - 1);
    expect(await right('Total of users in')).toBeGreaterThanOrEqual(
      totalBox.x + totalBox.width - 1,
    );
  });

  test('a user group’s row shows its selected and its changed cells like any other row', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const background = (name: string, period: number) =>
      cell(page, name, period).evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await background('Sales DACH', 2);
    await cell(page, 'Sales DACH', 0).click();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByText('2 cells · Sum')).toBeVisible();
    expect(await background('Sales DACH', 1)).not.toBe(plain);
    await page.keyboard.press('Escape');
    expect(await background('Sales DACH', 1)).toBe(plain);

    await page.keyboard.type('1234');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Sales DACH', 0)).toHaveText('1,234');
    await expect(cell(page, 'Sales DACH', 0)).toHaveAttribute('aria-describedby', /.+/);
    expect(await background('Sales DACH', 0)).not.toBe(plain);
    await undoToNothingUnsaved(page);
  });

  test('on the last row above the totals, the editor’s message shows above the cell, not under the footer', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openAtFirstUserCell(page);
    await page.keyboard.press('PageDown'); // the last row that shows whole above the footer
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    const message = grid(page).getByRole('alert');
    await expect(message).toHaveText('"abc" is not a number.');
    // Nothing covers it where it is (the totals footer did, before): what shows at its middle is it.
    const onTop = await message.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    expect(onTop).toBe(true);
    await page.keyboard.press('Escape');
    await expect(message).toBeHidden();
  });

  test('a value that is not a number, left by clicking elsewhere, is not dropped without a word', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const target = cell(page, 'Sofie Strand', 1);
    const original = await target.textContent();
    await target.click();
    await page.keyboard.type('12x');
    await cell(page, 'Sofie Strand', 3).click();
    await expect(
      page.getByText('"12x" is not a number. Sofie Strand, February was left as it was.').first(),
    ).toBeVisible();
    await expect(target).toHaveText(original!);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('typing, pasting or Delete on a year total says how to change it, and changes nothing', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    await cell(page, 'Sofie Strand', 0).click();
    await page.keyboard.press('End');
    const message = page
      .getByText(
        'The year total of Sofie Strand adds up its periods: type or paste into a period, or use Row actions, Distribute a new total.',
      )
      .first();
    // Enter or F2 there did nothing and said nothing.
    await page.keyboard.press('Enter');
    await expect(message).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    // Delete there did nothing and said nothing.
    await page.keyboard.press('Delete');
    await expect(message).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await page.keyboard.type('5');
    await expect(message).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();

    // A paste there changed December, saying only 'Pasted 1 × 1 cells (1 changed)'.
    const december = await cell(page, 'Sofie Strand', 11).textContent();
    await pasteFromClipboard(page, '120000');
    await expect(message).toBeVisible();
    await expect(cell(page, 'Sofie Strand', 11)).toHaveText(december!);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('at 400 px the row names leave room for two periods, and keep the name in full for screen readers and as a tooltip', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await openTargets(page, 'planner');
    // The names' column was 280 of the grid's 366 px: 86 px for values, not one whole month.
    const inView = async (period: number) =>
      cell(page, 'Chloe Martin', period).evaluate((el) => {
        const g = el.closest('[role="grid"]')!.getBoundingClientRect();
        const h = el.closest('[role="row"]')!.querySelector('[role="rowheader"]')!;
        const c = el.getBoundingClientRect();
        return c.left >= h.getBoundingClientRect().right - 1 && c.right <= g.right;
      });
    expect(await inView(0)).toBe(true);
    expect(await inView(1)).toBe(true);
    // A long name takes two lines (past them it is cut with "…"), and is there in full for
    // screen readers and as a tooltip.
    const company = grid(page).getByRole('rowheader', { name: /^Flowdesk Demo AS, NOK/ });
    await expect(company).toBeVisible();
    await expect(company.getByTitle('Flowdesk Demo AS')).toBeVisible();
    // The keyboard still brings a later month whole into view, right of the names.
    await cell(page, 'Chloe Martin', 0).click();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Chloe Martin', 5)).toBeFocused();
    expect(await inView(5)).toBe(true);
    await page.keyboard.press('Home');
    expect(await inView(0)).toBe(true);
  });

  test('at 200 % zoom the arrow keys keep the active cell and the totals in the window', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await openTargets(page, 'planner');
    await page.getByRole('button', { name: 'Import CSV' }).focus();
    const first = cell(page, 'Flowdesk Demo AS', 0);
    for (let i = 0; i < 6 && !(await first.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    // The grid ran 46 px past the window's edge: the active cell stopped there, cut in half,
    // and the totals were out of view.
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
    const seen = await page.evaluate(() => {
      const active = document.activeElement!.getBoundingClientRect();
      const g = document.querySelector('[role="grid"]')!.getBoundingClientRect();
      return { active: active.bottom, grid: g.bottom, window: innerHeight };
    });
    expect(seen.active).toBeLessThanOrEqual(seen.window);
    expect(seen.grid).toBeLessThanOrEqual(seen.window);
    await expect(grid(page).getByRole('rowheader', { name: /^Total of users in/ })).toBeInViewport({
      ratio: 1,
    });
  });

  test('copy from last year refuses a change below −100 %, which made the targets negative', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const before = await cell(page, 'Sofie Strand', 0).textContent();
    await cell(page, 'Sofie Strand', 0).click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Copy from last year ± %…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Copy from last year' });
    const percent = dialog.getByLabel('Change in %');
    await percent.fill('-150');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(percent).toHaveAccessibleDescription(
      /Enter -100 or more: below -100 % the targets would be negative \(-100 % sets them to 0\)\.$/,
    );
    // The focus goes to the field, so its message is heard (it stayed on Copy).
    await expect(percent).toBeFocused();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(cell(page, 'Sofie Strand', 0)).toHaveText(before!);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('copy from last year takes "10%" typed with its sign, as the field asks for a %', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    await cell(page, 'Sofie Strand', 0).click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Copy from last year ± %…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Copy from last year' });
    // It said 'Enter a number: "10%" is not one.'
    await dialog.getByLabel('Change in %').fill('10%');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText('Copied last year’s targets to Sofie Strand, raised by 10 %.').first(),
    ).toBeVisible();
    await undoToNothingUnsaved(page);
  });

  test('typing a digit on a row name says where values go, and changes nothing', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    await cell(page, 'Sofie Strand', 2).click();
    await page.keyboard.press('Home');
    await expect(row(page, 'Sofie Strand').getByRole('rowheader')).toBeFocused();
    // It did nothing and said nothing.
    await page.keyboard.type('5');
    await expect(
      page
        .getByText(
          'The name of Sofie Strand cannot be typed into: move to a period (Right arrow) to type a value, or press Enter for its row actions.',
        )
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('copy from another row refuses a row in another currency: JPY amounts are not NOK', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const target = cell(page, 'Ella Sand', 0);
    const original = await target.textContent();
    await target.click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Copy from another row…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Copy from another row' });
    await dialog.getByLabel('Copy values from').selectOption({ label: 'Inside Sales (JPY)' });
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(
      dialog.getByText(
        'Inside Sales is in JPY and Ella Sand in NOK: amounts in different currencies cannot be copied.',
      ),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(target).toHaveText(original!);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  test('the year and target type pickers show the keyboard focus', async ({ page }) => {
    await openTargets(page, 'planner');
    await page.getByRole('link', { name: 'Targets' }).focus();
    for (const name of ['Year', 'Target type']) {
      const picker = page.getByRole('combobox', { name });
      for (let i = 0; i < 8 && !(await picker.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(picker).toBeFocused();
      // The focus ring (a select always matches :read-only, whose rule had removed it).
      await expect(picker).not.toHaveCSS('box-shadow', 'none');
    }
  });

  test('a row can be edited with the keyboard alone, row actions included', async ({ page }) => {
    await openTargets(page, 'planner');
    await page.getByRole('button', { name: 'Export CSV' }).focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await grid(page).locator(':focus').count()) break;
    }
    await expect(grid(page).locator('[role="gridcell"]:focus')).toHaveCount(1);
    await page.keyboard.press('Control+Home'); // row header of the first row
    // Down to Olivia Grant (company, group, then the fifth user).
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    await expect(row(page, 'Olivia Grant').getByRole('rowheader')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await page.keyboard.press('Tab');
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Olivia Grant', 0)).toHaveText('10');
    await expect(cell(page, 'Olivia Grant', 1)).toHaveText('20');
    await expect(cell(page, 'Olivia Grant', 2)).toHaveText('30');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');

    // Escape cancels an edit.
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    await expect(cell(page, 'Olivia Grant', 2)).toHaveText('30');

    // Row actions from the row header: split a yearly amount evenly.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Set yearly amount, split evenly…' }).click();
    await page.keyboard.type('1200');
    await page.keyboard.press('Enter');
    for (let p = 0; p < 6; p++) await expect(cell(page, 'Olivia Grant', p)).toHaveText('100');
    await expect(row(page, 'Olivia Grant').getByRole('rowheader')).toBeFocused();
    await page.keyboard.press('End'); // the row total (scrolled into view)
    await expect(row(page, 'Olivia Grant').locator('[aria-colindex="14"]')).toBeFocused();
    await expect(row(page, 'Olivia Grant').locator('[aria-colindex="14"]')).toHaveText('1,200');

    // "Distribute a new total" starts with the current total as the grid shows it (it was
    // "1200"), selected: typing replaces it.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Distribute a new total…' }).click();
    await expect(page.getByRole('dialog').getByRole('textbox', { name: /^New total/ })).toHaveValue(
      '1,200',
    );
    await page.keyboard.type('2400');
    await page.keyboard.press('Enter');
    await expect(
      page.getByText('Distributed 2,400 over Olivia Grant’s 12 months.').first(),
    ).toBeAttached();
    // Home took the grid back to January: End scrolls it to the last months and the total.
    await expect(row(page, 'Olivia Grant').getByRole('rowheader')).toBeFocused();
    await page.keyboard.press('End');
    for (let p = 9; p < 12; p++) await expect(cell(page, 'Olivia Grant', p)).toHaveText('200');
    await expect(row(page, 'Olivia Grant').locator('[aria-colindex="14"]')).toHaveText('2,400');
  });

  test('a sum row’s actions say there are none, instead of a menu of unavailable items', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    await row(page, 'All – Sales Nordics').getByRole('rowheader').click();
    await page.keyboard.press('Shift+F10');
    await expect(
      page
        .getByText(
          "All – Sales Nordics adds up the users above it: it has no row actions. Use those of the users' rows.",
        )
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(row(page, 'All – Sales Nordics').getByRole('rowheader')).toBeFocused();
    // The users' rows still have theirs.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menu', { name: 'Actions for Sofie Strand' })).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('Delete on a sum row says it adds up the users, not "Nothing to clear"', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const sum = cell(page, 'All – Sales Nordics', 1);
    const before = await sum.textContent();
    await sum.click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await expect(
      page
        .getByText(
          "All – Sales Nordics adds up the users above it and cannot be cleared: clear the users' rows instead.",
        )
        .first(),
    ).toBeVisible();
    await expect(page.getByText('Nothing to clear.')).toHaveCount(0);
    await expect(sum).toHaveText(before!);
  });

  test('the viewer sees everything read-only', async ({ page }) => {
    await openTargets(page, 'viewer');
    await expect(grid(page)).toHaveAttribute('aria-readonly', 'true');
    await expect(page.getByText('Read-only:')).toBeVisible();
    // Nothing offers a change the viewer cannot make.
    for (const name of ['Save', 'Discard all changes', 'Undo (Ctrl+Z)', 'Redo (Ctrl+Y)']) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    await expect(page.getByText('Import CSV')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
    const c = cell(page, 'Chloe Martin', 0);
    const before = await c.textContent();
    await c.click();
    await page.keyboard.type('5');
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByText('You can only view these targets.').first()).toBeVisible();
    await page.keyboard.press('Delete');
    await expect(c).toHaveText(before!);
  });

  test('a missing year: the planner is told who can create it', async ({ page }) => {
    await openTargets(page, 'planner', `?year=${year + 1}`);
    await expect(
      page.getByRole('heading', { name: `No targets for ${year + 1} yet` }),
    ).toBeVisible();
    await expect(page.getByText('Only a targets administrator can create')).toBeVisible();
    await expect(page.getByRole('button', { name: /Create targets/ })).toHaveCount(0);
  });

  test('a missing year: a change below −100 % is refused on its field, nothing is created', async ({
    page,
  }) => {
    await openTargets(page, 'admin', `?year=${year + 1}`);
    const percent = page.getByLabel('Change in %');
    await percent.fill('-150');
    const create = page.getByRole('button', { name: `Create targets for ${year + 1}` });
    await create.click();
    // It created the year with negative targets (last year − 150 %).
    await expect(percent).toHaveAccessibleDescription(
      'Enter -100 or more: below -100 % the targets would be negative (-100 % sets them to 0).',
    );
    await expect(percent).toHaveAttribute('aria-invalid', 'true');
    // The focus goes to the field, so its message is heard (it stayed on the button).
    await expect(percent).toBeFocused();
    await expect(page.getByRole('grid')).toHaveCount(0);
    await expect(
      page.getByRole('heading', { name: `No targets for ${year + 1} yet` }),
    ).toBeVisible();
    // Correcting it takes the message away.
    await percent.fill('-15');
    await expect(percent).not.toHaveAttribute('aria-invalid');
  });

  test('a missing year: what the rows start from follows “Start from last year’s values”', async ({
    page,
  }) => {
    await openTargets(page, 'admin', `?year=${year + 1}`);
    const panel = page.getByRole('region', { name: `No targets for ${year + 1} yet` });
    const copy = page.getByLabel(`Start from ${year}’s values`);
    await expect(copy).toBeChecked();
    // Ticked, it said the rows start at 0 in the default currency.
    await expect(panel.getByText(/^Create the target group/)).toHaveText(
      `Create the target group for ${year + 1}: a row for the company, each user group and its users, each starting from its ${year} values changed by the percentage below, in its ${year} currency (a row without ${year} values starts at 0).`,
    );
    await copy.uncheck();
    await expect(panel.getByText(/^Create the target group/)).toHaveText(
      `Create the target group for ${year + 1}: a row for the company, each user group and its users, starting at 0 in the default currency.`,
    );
  });

  test('a missing year: the administrator creates it from last year + 10 %', async ({ page }) => {
    await openTargets(page, 'admin', `?year=${year + 1}`);
    await expect(page.getByLabel(`Start from ${year}’s values`)).toBeChecked();
    await page.getByLabel('Change in %').fill('10');
    // Enter in the field creates, as the button does (it did nothing).
    await page.getByLabel('Change in %').press('Enter');
    const next = page.getByRole('grid', { name: `Targets ${year + 1}` });
    await expect(next).toBeVisible();
    // The focus goes to the new grid's first cell, not to the page (the button is gone).
    await expect(next.locator('[role="gridcell"][aria-colindex="2"]').first()).toBeFocused();
    // Lena Wolf has 18,000 in January this year (no other test changes her row).
    await expect(
      next
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /^Lena Wolf/ }) })
        .locator('[aria-colindex="2"]'),
    ).toHaveText('19,800');
    // Each row keeps last year's currency, as the copied amounts are in it (all became NOK).
    await expect(next.getByRole('rowheader', { name: 'Sales DACH, EUR' })).toBeVisible();
  });

  test('the footer adds up one currency and says which users it leaves out', async ({ page }) => {
    await openTargets(page, 'planner');
    const footer = grid(page).getByRole('rowheader', { name: /^Total of users in [A-Z]{3}$/ });
    await expect(footer).toBeVisible();
    const currency = (await footer.textContent())!.slice(-3);
    const note = page.getByText(
      new RegExp(
        `^The totals add up the users with targets in ${currency}; users in .+ are not added`,
      ),
    );
    await expect(note).toBeVisible();
    // Between the grid and the status bar, overlapping neither.
    await grid(page).getByRole('gridcell').first().click();
    const status = page.getByText(/^Row \d+ of \d+$/);
    const [gridBox, noteBox, statusBox] = await Promise.all(
      [grid(page), note, status].map(async (l) => (await l.boundingBox())!),
    );
    expect(noteBox.y).toBeGreaterThanOrEqual(gridBox.y + gridBox.height);
    expect(statusBox.y).toBeGreaterThanOrEqual(noteBox.y + noteBox.height);
  });

  test('a target type that counts sales has whole numbers and no currency', async ({ page }) => {
    await openTargets(page, 'admin');
    await page
      .getByRole('combobox', { name: 'Target type' })
      .selectOption({ label: 'Sale type – Count' });
    await page.getByRole('button', { name: `Create targets for ${year}` }).click();
    await expect(grid(page)).toBeVisible();
    await expect(grid(page).getByText(/^(NOK|EUR|USD|JPY)$/)).toHaveCount(0);
    // The type is for the company and groups only: a group's row takes the count.
    await row(page, 'Sales Nordics').getByRole('rowheader').click();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Set yearly amount, split evenly…' }).click();
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Sales Nordics', 0)).toHaveText('9');
    await expect(cell(page, 'Sales Nordics', 4)).toHaveText('8');
  });

  test('a year with only counted targets has no "All sales – Amount" targets yet', async ({
    page,
  }) => {
    const only = year + 2; // a year no other test uses
    await openTargets(page, 'admin', `?year=${only}`);
    const type = page.getByRole('combobox', { name: 'Target type' });
    await type.selectOption({ label: 'Sale type – Count' });
    await page.getByRole('button', { name: `Create targets for ${only}` }).click();
    await expect(page.getByRole('grid', { name: `Targets ${only}` })).toBeVisible();

    await type.selectOption({ label: 'All sales – Amount' });
    await expect(page.getByRole('heading', { name: `No targets for ${only} yet` })).toBeVisible();
    await expect(page.getByRole('grid')).toHaveCount(0);
    // Nor are the counts offered as the amounts to start the next year from.
    await page.goto(`/targets?year=${only + 1}`);
    await expect(
      page.getByRole('heading', { name: `No targets for ${only + 1} yet` }),
    ).toBeVisible();
    await expect(page.getByText(`There are no targets for ${only} to copy.`)).toBeVisible();
    await expect(page.getByLabel(`Start from ${only}’s values`)).toHaveCount(0);
    // A reload of the default type's address finds the same.
    await page.goto(`/targets?year=${only}`);
    await expect(page.getByRole('heading', { name: `No targets for ${only} yet` })).toBeVisible();
  });

  test('counted targets created from last year + 10 % stay whole numbers', async ({ page }) => {
    // Years no other test uses: a counted group for the first, then the next from it.
    const first = year - 3;
    const counts = (y: number) => page.getByRole('grid', { name: `Targets ${y}` });
    // The type is for the company and groups only: a group's row has the counts.
    const chloe = (y: number, period: number) =>
      counts(y)
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /^Sales Nordics(,|$)/ }) })
        .locator(`[role="gridcell"][aria-colindex="${period + 2}"]`);
    await openTargets(page, 'admin', `?year=${first}`);
    await page
      .getByRole('combobox', { name: 'Target type' })
      .selectOption({ label: 'Sale type – Count' });
    await expect(page.getByText(`There are no targets for ${first - 1} to copy.`)).toBeVisible();
    await page.getByRole('button', { name: `Create targets for ${first}` }).click();
    await chloe(first, 0).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Set yearly amount, split evenly…' }).click();
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    await expect(chloe(first, 0)).toHaveText('9');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/unsaved change/)).toBeHidden();

    await page.getByRole('combobox', { name: 'Year' }).selectOption(String(first + 1));
    await expect(page.getByLabel(`Start from ${first}’s values`)).toBeChecked();
    await page.getByLabel('Change in %').fill('10');
    await page.getByRole('button', { name: `Create targets for ${first + 1}` }).click();
    // 9 + 10 % = 9.9 and 8 + 10 % = 8.8: whole sales, 10 and 9.
    await expect(chloe(first + 1, 0)).toHaveText('10');
    await expect(chloe(first + 1, 4)).toHaveText('9');
  });

  test('Distribute a new total reads the row’s own currency sign and refuses another', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    await row(page, 'Lena Wolf').getByRole('rowheader').click();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Distribute a new total…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Distribute a new total' });
    const total = dialog.getByRole('textbox', { name: /^New total/ });
    await total.fill('$1,000');
    await total.press('Enter');
    await expect(total).toHaveAccessibleDescription(
      /"\$1,000" is in another currency \(\$\) than its row, which is in EUR\. Write it as €1,000, 1,000 EUR or just 1,000\.$/,
    );
    // The row's own sign is read (it was refused as "not a number").
    await total.fill('€1,200');
    await total.press('Enter');
    await expect(dialog).toBeHidden();
    // The year total is the last column (scrolled into view with End).
    await cell(page, 'Lena Wolf', 0).click();
    await page.keyboard.press('End');
    await expect(cell(page, 'Lena Wolf', 12)).toHaveText('1,200');
  });

  test('a target type on company and group level only gets no user rows', async ({ page }) => {
    const free = year - 4; // a year no other test uses
    await openTargets(page, 'admin', `?year=${free}`);
    await page
      .getByRole('combobox', { name: 'Target type' })
      .selectOption({ label: 'Sale type – Count' });
    await expect(
      page.getByText(
        `Create the target group for ${free}: a row for the company and each user group, starting at 0.`,
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: `Create targets for ${free}` }).click();
    const created = page.getByRole('grid', { name: `Targets ${free}` });
    await expect(created).toBeVisible();
    await expect(created.getByRole('rowheader', { name: /^Sales Nordics/ })).toBeVisible();
    // It had a row for every user, and the users' sums, as the default type has.
    await expect(created.getByRole('rowheader', { name: /^Chloe Martin/ })).toHaveCount(0);
    await expect(created.getByRole('rowheader', { name: /^All – / })).toHaveCount(0);
    // Its totals add up the groups' targets (there are no users to add up).
    await expect(created.getByRole('rowheader', { name: /^Total of users/ })).toHaveCount(0);
    const footer = created
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Total of user groups' }) });
    const nordics = created
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Sales Nordics(,|$)/ }) });
    const rows = await created.getByRole('row').count();
    await expect(created).toHaveAttribute('aria-rowcount', String(rows));
    await expect(footer).toHaveAttribute('aria-rowindex', String(rows));
    await nordics.locator('[role="gridcell"][aria-colindex="2"]').click();
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect(footer.locator('[role="gridcell"][aria-colindex="2"]')).toHaveText('7');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(/unsaved change/)).toBeHidden();
    await page.reload();
    await expect(created.getByRole('rowheader', { name: /^Sales Nordics/ })).toBeVisible();
    await expect(created.getByRole('rowheader', { name: /^Chloe Martin/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the page has no axe violations', async ({ page }) => {
    await openTargets(page, 'planner');
    await expect(cell(page, 'Chloe Martin', 0)).toBeVisible();
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.press('Shift+ArrowDown');
    await expectNoAxeViolations(page);
  });
});
