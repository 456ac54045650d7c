import type { Page } from '@playwright/test';

/**
 * The targets grid of `year` as a user finds it: by its name, a row by its row header, and a value
 * cell by row name and period index (0 = January).
 */
export function targetsGrid(year: number) {
  const grid = (page: Page) => page.getByRole('grid', { name: `Targets ${year}` });
  const row = (page: Page, name: string) =>
    grid(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}(,|$)`) }) });
  const cell = (page: Page, name: string, period: number) =>
    row(page, name).locator(`[role="gridcell"][aria-colindex="${period + 2}"]`);
  return { grid, row, cell };
}
