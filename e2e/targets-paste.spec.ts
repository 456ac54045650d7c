import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

test.describe('targets paste', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a block from a spreadsheet goes past the sum row: each line lands on the next row one types into', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    // The group's January as the page shows it (earlier specs may have saved other values): the
    // sum row changes by exactly what the paste changes in Olivia's and Sofie's cells.
    const amount = async (name: string) => {
      await expect(cell(page, name, 0)).toHaveText(/\d/);
      return Number((await cell(page, name, 0).textContent())!.replace(/[^\d.-]/g, ''));
    };
    const sumBefore = await amount('All – Sales Nordics');
    const pastedOver = (await amount('Olivia Grant')) + (await amount('Sofie Strand'));
    const sumAfter = (sumBefore - pastedOver + 111 + 222).toLocaleString('en-US');
    await cell(page, 'Olivia Grant', 0).click();
    // Three lines copied from Excel, for Olivia Grant, Sofie Strand and Sales DACH (the sum row
    // All – Sales Nordics between them is not in the copy).
    await page.evaluate((text) => navigator.clipboard.writeText(text), '111\r\n222\r\n333\r\n');
    await page.keyboard.press('Control+V');
    await expect(cell(page, 'Olivia Grant', 0)).toHaveText('111');
    await expect(cell(page, 'Sofie Strand', 0)).toHaveText('222');
    // The third line was left out on the sum row, and Sales DACH got nothing.
    await expect(cell(page, 'Sales DACH', 0)).toHaveText('333');
    await expect(cell(page, 'All – Sales Nordics', 0)).toHaveText(sumAfter);
    await expect(
      page
        .getByText(
          'Paste 3 × 1: 3 cells changed. Skipped All – Sales Nordics, which adds up its users',
        )
        .first(),
    ).toBeVisible();
  });
});
