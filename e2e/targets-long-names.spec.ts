import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';
import { clearFaults, rewriteAnswers } from './sandboxFaults.ts';

const year = new Date().getFullYear();
const { grid } = targetsGrid(year);

/**
 * A user whose name has a word longer than a narrow names column. The sandbox seeds no such
 * user, so it renames Chloe Martin in its answers with the group (POST /api/sandbox/rewrites):
 * only the name changes, the rest is the sandbox's own answer.
 */
const LONG_NAME = 'Wolfeschlegelsteinhausenbergerdorff Jo';

async function renameChloe(page: Page, name = LONG_NAME) {
  await rewriteAnswers(page.request, {
    on: 'Agents/Targets/GetTargetGroup',
    replace: { 'Chloe Martin': name },
  });
}

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

/**
 * Where the shown name starts a new line, the character before: a space or a hyphen is a word
 * boundary; a letter means a word was cut in two.
 */
const lineBreaksAfter = (name: Locator) =>
  name.evaluate((el) => {
    const text = el.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) throw new Error('The name is not plain text.');
    const range = document.createRange();
    const before: string[] = [];
    let top: number | null = null;
    for (let i = 0; i < (text.textContent ?? '').length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (top !== null && rect.top > top + 2) before.push(text.textContent![i - 1]);
      top = rect.top;
    }
    return before;
  });

async function expectWholeWords(page: Page) {
  const header = grid(page).getByRole('rowheader', { name: new RegExp(`^${LONG_NAME}(,|$)`) });
  await expect(header).toBeVisible();
  // Still there in full for the sighted (tooltip) and for screen readers (the row's name).
  const name = header.getByTitle(LONG_NAME);
  await expect(name).toHaveText(LONG_NAME);
  const breaks = await lineBreaksAfter(name);
  expect(breaks.length, 'the name takes two lines').toBeGreaterThan(0);
  for (const ch of breaks)
    expect(ch, 'a line may start only after a space or hyphen').toMatch(/[\s-]/);
  return header;
}

test.describe('a row name with a word longer than the names column', () => {
  test('at 390 px wide it wraps between words and is cut with "…", not split mid-word', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await renameChloe(page);
    await signIn(page, 'planner', '/targets');
    await expectWholeWords(page);
    await grid(page).screenshot({ path: test.info().outputPath('names-390.png') });
  });

  test('with the revision history beside the grid it wraps between words too', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await renameChloe(page);
    await signIn(page, 'planner', '/targets');
    const header = grid(page).getByRole('rowheader', { name: new RegExp(`^${LONG_NAME}(,|$)`) });
    await header.click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Revision history' }).click();
    await expect(page.getByRole('heading', { name: 'Revision history' })).toBeVisible();
    // The panel beside the grid leaves it narrow: the names column gives up room to periods.
    await expect(grid(page)).toBeVisible();
    await expectWholeWords(page);
    await page.screenshot({ path: test.info().outputPath('names-history.png') });
  });

  test('at 390 px the revision history names the row within the panel, in full as a tooltip', async ({
    page,
  }) => {
    // One word wider than the whole panel: it ran out of the panel and off the screen.
    const wider = 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft Jo';
    await page.setViewportSize({ width: 390, height: 844 });
    await renameChloe(page, wider);
    await signIn(page, 'planner', '/targets');
    await grid(page)
      .getByRole('rowheader', { name: new RegExp(`^${wider}(,|$)`) })
      .click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Revision history' }).click();
    const panel = page.getByRole('complementary', { name: 'Revision history' });
    await expect(panel.getByRole('heading', { name: 'Revision history' })).toBeFocused();
    const name = panel.getByTitle(wider);
    await expect(name).toHaveText(wider);
    const [nameBox, panelBox] = [await name.boundingBox(), await panel.boundingBox()];
    expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(panelBox!.x + panelBox!.width);
    expect(await lineBreaksAfter(name)).toEqual([' ']);
    await expect(panel.getByRole('region', { name: `Changes to ${wider}` })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('history-390.png') });
  });
});
