import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { expectDraftHolds } from './targetsDraft.ts';

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
    await expect(
      toolbar.getByRole('button', { name: 'Discard all changes', exact: true }),
    ).toBeInViewport();
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

  for (const width of [360, 320])
    test(`at ${width} px the Year and Target type pickers fit the window, whole (WCAG reflow)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await signIn(page, 'planner', '/targets');
      await expect(grid(page)).toBeVisible();
      // The pickers kept 180 px each on one line: the page scrolled sideways, Target type cut off.
      for (const label of ['Year', 'Target type']) {
        const box = (await page.getByLabel(label, { exact: true }).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    });

  for (const width of [390, 320])
    test(`at ${width} px the chosen target type shows whole, level with the year`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await signIn(page, 'planner', '/targets');
      await expect(grid(page)).toBeVisible();
      const type = page.getByLabel('Target type', { exact: true });
      await expect(type).toHaveValue(/\d/);
      // "All sales – Amount" was cut to "All sales – Amoun" under the list's arrow: the picker
      // kept 158 px while the year had more room than its four digits need.
      const room = await type.evaluate((el: HTMLSelectElement) => {
        const shown = el.getBoundingClientRect().width;
        // The width the list takes when it is sized to the chosen option.
        el.style.setProperty('field-sizing', 'content');
        el.style.width = 'max-content';
        const needed = el.getBoundingClientRect().width;
        el.style.removeProperty('field-sizing');
        el.style.width = '';
        return Math.round(shown - needed);
      });
      expect(room).toBeGreaterThanOrEqual(0);
      const year = (await page.getByLabel('Year', { exact: true }).boundingBox())!;
      const box = (await type.boundingBox())!;
      expect(Math.abs(box.y - year.y)).toBeLessThanOrEqual(1);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    });

  test('at 400 px the row names show whole on up to two lines, in rows as high as the others', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'planner', '/targets');
    // The company row read "Flowd…", the group "Sales …", its sum row "All – Sales Nord…".
    for (const name of [/^Flowdesk Demo AS, NOK/, /^Sales Nordics, NOK/, /^All – Sales Nordics/]) {
      const header = grid(page).getByRole('rowheader', { name });
      const shown = await header.evaluate((el) => {
        const text = el.querySelector<HTMLElement>('[title]')!;
        const box = el.getBoundingClientRect();
        const textBox = text.getBoundingClientRect();
        return {
          whole: text.scrollWidth <= text.clientWidth && text.scrollHeight <= text.clientHeight,
          inside: textBox.top >= box.top && textBox.bottom <= box.bottom,
          height: box.height,
        };
      });
      expect(shown, String(name)).toEqual({ whole: true, inside: true, height: 32 });
    }
    // Every row keeps the grid's one row height (the rows are placed by it as they scroll).
    const tops = await grid(page)
      .getByRole('rowgroup')
      .nth(1)
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(0, 6).map((r) => r.getBoundingClientRect().top));
    for (let i = 1; i < tops.length; i++) expect(tops[i] - tops[i - 1]).toBe(32);
    const footer = grid(page).getByRole('rowheader', { name: 'Total of users in NOK' });
    expect(
      await footer.evaluate((el) => {
        const text = el.querySelector<HTMLElement>('[title]')!;
        return text.scrollWidth <= text.clientWidth && text.scrollHeight <= text.clientHeight;
      }),
    ).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('at 400×800 a restored draft’s notice takes one line with its buttons, the grid still shows 8 rows, and its details are one press away', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await signIn(page, 'planner', '/targets');
    await grid(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Chloe Martin' }) })
      .getByRole('gridcell')
      .first()
      .click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expectDraftHolds(page, 5);
    await page.reload();

    const notice = page.getByRole('status').filter({ hasText: /^Restored 1/ });
    await expect(notice).toBeVisible();
    // The notice took four lines (title, text, buttons) and the grid showed five rows whole.
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(8);
    expect((await notice.boundingBox())!.height).toBeLessThan(48);
    const keep = notice.getByRole('button', { name: 'Keep them', exact: true });
    const discard = notice.getByRole('button', { name: 'Discard restored changes', exact: true });
    await expect(keep).toBeInViewport();
    await expect(discard).toBeInViewport();
    await expectNoAxeViolations(page);

    // The rest of what it says is behind a disclosure, opened from the keyboard.
    const details = notice.getByRole('button', { name: 'Restored 1 change', exact: true });
    await expect(details).toHaveAttribute('aria-expanded', 'false');
    await details.focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    await expect(notice).toContainText(
      /From .+\. They were not saved yet\. Save to keep them, or discard them to go back to the saved targets\./,
    );
    await expect(keep).toBeInViewport();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('aria-expanded', 'false');
    await expect(notice.getByText(/They were not saved yet\./)).toBeHidden();

    // In a wide window it says everything at once, with no disclosure.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(notice.getByText(/^Restored 1 unsaved change from .+\.$/)).toBeVisible();
    await expect(notice).toContainText(
      'They were not saved yet. Save to keep them, or discard them to go back to the saved targets.',
    );
    await expect(details).toBeHidden();
    await expect(notice.getByRole('button', { name: 'Keep them', exact: true })).toHaveText(
      'Keep them',
    );
    await discard.click();
    await expect(notice).toHaveCount(0);
  });
});
