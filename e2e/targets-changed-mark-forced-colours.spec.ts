import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * Forced colours (Windows High Contrast) paint every side of a border, the transparent ones too:
 * the corner mark of an unsaved cell (a triangle drawn with one coloured border side) became a
 * small square in the text colour. See a11y-forced-colours.spec for how the mode is emulated.
 */
test.use({ colorScheme: 'light' });
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
});

const { cell } = targetsGrid(new Date().getFullYear());

/** The pixels of a `size` px square of `target`, `inset` px from its top left corner. */
async function corner(page: Page, target: Locator, inset: number, size: number) {
  const box = await target.boundingBox();
  if (!box) throw new Error('The cell is not on the screen.');
  return page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    clip: { x: box.x + inset, y: box.y + inset, width: size, height: size },
  });
}

test('an unsaved cell keeps its corner mark a corner mark, not a square', async ({ page }) => {
  await signIn(page, 'planner', '/targets');
  const changed = cell(page, 'Chloe Martin', 0);
  const plain = cell(page, 'Chloe Martin', 1);
  await changed.click();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(changed).toHaveText('1,234');
  await expect(changed).toHaveAccessibleDescription('Changed, not saved');
  // Away from both: neither shows the focus ring nor the pointer's hover.
  await cell(page, 'Ella Sand', 5).click();
  await page.mouse.move(0, 0);

  // The mark is there, in the corner…
  const markShown = await corner(page, changed, 0, 3);
  expect(markShown.equals(await corner(page, plain, 0, 3)), 'no corner mark').toBe(false);
  // …and is a triangle: beyond its diagonal, the cell looks as any other (it was filled).
  const beyondDiagonal = await corner(page, changed, 5, 2);
  expect(
    beyondDiagonal.equals(await corner(page, plain, 5, 2)),
    'the corner mark is a filled square',
  ).toBe(true);
});
