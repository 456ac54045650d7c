import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const { grid, cell } = targetsGrid(new Date().getFullYear());

/** WCAG 1.4.12's text spacing, as the usual bookmarklet sets it (over every element). */
const TEXT_SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

test.use({ viewport: { width: 320, height: 700 } });

test('with the user’s text spacing, the targets at 320 px show their values whole and their names inside their rows', async ({
  page,
}) => {
  await page.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    });
  }, TEXT_SPACING);
  await signIn(page, 'planner', '/targets');
  await expect(grid(page)).toBeVisible();
  await expect(cell(page, 'Flowdesk Demo AS', 0)).toHaveText('2,900,000');
  // Cut short, "2,900,000" read "2,900,0…": a cell's text wider than the room inside it (its
  // scrollWidth does not show it: the text is right-aligned).
  const cut = await grid(page)
    .getByRole('gridcell')
    .evaluateAll((cells) =>
      cells
        .filter((c) => {
          const text = document.createRange();
          text.selectNodeContents(c);
          const style = getComputedStyle(c);
          const room =
            c.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return text.getBoundingClientRect().width > room;
        })
        .map((c) => c.textContent),
    );
  expect(cut).toEqual([]);

  // The row names take two lines in a narrow grid: with a line height of 1.5 those were taller
  // than the row, over the next row's name. Each now stays inside its row.
  const over = await grid(page)
    .getByRole('rowheader')
    .evaluateAll((headers) =>
      headers
        .filter((h) => {
          const name = h.querySelector('span');
          if (!name) return false;
          const [row, text] = [h.getBoundingClientRect(), name.getBoundingClientRect()];
          return text.top < row.top || text.bottom > row.bottom;
        })
        .map((h) => h.getAttribute('aria-label')),
    );
  expect(over).toEqual([]);
  // Page Down goes a page of the taller rows: the row it lands on is in view.
  await cell(page, 'Flowdesk Demo AS', 0).click();
  await page.keyboard.press('PageDown');
  const landed = page.locator(':focus');
  await expect(landed).toHaveRole('gridcell');
  await expect(landed).toBeInViewport({ ratio: 1 });
  await expectNoAxeViolations(page);
});
