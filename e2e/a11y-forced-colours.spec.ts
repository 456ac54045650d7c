import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * Forced colours (Windows High Contrast): the browser replaces backgrounds and drops box shadows,
 * so a highlight or focus ring drawn only with them vanishes. Each check compares what the user
 * sees of a control (with a few pixels around it, for a ring drawn outside) in two states that
 * must look different: the same pixels mean the user cannot tell where they are.
 */
test.use({ colorScheme: 'light' });
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
});

const { grid, cell } = targetsGrid(new Date().getFullYear());

/** The pixels of `target` and 4 px around it, without animations or the text caret. */
async function look(page: Page, target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('The control is not on the screen.');
  return page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    clip: { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 },
  });
}

test('a menu shows which item the arrow keys are on', async ({ page }) => {
  await signIn(page, 'admin', '/targets');
  // A row that is not locked, so its menu's items are all available.
  await cell(page, 'Chloe Martin', 0).click();
  // The pointer off the menu, where it would highlight the item under it.
  await page.mouse.move(0, 0);
  await page.getByRole('button', { name: 'Row actions' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  const onFirst = await look(page, menu);
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  const onSecond = await look(page, menu);
  expect(onSecond.equals(onFirst), 'the menu looks the same whichever item is chosen').toBe(false);
  await page.keyboard.press('Escape');
});

test('a list field shows the focus, and its open list the option the arrow keys are on', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/1/options/1');
  const type = page.getByRole('combobox', { name: 'Option type' });
  await page.getByLabel('Name').focus();
  const unfocused = await look(page, type);
  await page.keyboard.press('Tab');
  await expect(type).toBeFocused();
  const focused = await look(page, type);
  expect(focused.equals(unfocused), 'the focused list field looks as it does unfocused').toBe(
    false,
  );
  // Its border only darkened a shade: the ring must be an outline, which forced colours keep.
  expect(await type.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  await page.keyboard.press('Enter');
  const list = page.getByRole('listbox');
  const options = list.getByRole('option');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('Home');
  await expect(options.first()).toBeFocused();
  const onFirst = await look(page, list);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toBeFocused();
  const onSecond = await look(page, list);
  expect(onSecond.equals(onFirst), 'the list looks the same whichever option is chosen').toBe(
    false,
  );
  await page.keyboard.press('Escape');
});

test('the targets grid shows its focused cell and the locks of locked rows', async ({ page }) => {
  await signIn(page, 'planner', '/targets');
  const january = cell(page, 'Chloe Martin', 0);
  const february = cell(page, 'Chloe Martin', 1);
  await january.click();
  await expect(january).toBeFocused();
  const plain = await look(page, february);
  await page.keyboard.press('ArrowRight');
  await expect(february).toBeFocused();
  const focused = await look(page, february);
  expect(focused.equals(plain), 'the focused cell looks as it does unfocused').toBe(false);

  // The lock beside a locked row's name is drawn as a background through a mask: in forced
  // colours the background became the page's, and the lock was gone.
  const lock = grid(page)
    .getByRole('rowheader', { name: /^Flowdesk Demo AS/ })
    .getByTitle('Locked', { exact: false })
    .first();
  const shown = await look(page, lock);
  await lock.evaluate((el) => {
    (el as HTMLElement).style.visibility = 'hidden';
  });
  const hidden = await look(page, lock);
  expect(shown.equals(hidden), 'the lock looks like empty space').toBe(false);
});

test('the navigation shows which page is open', async ({ page }) => {
  await signIn(page, 'viewer', '/settings');
  const settings = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: 'Settings',
  });
  await expect(settings).toHaveAttribute('aria-current', 'page');
  await page.mouse.move(0, 0);
  const open = await look(page, settings);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Events' })
    .click();
  await expect(settings).not.toHaveAttribute('aria-current', 'page');
  await page.mouse.move(0, 0);
  await page.locator('body').focus();
  const notOpen = await look(page, settings);
  expect(open.equals(notOpen), "the open page's link looks like the others").toBe(false);
});

test('the targets grid shows which cells Shift+arrow selected', async ({ page }) => {
  await signIn(page, 'planner', '/targets');
  const february = cell(page, 'Chloe Martin', 1);
  await cell(page, 'Chloe Martin', 3).click();
  await page.mouse.move(0, 0);
  // The cell alone: the focus ring of the cell beside it is not what is looked for.
  const plain = await february.screenshot({ animations: 'disabled' });
  await cell(page, 'Chloe Martin', 0).click();
  await page.mouse.move(0, 0);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(february).toHaveAttribute('aria-selected', 'true');
  const selected = await february.screenshot({ animations: 'disabled' });
  expect(selected.equals(plain), 'a selected cell looks like one not selected').toBe(false);
  await page.keyboard.press('Escape');
});
