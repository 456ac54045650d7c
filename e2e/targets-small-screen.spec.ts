import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';

const year = new Date().getFullYear();
const grid = (page: Page) => page.getByRole('grid', { name: `Targets ${year}` });

/** Body rows shown whole between the grid's header and its totals, and inside the window. */
const rowsInView = (page: Page) =>
  grid(page).evaluate((g) => {
    const [header, body, footer] = g.querySelectorAll(':scope [role="rowgroup"]');
    const top = header!.getBoundingClientRect().bottom;
    const bottom = Math.min(footer!.getBoundingClientRect().top, window.innerHeight);
    return [...body!.querySelectorAll('[role="row"]')].filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top >= top - 1 && box.bottom <= bottom + 1;
    }).length;
  });

test.describe('targets on a small screen', () => {
  test('at 400×800 the toolbar takes one line and the grid shows 9 rows whole, every action still named', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'planner', '/targets');
    await expect(grid(page)).toBeVisible();
    // The toolbar took three lines, the description two, and the grid showed five rows whole.
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(9);
    const toolbar = page.getByRole('toolbar', { name: 'Targets' });
    const box = await toolbar.boundingBox();
    expect(box!.height).toBeLessThan(48);
    for (const name of ['Undo (Ctrl+Z)', 'Redo (Ctrl+Y)', 'Row actions', 'Export CSV', 'Save'])
      await expect(toolbar.getByRole('button', { name, exact: true })).toBeInViewport();
    await expect(toolbar.getByRole('button', { name: 'Discard', exact: true })).toBeInViewport();
    await expect(toolbar.getByLabel('Import CSV')).toBeInViewport();
    // An unsaved change still says how many, and the grid keeps its rows.
    await grid(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Chloe Martin' }) })
      .getByRole('gridcell')
      .first()
      .click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(toolbar.getByText('1 unsaved change')).toBeAttached();
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(9);
    // Nothing runs past the window's right edge.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      400,
    );
    await expectNoAxeViolations(page);
  });
});
