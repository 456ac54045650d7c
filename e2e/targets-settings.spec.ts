import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, type DemoUser } from './fixtures.ts';
import { deleteTargetGroupOfYear, targetsAsAdmin as targets } from './targetsAdminApi.ts';

/**
 * Group settings on the Targets page (Year, PeriodType, EntityType) against the real sandbox.
 * Each test sets up its own group (years no other spec touches) through the API, and every group
 * of those years goes after each test, so any test runs alone, in any order, and again on the
 * same database.
 */
/** The group changed from Month to Quarter. */
const YEAR = 2041;
/** The group moved, from FROM to MOVED. */
const FROM = 2042;
const MOVED = 2043;
/** The quarterly group the planner, the viewer and the unsaved edits open (none saves it). */
const SHOWN = 2044;
const thisYear = new Date().getFullYear();

/** Every year this spec puts a group in: each test starts and ends with none of them. */
const specYears = [YEAR, FROM, MOVED, SHOWN];

async function deleteSpecGroups(request: APIRequestContext) {
  for (const year of specYears) await deleteTargetGroupOfYear(request, year);
}

/**
 * A new group for `year`: Chloe Martin 1,000, 2,000, … per period (78,000 a year by month, 10,000
 * by quarter), Ella Sand 100.01 a period and locked (1,200.12 a year by month), everyone else 0.
 */
async function createGroup(
  request: APIRequestContext,
  year: number,
  periodType: 'Month' | 'Quarter',
) {
  const draft = await targets(request, 'CreateDefaultTargetGroup', {
    Year: year,
    PeriodType: periodType,
  });
  for (const a of draft.TargetAssignments) {
    const name = a.TargetAssociate?.FullName;
    if (name === 'Chloe Martin') a.Values = a.Values.map((_: number, i: number) => (i + 1) * 1000);
    if (name === 'Ella Sand') {
      a.Values = a.Values.map(() => 100.01);
      a.Locked = true;
    }
  }
  await targets(request, 'SaveTargetGroup', draft);
}

const grid = (page: Page, year: number) => page.getByRole('grid', { name: `Targets ${year}` });
const row = (page: Page, year: number, name: string) =>
  grid(page, year)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}(,|$)`) }) });
/** A value cell by column (0 = the first period; the periods' count = the total column). */
const cell = (page: Page, year: number, name: string, col: number) =>
  row(page, year, name).locator(`[role="gridcell"][aria-colindex="${col + 2}"]`);
const headers = (page: Page, year: number) =>
  grid(page, year).getByRole('row').first().getByRole('columnheader');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Group settings' });

async function openTargets(page: Page, user: DemoUser, year: number) {
  await signIn(page, user, `/targets?year=${year}`);
  await expect(grid(page, year)).toBeVisible();
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Group settings' }).click();
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

test.describe('targets group settings', () => {
  // Also before: a run stopped midway (or a spec of the same years) may have left a group behind.
  test.beforeEach(async ({ request }) => {
    await deleteSpecGroups(request);
  });
  test.afterEach(async ({ request }) => {
    await deleteSpecGroups(request);
  });

  test('an admin changes Month → Quarter: 4 quarterly columns, the same row totals', async ({
    page,
    request,
  }) => {
    await createGroup(request, YEAR, 'Month');
    await openTargets(page, 'admin', YEAR);
    await expect(page.getByText('Monthly ·')).toBeVisible();
    // The year total is the last column (scrolled into view with End).
    await cell(page, YEAR, 'Chloe Martin', 0).click();
    await page.keyboard.press('End');
    await expect(cell(page, YEAR, 'Chloe Martin', 12)).toHaveText('78,000');
    await expect(cell(page, YEAR, 'Ella Sand', 12)).toHaveText('1,200.12');

    const d = await openSettings(page);
    await expect(d.getByLabel('Year')).toHaveValue(String(YEAR));
    await expect(d.getByRole('combobox', { name: 'Period type' })).toHaveText('Month');
    await expect(d.getByRole('combobox', { name: 'Entity type' })).toHaveText('Sale');
    await expect(d.getByRole('button', { name: 'Save settings' })).toBeDisabled();

    await d.getByRole('combobox', { name: 'Period type' }).click();
    await page.getByRole('option', { name: 'Quarter' }).click();
    await expect(
      d.getByText(
        '12 monthly values per row become 4 quarterly values: each quarter is the sum of its 3 months, so yearly totals are kept.',
      ),
    ).toBeVisible();
    await expect(
      d.getByText('1 locked row is regrouped the same way; its approved totals stay as they are.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await d.getByRole('button', { name: 'Save settings' }).click();
    await expect(d).toBeHidden();
    await expect(page.getByText('Quarterly ·')).toBeVisible();
    await expect(headers(page, YEAR)).toHaveText(['Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Year total']);
    const chloe = ['6,000', '15,000', '24,000', '33,000', '78,000'];
    for (const [i, text] of chloe.entries())
      await expect(cell(page, YEAR, 'Chloe Martin', i)).toHaveText(text);
    await expect(cell(page, YEAR, 'Ella Sand', 0)).toHaveText('300.03');
    await expect(cell(page, YEAR, 'Ella Sand', 4)).toHaveText('1,200.12');

    await page.reload();
    await expect(headers(page, YEAR)).toHaveText(['Target', 'Q1', 'Q2', 'Q3', 'Q4', 'Year total']);
    for (const [i, text] of chloe.entries())
      await expect(cell(page, YEAR, 'Chloe Martin', i)).toHaveText(text);
    await expect(cell(page, YEAR, 'Ella Sand', 4)).toHaveText('1,200.12');
    await expect(row(page, YEAR, 'Ella Sand').getByRole('rowheader')).toHaveAccessibleName(
      /locked/i,
    );

    // The row's history has the change; older values are still named by month.
    await row(page, YEAR, 'Chloe Martin').getByRole('rowheader').click();
    await page.keyboard.press('Shift+F10');
    await page
      .getByRole('menu', { name: 'Actions for Chloe Martin' })
      .getByRole('menuitem', { name: 'Revision history' })
      .click();
    const revisions = page
      .getByRole('complementary', { name: 'Revision history' })
      .getByRole('list')
      .first()
      .locator(':scope > li');
    await expect(revisions.first()).toContainText('Group settings changed');
    await expect(revisions.first()).toContainText('Period type Month → Quarter');
    await expect(revisions.first()).toContainText('Q4 – → 33,000');
    await expect(revisions.last()).toContainText('Created');
    await expect(revisions.last()).toContainText('December 0 → 12,000');
  });

  test('an admin moves the group to another year; a year that has targets is refused', async ({
    page,
    request,
  }) => {
    await createGroup(request, FROM, 'Quarter');
    await openTargets(page, 'admin', FROM);
    const d = await openSettings(page);
    const yearField = d.getByLabel('Year');
    const moves = (to: number) => d.getByText(`The targets move from ${FROM} to ${to}`);
    // A year that cannot be saved: its field says why, and nothing is said about moving there
    // (it said "When you save: The targets move from 2042 to 1900; …" beside the error).
    await yearField.fill('1900');
    await expect(d.getByText('When you save')).toBeHidden();
    await d.getByRole('button', { name: 'Save settings' }).click();
    await expect(yearField).toHaveAccessibleDescription(/Enter a year from 2000 to 2100\./);
    await expect(d.getByText('When you save')).toBeHidden();

    await yearField.fill(String(thisYear));
    await expect(moves(thisYear)).toBeVisible();
    await d.getByRole('button', { name: 'Save settings' }).click();
    // Refused on the field; the dialog and the input stay, and the move is no longer described.
    await expect(yearField).toHaveAccessibleDescription(
      new RegExp(`“All sales” targets for ${thisYear} already exist\\. Choose another year\\.`),
    );
    await expect(yearField).toHaveValue(String(thisYear));
    await expect(yearField).toHaveAttribute('aria-invalid', 'true');
    await expect(moves(thisYear)).toBeHidden();

    await yearField.fill(String(MOVED));
    await expect(moves(MOVED)).toBeVisible();
    await d.getByRole('button', { name: 'Save settings' }).click();
    await expect(d).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`[?&]year=${MOVED}(&|$)`));
    await expect(grid(page, MOVED)).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue(String(MOVED));
    await expect(cell(page, MOVED, 'Chloe Martin', 4)).toHaveText('10,000');

    await page.goto(`/targets?year=${FROM}`);
    await expect(page.getByRole('heading', { name: `No targets for ${FROM} yet` })).toBeVisible();
  });

  test('the planner sees the settings disabled, with the reason', async ({ page, request }) => {
    await createGroup(request, SHOWN, 'Quarter');
    await openTargets(page, 'planner', SHOWN);
    const d = await openSettings(page);
    await expect(d.getByLabel('Year')).toBeDisabled();
    await expect(d.getByLabel('Year')).toHaveValue(String(SHOWN));
    await expect(d.getByRole('combobox', { name: 'Period type' })).toBeDisabled();
    await expect(d.getByRole('combobox', { name: 'Period type' })).toHaveText('Quarter');
    await expect(d.getByRole('combobox', { name: 'Entity type' })).toBeDisabled();
    await expect(d.getByLabel('Year')).toHaveAccessibleDescription(
      /Only a 'Targets administrator' may change this\./,
    );
    // A sentence, with its full stop (the server sends it without).
    await expect(d.getByText(/Only a 'Targets administrator' may change this\.$/)).toHaveCount(3);
    await expect(d.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // One Close, in the footer (the corner one made two).
    await expect(d.getByRole('button', { name: 'Close' })).toHaveCount(1);
    await d.getByRole('button', { name: 'Close' }).click();
    await expect(d).toBeHidden();
    await expect(page.getByRole('button', { name: 'Group settings' })).toBeFocused();
  });

  test('the viewer sees them read-only', async ({ page, request }) => {
    await createGroup(request, SHOWN, 'Quarter');
    await openTargets(page, 'viewer', SHOWN);
    const d = await openSettings(page);
    await expect(d.getByText('Read-only: Your role may view but not change this')).toBeVisible();
    await expect(d.getByLabel('Year')).toBeDisabled();
    await expect(d.getByRole('combobox', { name: 'Period type' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(d).toBeHidden();
  });

  test('an admin with unsaved edits in the grid is asked to save or discard them first', async ({
    page,
    request,
  }) => {
    await createGroup(request, SHOWN, 'Quarter');
    await openTargets(page, 'admin', SHOWN);
    await cell(page, SHOWN, 'Chloe Martin', 0).click();
    await page.keyboard.type('7000');
    await page.keyboard.press('Enter');
    await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
    const d = await openSettings(page);
    await expect(
      d.getByText(
        'Read-only: The grid has unsaved changes. Save or discard them first: new settings apply to the saved targets.',
      ),
    ).toBeVisible();
    await expect(d.getByRole('combobox', { name: 'Period type' })).toBeDisabled();
    await expect(d.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  });
});
