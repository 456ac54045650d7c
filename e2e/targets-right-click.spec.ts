import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { grid, cell } = targetsGrid(year);

test('a right click makes the cell under it the active one: what is typed next goes there', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const chloe = cell(page, 'Chloe Martin', 0);
  const before = (await chloe.textContent()) ?? '';
  await chloe.click();
  const olivia = cell(page, 'Olivia Grant', 2);
  await olivia.click({ button: 'right' });
  await expect(olivia).toBeFocused();
  await expect(olivia).toHaveAttribute('tabindex', '0');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(olivia).toHaveText('5');
  await expect(chloe).toHaveText(before);

  // In a selection, as in a spreadsheet, the selection and its active cell stay as they are.
  const ella = cell(page, 'Ella Sand', 0);
  await ella.click();
  await page.keyboard.press('Shift+ArrowRight');
  await cell(page, 'Ella Sand', 1).click({ button: 'right' });
  await expect(ella).toBeFocused();
  await expect(grid(page).locator('[role="gridcell"][aria-selected="true"]')).toHaveCount(2);
});
