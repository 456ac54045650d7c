import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

test.describe('targets paste: amounts with a one-letter currency unit', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a paste from a Japanese sheet, its amounts written "1,234円", goes into a JPY row', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    // Anna Fischer's row is in JPY, at the end of the group: Ctrl+ArrowDown brings it into view.
    await cell(page, 'Chloe Martin', 0).click();
    await page.keyboard.press('Control+ArrowDown');
    const months = [0, 1].map((period) => cell(page, 'Anna Fischer', period));
    await expect(months[0]).toHaveText(/\d/);
    await months[0].click();
    // Japanese sheets write yen with the unit 円 after the amount; this paste was refused as
    // '"1,234円" … is not a number'.
    await page.evaluate((text) => navigator.clipboard.writeText(text), '1,234円\t2,000 円\r\n');
    await page.keyboard.press('Control+V');
    await expect(months[0]).toHaveText('1,234');
    await expect(months[1]).toHaveText('2,000');
    await expect(page.getByText(/Paste refused/)).toHaveCount(0);
    // In a row of another currency, 円 is named as the foreign currency it is.
    const noah = cell(page, 'Noah Vik', 0);
    await noah.click();
    const before = (await noah.textContent())!;
    await page.keyboard.press('Control+V');
    await expect(
      page
        .getByText(
          /^Paste refused: "1,234円" \(for Noah Vik, January; row 1, column 1 of the copied cells\) is in another currency \(円\) than its row, which is in EUR\./,
        )
        .first(),
    ).toBeVisible();
    await expect(noah).toHaveText(before);
  });
});
