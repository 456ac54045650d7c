import { expect, test, type Page } from '@playwright/test';
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
    const what = '3 × 1 cells (3 changed). Skipped All – Sales Nordics, which adds up its users.';
    await expect(page.getByText(`Pasted ${what}`, { exact: true }).first()).toBeVisible();
    // Undo and redo say the action they take back or bring again, as for a lock ("Undone: locked
    // Leo Russo."); they said "Undone: paste 3 × 1: 3 cells changed…", a noun.
    await page.keyboard.press('Control+Z');
    await expect(cell(page, 'Olivia Grant', 0)).not.toHaveText('111');
    await expect(page.getByText(`Undone: pasted ${what}`, { exact: true }).first()).toBeVisible();
    await page.keyboard.press('Control+Y');
    await expect(cell(page, 'Olivia Grant', 0)).toHaveText('111');
    await expect(page.getByText(`Redone: pasted ${what}`, { exact: true }).first()).toBeVisible();
  });

  test('a paste with an amount in another currency than its row’s is refused, naming the cell', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    const january = cell(page, 'Lena Wolf', 0);
    const february = cell(page, 'Lena Wolf', 1);
    const before = [(await january.textContent())!, (await february.textContent())!];
    await january.click();
    // Lena Wolf's row is in EUR: "$1,000" was stored as 1,000 euros, "200 NOK" as 200 euros.
    await page.evaluate((text) => navigator.clipboard.writeText(text), '€1,000\t200 NOK\r\n');
    await page.keyboard.press('Control+V');
    await expect(
      page
        .getByText(
          'Paste refused: "200 NOK" (for Lena Wolf, February; row 1, column 2 of the copied cells) is in another currency (NOK) than its row, which is in EUR. Write it as €200, 200 EUR or just 200. Nothing was changed.',
        )
        .first(),
    ).toBeVisible();
    await expect(january).toHaveText(before[0]);
    await expect(february).toHaveText(before[1]);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    // The row's own currency, by its sign and its code, is read.
    await page.evaluate((text) => navigator.clipboard.writeText(text), '€1,000\t200 EUR\r\n');
    await january.click();
    await page.keyboard.press('Control+V');
    await expect(january).toHaveText('1,000');
    await expect(february).toHaveText('200');
  });

  test('a paste from a Norwegian sheet, its amounts written with "kr", goes into a NOK row', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    // Chloe Martin's row is in NOK. "kr" is how nb-NO writes NOK: the paste was refused as "not
    // a number" for an en-US planner, whose culture writes NOK as "NOK".
    const months = [0, 1, 2].map((period) => cell(page, 'Chloe Martin', period));
    await months[0].click();
    await page.evaluate(
      (text) => navigator.clipboard.writeText(text),
      'kr 1,234\t2 000 kr\tNOK 300\r\n',
    );
    await page.keyboard.press('Control+V');
    await expect(months[0]).toHaveText('1,234');
    await expect(months[1]).toHaveText('2,000');
    await expect(months[2]).toHaveText('300');
    await expect(page.getByText(/Paste refused/)).toHaveCount(0);
  });
});

test.describe('targets paste: one number format per block', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** Signs the planner in with `culture` (under Connection settings) on the targets page. */
  async function openAsPlanner(page: Page, culture: string) {
    await page.goto('/targets');
    await page.getByLabel('User name').fill('planner');
    await page.getByLabel('Password').fill('planner');
    await page.getByRole('button', { name: 'Connection settings' }).click();
    await page.getByRole('textbox', { name: 'Culture', exact: true }).fill(culture);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(cell(page, 'Lena Wolf', 0)).toHaveText(/\d/);
  }
  /** Pastes `text` through the clipboard at Lena Wolf's January (a EUR row, not saved here). */
  async function pasteAtLena(page: Page, text: string) {
    await cell(page, 'Lena Wolf', 0).click();
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+V');
  }
  const lena = (page: Page) => [0, 1, 2, 3].map((period) => cell(page, 'Lena Wolf', period));

  test('an en-GB planner pastes a German row: "2.000" next to "1.234,56" is two thousand', async ({
    page,
  }) => {
    await openAsPlanner(page, 'en-GB');
    await pasteAtLena(page, '1.234,56\t2.000\t15.000\t120.500\r\n');
    // It read 1,234.56 | 2 | 15 | 120.50: each cell alone, "2.000" by the planner's culture.
    const months = lena(page);
    await expect(months[0]).toHaveText('1,234.56');
    await expect(months[1]).toHaveText('2,000');
    await expect(months[2]).toHaveText('15,000');
    await expect(months[3]).toHaveText('120,500');
    await expect(page.getByText(/Paste refused/)).toHaveCount(0);
  });

  test('a de-DE planner pastes an English row: "2,000" next to "1,234.56" is two thousand', async ({
    page,
  }) => {
    await openAsPlanner(page, 'de-DE');
    await pasteAtLena(page, '1,234.56\t2,000\t15,000\t120,500\r\n');
    const months = lena(page);
    await expect(months[0]).toHaveText('1.234,56');
    await expect(months[1]).toHaveText('2.000');
    await expect(months[2]).toHaveText('15.000');
    await expect(months[3]).toHaveText('120.500');
  });

  test('a point after an apostrophe thousands group is the decimal one for an it-IT planner', async ({
    page,
  }) => {
    // A Swiss amount (typographic apostrophe) pasted by an it-IT planner: it read 3.673.651.
    await openAsPlanner(page, 'it-IT');
    await pasteAtLena(page, '3’673.651\r\n');
    await expect(lena(page)[0]).toHaveText('3673,65');
    await expect(page.getByText(/Paste refused/)).toHaveCount(0);
  });

  test('a point after a space thousands group is the decimal one for a de-DE planner', async ({
    page,
  }) => {
    await openAsPlanner(page, 'de-DE');
    // It read 1.234.567: the point taken as a second thousands separator.
    await pasteAtLena(page, '1 234.567\r\n');
    await expect(lena(page)[0]).toHaveText('1.234,57');
    await expect(page.getByText(/Paste refused/)).toHaveCount(0);
  });

  test('a block that writes decimals both ways is refused, naming both cells', async ({ page }) => {
    await openAsPlanner(page, 'en-GB');
    const before = await Promise.all(lena(page).map((c) => c.textContent()));
    await pasteAtLena(page, '1.234,56\t1,234.56\r\n');
    await expect(
      page
        .getByText(
          'Paste refused: "1,234.56" (for Lena Wolf, February; row 1, column 2 of the copied cells) has a decimal point, but "1.234,56" (row 1, column 1) has a decimal comma: write all the copied numbers in one format and paste again. Nothing was changed.',
        )
        .first(),
    ).toBeVisible();
    await expect(lena(page)[0]).toHaveText(before[0]!);
    await expect(lena(page)[1]).toHaveText(before[1]!);
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
