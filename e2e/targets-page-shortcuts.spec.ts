import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';
import { deleteTargetGroupOfYear, saveNewTargetGroup } from './targetsAdminApi.ts';

/**
 * Undo, redo and save act from anywhere on the targets page, as in a spreadsheet: after a click
 * on the page's heading (the focus then on the page itself) as from the grid. A text field in a
 * dialog, or a picker, keeps them.
 */

/** The spec's own year (no other spec uses it): its group is made fresh for each test. */
const OWN = 2091;
const { grid, cell } = targetsGrid(OWN);

test.beforeEach(async ({ request }) => {
  await deleteTargetGroupOfYear(request, OWN);
  await saveNewTargetGroup(request, OWN);
});
test.afterEach(async ({ request }) => {
  await deleteTargetGroupOfYear(request, OWN);
});

/** Types `value` into Chloe Martin's January and returns what the cell showed before. */
async function typeInJanuary(page: Page, value: string) {
  await signIn(page, 'planner', `/targets?year=${OWN}`);
  await expect(grid(page)).toBeVisible();
  const january = cell(page, 'Chloe Martin', 0);
  const before = (await january.textContent()) ?? '';
  await january.click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  return { january, before };
}

test('Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and Ctrl+S act on the grid after a click on the page heading', async ({
  page,
}) => {
  const { january, before } = await typeInJanuary(page, '4321');
  await expect(january).toHaveText('4,321');
  expect(before).not.toBe('4,321');
  const said = page.getByRole('status');
  // The browser's own Ctrl+S is "Save page as": it must not get the key.
  await page.evaluate(() =>
    window.addEventListener('keydown', (e) => {
      if (e.key.toLowerCase() === 's')
        document.body.dataset.saveKeyPrevented = String(e.defaultPrevented);
    }),
  );

  await page.getByRole('heading', { level: 1, name: 'Targets' }).click();
  await expect(page.getByRole('main')).toBeFocused();
  // The keys did nothing here: only the grid and its toolbar had them.
  await page.keyboard.press('Control+z');
  await expect(january).toHaveText(before);
  await expect(said).toHaveText('Undone: set Chloe Martin, January.');
  await page.keyboard.press('Control+Shift+z');
  await expect(january).toHaveText('4,321');
  await expect(said).toHaveText('Redone: set Chloe Martin, January.');
  await page.keyboard.press('Control+z');
  await expect(january).toHaveText(before);
  await page.keyboard.press('Control+y');
  await expect(january).toHaveText('4,321');
  await expect(said).toHaveText('Redone: set Chloe Martin, January.');
  await expect(page.getByRole('main')).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved 1 change.').first()).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-save-key-prevented', 'true');
  await page.reload();
  await expect(cell(page, 'Chloe Martin', 0)).toHaveText('4,321');
});

test('Ctrl+Z in a row action dialog’s text field or on the year picker leaves the grid as it is', async ({
  page,
}) => {
  const { january } = await typeInJanuary(page, '4321');
  await expect(january).toHaveText('4,321');
  const said = page.getByRole('status');
  await expect(said).not.toHaveText(/^Undone/);

  await cell(page, 'Leo Russo', 0).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Set yearly amount, split evenly…' }).click();
  const dialog = page.getByRole('dialog');
  const amount = dialog.getByRole('textbox', { name: /^Yearly amount/ });
  await amount.fill('1200');
  await expect(amount).toBeFocused();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const year = page.getByRole('combobox', { name: 'Year' });
  await year.focus();
  await page.keyboard.press('Control+z');
  await expect(year).toHaveValue(String(OWN));
  await expect(january).toHaveText('4,321');
  await expect(said).not.toHaveText(/^Undone/);
});

test('a viewer’s Ctrl+S does not open “Save page as”, and says why nothing is saved', async ({
  page,
}) => {
  await signIn(page, 'viewer', `/targets?year=${OWN}`);
  await expect(grid(page)).toBeVisible();
  // The browser's own Ctrl+S is "Save page as": it must not get the key.
  await page.evaluate(() =>
    window.addEventListener('keydown', (e) => {
      if (e.key.toLowerCase() === 's')
        document.body.dataset.saveKeyPrevented = String(e.defaultPrevented);
    }),
  );
  const said = page.getByRole('status').filter({ hasText: /^Nothing is saved/ });

  await cell(page, 'Chloe Martin', 0).click();
  await page.keyboard.press('Control+s');
  await expect(page.locator('body')).toHaveAttribute('data-save-key-prevented', 'true');
  await expect(said).toHaveText(/^Nothing is saved: read-only\. .+/);

  // From the page itself too: the sentence is put in anew (said again).
  const first = await said.locator('span').elementHandle();
  await page.locator('body').evaluate((body) => delete body.dataset.saveKeyPrevented);
  await page.getByRole('heading', { level: 1, name: 'Targets' }).click();
  await page.keyboard.press('Control+s');
  await expect(page.locator('body')).toHaveAttribute('data-save-key-prevented', 'true');
  await expect.poll(() => first!.evaluate((node) => node.isConnected)).toBe(false);
  await expect(said).toHaveText(/^Nothing is saved: read-only\. .+/);
  await expectNoAxeViolations(page);
});

test('Ctrl+Z and Ctrl+Y on the app’s navigation leave the grid as it is; Ctrl+S saves from there and from the toolbar', async ({
  page,
}) => {
  const { january, before } = await typeInJanuary(page, '4321');
  await expect(january).toHaveText('4,321');
  const said = page.getByRole('status');
  await page.evaluate(() =>
    window.addEventListener('keydown', (e) => {
      if (e.key.toLowerCase() === 's')
        document.body.dataset.saveKeyPrevented = String(e.defaultPrevented);
    }),
  );

  // A link of the app's navigation, outside the page's main content: not the page's keys.
  const targetsLink = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Targets' });
  const twoFrames = () =>
    page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  await targetsLink.focus();
  await page.keyboard.press('Control+z');
  await twoFrames();
  await expect(january).toHaveText('4,321');
  await expect(said).not.toHaveText(/^Undone/);
  await page.keyboard.press('Control+y');
  await twoFrames();
  await expect(said).not.toHaveText(/^(Redone|Nothing to redo)/);
  await expect(targetsLink).toBeFocused();

  // Undo from the toolbar still acts on the grid (its Undo names the key).
  const exportCsv = page.getByRole('toolbar', { name: 'Targets' }).getByRole('button', {
    name: /^Export CSV/,
  });
  await exportCsv.focus();
  await page.keyboard.press('Control+z');
  await expect(january).toHaveText(before);
  await page.keyboard.press('Control+y');
  await expect(january).toHaveText('4,321');

  // Ctrl+S saves from the toolbar…
  await page.keyboard.press('Control+s');
  const toast = page.getByRole('region', { name: /Notifications/ }).getByRole('listitem');
  await expect(toast.filter({ hasText: 'Saved 1 change.' })).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-save-key-prevented', 'true');

  // …and from the navigation too: the browser's "Save page as" never opens.
  await page.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(toast).toHaveCount(0);
  await january.click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(january).toHaveText('5');
  await page.locator('body').evaluate((body) => delete body.dataset.saveKeyPrevented);
  await targetsLink.focus();
  await page.keyboard.press('Control+s');
  await expect(toast.filter({ hasText: 'Saved 1 change.' })).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-save-key-prevented', 'true');
  await page.reload();
  await expect(cell(page, 'Chloe Martin', 0)).toHaveText('5');
});
