import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { clearFaults, rewriteAnswers, type Right } from './sandboxFaults.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * A row whose fields the planner's role may not see (FieldRight None, contract §2) on one
 * assignment only, as a tenant may send it: the sandbox rewrites Chloe Martin's row. Hidden
 * fields are hidden: no figure, no currency, no lock shows for that row, and the sums that
 * are shown leave it out and say so.
 */
const year = new Date().getFullYear();
const { grid, row, cell } = targetsGrid(year);
const HIDDEN = 'Chloe Martin';
/** The sum of the users of Chloe's group (NOK, the currency the footer adds up). */
const SUM_ROW = 'All – Sales Nordics';
const REASON = 'Not your user group';
const YEAR_TOTAL = 12;

const hide = (page: Page, fieldRights: Record<string, Right>) =>
  rewriteAnswers(page.request, {
    on: 'Agents/Targets/GetTargetGroup',
    carrierContains: HIDDEN,
    fieldRights,
  });

async function openTargets(page: Page) {
  await signIn(page, 'planner', '/targets');
  await expect(grid(page)).toBeVisible();
}

/** The amount a cell shows, as a number ("12,500.00" → 12500). */
const amount = async (page: Page, name: string, period: number) =>
  Number((await cell(page, name, period).textContent())!.replace(/[^\d.-]/g, ''));

test.describe('targets: a row whose fields the planner may not see', () => {
  test.use({
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1440, height: 900 },
  });
  test.afterEach(async ({ request }) => {
    await clearFaults(request);
  });

  test('hidden Values: the row shows no figure, copies none, and the sums leave it out', async ({
    page,
  }) => {
    // What the sums are with the row in them.
    await openTargets(page);
    const shown = await amount(page, HIDDEN, 0);
    const sumBefore = await amount(page, SUM_ROW, 0);
    const footer = grid(page).getByRole('row').last();
    const footerBefore = Number(
      (await footer.getByRole('gridcell').first().textContent())!.replace(/[^\d.-]/g, ''),
    );
    expect(shown).toBeGreaterThan(0);

    await hide(page, { Values: { mask: 'None', reason: REASON } });
    await page.reload();
    await expect(grid(page)).toBeVisible();

    // No figure: a muted dash, named as not shown, read-only; the year total too.
    for (const period of [0, 5]) {
      const c = cell(page, HIDDEN, period);
      await expect(c).toHaveText('—');
      await expect(c).toHaveAccessibleName('Not shown');
      await expect(c).toHaveAttribute('aria-readonly', 'true');
    }
    await expect(row(page, HIDDEN).getByRole('rowheader')).toHaveAccessibleName(
      `${HIDDEN}, targets not shown: ${REASON}.`,
    );
    await expect(row(page, HIDDEN)).not.toContainText(String(Math.trunc(shown)));

    // The group's sum and the footer add up the users shown, and say one is not.
    const sumRow = row(page, SUM_ROW).getByRole('rowheader');
    await expect(sumRow).toContainText('1 user not shown');
    await expect(sumRow).toHaveAccessibleName(/1 user not shown/);
    expect(await amount(page, SUM_ROW, 0)).toBeCloseTo(sumBefore - shown, 2);
    await expect(footer.getByRole('rowheader')).toHaveAccessibleName(
      'Total of users in NOK, 1 user not shown',
    );
    await expect(footer.getByRole('rowheader')).toContainText('1 not shown');
    const footerAfter = Number(
      (await footer.getByRole('gridcell').first().textContent())!.replace(/[^\d.-]/g, ''),
    );
    expect(footerAfter).toBeCloseTo(footerBefore - shown, 2);

    // Ctrl+C copies the hidden cells as empty.
    await cell(page, HIDDEN, 0).click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('\t');

    // Typing is refused, with the reason.
    await page.keyboard.type('5');
    await expect(page.getByText(`${HIDDEN} cannot be changed. ${REASON}.`).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(cell(page, HIDDEN, 0)).toHaveText('—');

    // Its year total neither.
    await page.keyboard.press('End');
    const total = cell(page, HIDDEN, YEAR_TOTAL);
    await expect(total).toBeFocused();
    await expect(total).toHaveText('—');
    await expect(total).toHaveAccessibleName('Not shown');
    await page.keyboard.press('Control+C');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('\r\n');
    await page.keyboard.press('Home');

    await page.screenshot({ path: test.info().outputPath('hidden-values-1440.png') });
    await expectNoAxeViolations(page);
  });

  test('hidden Currency: the group shows no currency code, nor do its users, and says so', async ({
    page,
  }) => {
    await rewriteAnswers(page.request, {
      on: 'Agents/Targets/GetTargetGroup',
      carrierContains: 'Sales DACH',
      fieldRights: { Currency: { mask: 'None', reason: 'Your role may not see the currency' } },
    });
    await openTargets(page);
    await expect(row(page, 'Sales DACH').getByRole('rowheader')).toHaveAccessibleName(
      'Sales DACH, currency not shown',
    );
    // Other groups keep theirs.
    await expect(row(page, 'Sales Nordics').getByRole('rowheader')).toHaveAccessibleName(
      /^Sales Nordics, NOK/,
    );
    // EUR is nowhere: not on the row, not in the totals note, not in the sum of a user's cells.
    await expect(page.getByRole('main')).not.toContainText('EUR');
    await expect(
      page.getByText(
        'The totals add up the users with targets in NOK; users in JPY, USD and currencies that are not shown are not added, as amounts in different currencies do not add up.',
      ),
    ).toBeVisible();
    await cell(page, 'Leo Russo', 0).click();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByText(/^2 cells · Sum [\d,.]+$/)).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('EUR');

    // An amount typed with a currency is refused without naming the row's.
    await page.keyboard.type('15 USD');
    await page.keyboard.press('Enter');
    await expect(
      page.getByText(
        '"15 USD" has a currency (USD), and its row\'s currency is not shown. Write it as just 15.',
      ),
    ).toBeVisible();
    await page.keyboard.press('Escape');

    await page.screenshot({ path: test.info().outputPath('hidden-currency-1440.png') });
    await expectNoAxeViolations(page);
  });

  test('hidden Locked: a locked row shows no lock nor lock item, and stays read-only', async ({
    page,
  }) => {
    // Henry Shaw's row is locked in the sandbox.
    await rewriteAnswers(page.request, {
      on: 'Agents/Targets/GetTargetGroup',
      carrierContains: 'Henry Shaw',
      fieldRights: { Locked: { mask: 'None', reason: 'Your role may not see locks' } },
    });
    await openTargets(page);
    const henry = row(page, 'Henry Shaw');
    await expect(henry.getByRole('rowheader')).toHaveAccessibleName(
      'Henry Shaw, read-only: You do not have permission to change this row.',
    );
    await expect(henry.getByTitle(/lock/i)).toHaveCount(0);
    // Lars Holm's lock is his to see.
    await expect(row(page, 'Lars Holm').getByRole('rowheader')).toHaveAccessibleName(
      'Lars Holm, locked',
    );
    const first = cell(page, 'Henry Shaw', 0);
    await expect(first).toHaveAttribute('aria-readonly', 'true');

    // Typing is refused without a word of a lock.
    const before = await first.textContent();
    await first.click();
    await page.keyboard.type('5');
    const refusal = page.getByText(
      'Henry Shaw cannot be changed. You do not have permission to change this row.',
    );
    await expect(refusal.first()).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/Henry Shaw is locked|unlock/i);
    await page.keyboard.press('Escape');
    await expect(first).toHaveText(before!);

    // Its menu has no lock item.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Actions for Henry Shaw' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: /lock/i })).toHaveCount(0);
    await expect(menu).toHaveAccessibleDescription(
      'You do not have permission to change this row.',
    );
    await page.screenshot({ path: test.info().outputPath('hidden-lock-1440.png') });
    await expectNoAxeViolations(page);
  });
});
