import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, type DemoUser } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/*
 * The Targets page's revision history panel and CSV export / import, against the real sandbox.
 * targets.spec.ts shares the database and uses Chloe Martin, Ella Sand, Jonas Keller, Nora Berg,
 * Olivia Grant and Lena Wolf; this file keeps to other rows, and puts back every lock it changes.
 */

const year = new Date().getFullYear();
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const grid = (page: Page) => page.getByRole('grid', { name: `Targets ${year}` });
const rowHeaderIn = (scope: Page | Locator, name: string) =>
  scope.getByRole('rowheader', { name: new RegExp(`^${name}(,|$)`) });
const rowHeader = (page: Page, name: string) => rowHeaderIn(grid(page), name);
const row = (page: Page, name: string) =>
  grid(page)
    .getByRole('row')
    .filter({ has: rowHeaderIn(page, name) });
/** A value cell by row name and period index (0 = January). */
const cell = (page: Page, name: string, period: number) =>
  row(page, name).locator(`[role="gridcell"][aria-colindex="${period + 2}"]`);
/** Whether a cell shows whole inside the grid's scroll box (right of the row headers). */
const insideGrid = (target: Locator) =>
  target.evaluate((el) => {
    const grid = el.closest('[role="grid"]')!;
    const box = grid.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const right = box.left + grid.clientLeft + grid.clientWidth;
    return r.left >= box.left && r.right <= right + 0.5;
  });
const historyPanel = (page: Page) => page.getByRole('complementary', { name: 'Revision history' });
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import CSV' });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save' });

async function openTargets(page: Page, user: DemoUser) {
  await signIn(page, user, '/targets');
  await expect(page.getByRole('heading', { level: 1, name: 'Targets' })).toBeVisible();
  await expect(grid(page)).toBeVisible();
}

/** Saves and waits until the server has answered (Save is disabled again, no error banner). */
async function save(page: Page) {
  await saveButton(page).click();
  await expect(saveButton(page)).toBeDisabled();
  await expect(page.getByText(/unsaved change/)).toBeHidden();
  await expect(page.getByText('The targets were not saved')).toBeHidden();
}

/** Opens a row's actions menu from its row header with the keyboard (Shift+F10). */
async function openRowMenu(page: Page, name: string): Promise<Locator> {
  await rowHeader(page, name).click();
  await expect(rowHeader(page, name)).toBeFocused();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: `Actions for ${name}` });
  await expect(menu).toBeVisible();
  // Focus is in the menu (on the menu, or on its first item), so arrow keys move in it.
  await expect(menu.locator(':focus').or(menu.and(page.locator(':focus')))).toHaveCount(1);
  return menu;
}

/** Opens a row's revision history from its actions menu, by keyboard only. */
async function openHistory(page: Page, name: string) {
  const menu = await openRowMenu(page, name);
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Revision history' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  const panel = historyPanel(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByText(name, { exact: true })).toBeVisible();
  // The heading takes focus, so a screen reader starts reading at the panel.
  await expect(panel.getByRole('heading', { name: 'Revision history' })).toBeFocused();
  return panel;
}

/** The revisions in the panel, newest first. */
const revisions = (panel: Locator) => panel.getByRole('list').first().locator(':scope > li');

/** The number the grid shows, as the CSV writes it ("1,234.5" → "1234.5"). */
const plain = (shown: string | null) => (shown ?? '').replaceAll(',', '');

// A fault a test armed and did not use up (it failed before clearing it) must not hit the next.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test.describe('targets revision history', () => {
  test('a history that fails to load says so as other lists do, and Try again loads it', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    // Three times: the first answer and the two retries a load makes after a 5xx.
    await armFault(page.request, { on: 'GetTargetRevisionHistory', kind: 'error500', times: 3 });
    const panel = await openHistory(page, 'Henry Shaw');
    const warning = panel.getByRole('alert');
    await expect(warning).toContainText('Could not load the revision history');
    // The ApiError's userMessage, as every other list says it (it was the bare server message).
    await expect(warning).toContainText(
      'The server failed (500): Injected failure (sandbox fault). Try again in a moment.',
    );
    await expectNoAxeViolations(page);

    const again = warning.getByRole('button', { name: 'Try again' });
    await again.focus();
    await page.keyboard.press('Enter');
    await expect(revisions(panel).last()).toHaveText(/^CreatedAda Admin · .+January 0 → /);
    await expect(warning).toBeHidden();
    await expect(panel.getByRole('region', { name: 'Changes to Henry Shaw' })).toBeFocused();
  });

  test('a saved edit shows up in the row’s history: old and new value, who and when', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const march = cell(page, 'Sofie Strand', 2);
    const before = await march.textContent();
    expect(before).toMatch(/^\d{1,3}(,\d{3})*$/);
    await march.click();
    await page.keyboard.type('251500');
    await page.keyboard.press('Enter');
    await expect(march).toHaveText('251,500');
    const started = Date.now();
    await save(page);
    const saved = Date.now();

    const panel = await openHistory(page, 'Sofie Strand');
    const newest = revisions(panel).first();
    await expect(newest.getByText('Values changed')).toBeVisible();
    await expect(newest.getByText(/^Paul Planner · /)).toBeVisible();
    await expect(newest.getByRole('listitem')).toHaveText([`March ${before} → 251,500`]);
    const when = Date.parse((await newest.locator('time').getAttribute('datetime')) ?? '');
    expect(when).toBeGreaterThanOrEqual(started - 1000);
    expect(when).toBeLessThanOrEqual(saved + 1000);
    const shownWhen = await page.evaluate(
      (iso) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
      new Date(when).toISOString(),
    );
    await expect(newest.locator('time')).toHaveText(shownWhen);
    // The seeded creation is still there, oldest last, by the administrator.
    await expect(revisions(panel).last().getByText('Created')).toBeVisible();
    await expect(
      revisions(panel)
        .last()
        .getByText(/^Ada Admin · /),
    ).toBeVisible();

    // Keyboard: Tab reaches the close button; Escape closes and gives focus back to the row.
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Close history' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(rowHeader(page, 'Sofie Strand')).toBeFocused();
  });

  test('the history panel is keyboard reachable and has no axe violations', async ({ page }) => {
    await openTargets(page, 'planner');
    const panel = await openHistory(page, 'Mats Aas');
    await expect(revisions(panel).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Back to the grid, then Tab out of the row's last cell reaches the panel.
    await cell(page, 'Mats Aas', 0).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Close history' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel).toBeHidden();
    await expect(grid(page).locator(':focus')).toHaveCount(1);
  });

  test('the history panel takes the focus when its row was reached by the keyboard alone', async ({
    page,
  }) => {
    // Narrow enough that the panel opening beside the grid makes it re-render.
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTargets(page, 'admin');
    // Into the grid as a keyboard user: Tab from the pickers, then Ctrl+Home, down, to the name.
    await page.getByLabel('Year').focus();
    for (let i = 0; i < 8 && !(await grid(page).locator(':focus').count()); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Home');
    // The first row is the group's sum; the second, its first user.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await expect(grid(page).getByRole('rowheader').nth(2)).toBeFocused();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: /^Actions for / });
    await expect(menu).toBeVisible();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Revision history' })).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = historyPanel(page);
    await expect(panel).toBeVisible();
    // The grid used to take the focus back to the row name a moment after the panel took it.
    await expect(panel.getByRole('heading', { name: 'Revision history' })).toBeFocused();
    await page.waitForTimeout(500);
    await expect(panel.getByRole('heading', { name: 'Revision history' })).toBeFocused();
  });

  test('the active cell stays in view when the grid gets narrower: a smaller window, the history beside it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openTargets(page, 'viewer');
    const july = cell(page, 'Henry Shaw', 6);
    await july.click();
    expect(await insideGrid(july)).toBe(true);
    // July was at the grid's right edge: it was left cut off there.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => insideGrid(july)).toBe(true);

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const april = cell(page, 'Henry Shaw', 4);
    await expect(april).toBeFocused();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menu', { name: 'Actions for Henry Shaw' })).toBeVisible();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(historyPanel(page)).toBeVisible();
    await expect.poll(() => insideGrid(april)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(april).toBeFocused();
  });

  test('in a narrow window the history covers the grid instead of squeezing it to nothing', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await openTargets(page, 'planner');
    const panel = await openHistory(page, 'Chloe Martin');
    // Beside the grid it took 340 of the 368 px, leaving the grid no period column and the
    // totals note a word per line; now it has the grid's whole width and the grid is hidden.
    const widths = await panel.evaluate((el) => ({
      panel: el.getBoundingClientRect().width,
      area: el.parentElement!.getBoundingClientRect().width,
    }));
    expect(widths.panel).toBeGreaterThanOrEqual(widths.area - 1);
    await expect(grid(page)).toBeHidden();
    await expect(panel.getByRole('region', { name: 'Changes to Chloe Martin' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(grid(page)).toBeVisible();
    await expect(rowHeader(page, 'Chloe Martin')).toBeFocused();
  });

  test('a lock and an unlock by the administrator show up as lock changes', async ({ page }) => {
    await openTargets(page, 'admin');
    const lock = async (item: 'Lock row' | 'Unlock row') => {
      const menu = await openRowMenu(page, 'Leo Russo');
      await menu.getByRole('menuitem', { name: item }).click();
      await save(page);
    };
    await lock('Lock row');
    await expect(cell(page, 'Leo Russo', 0)).toHaveAttribute('aria-readonly', 'true');
    const panel = await openHistory(page, 'Leo Russo');
    // Event, who · when, then the change.
    await expect(revisions(panel).first()).toHaveText(/^LockedAda Admin · .+Locked no → yes$/);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    // Put the row back as it was; the unlock is history too.
    await lock('Unlock row');
    await expect(cell(page, 'Leo Russo', 0)).not.toHaveAttribute('aria-readonly', 'true');
    await openHistory(page, 'Leo Russo');
    await expect(revisions(panel).first()).toHaveText(/^UnlockedAda Admin · .+Locked yes → no$/);
    await expect(revisions(panel).nth(1)).toHaveText(/^LockedAda Admin · .+Locked no → yes$/);
  });

  test('a viewer can open a row’s history', async ({ page }) => {
    await openTargets(page, 'viewer');
    const menu = await openRowMenu(page, 'Henry Shaw');
    await expect(menu.getByRole('menuitem', { name: 'Clear row' })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: /Lock row|Unlock row/ })).toHaveCount(0);
    await menu.getByRole('menuitem', { name: 'Revision history' }).click();
    const panel = historyPanel(page);
    await expect(panel.getByText('Henry Shaw', { exact: true })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Revision history' })).toBeFocused();
    // Henry Shaw was locked by the administrator when the demo data was made.
    await expect(revisions(panel).first()).toHaveText(/^LockedAda Admin · .+Locked no → yes$/);
    await expect(revisions(panel).last()).toHaveText(/^CreatedAda Admin · .+January 0 → /);
    await panel.getByRole('button', { name: 'Close history' }).click();
    await expect(panel).toBeHidden();
  });
});

/** Periods the grid shows without scrolling sideways at 1440 px (January to June). */
const SHOWN = 6;

/** A CSV in the export's layout: header, then one line per row; blank cells keep the value. */
function csvFile(lines: readonly (readonly (string | number)[])[], header = true) {
  const head = ['Row', ...months, 'Total'].join(',');
  const body = lines.map((l) => [...l, ...Array(13 - l.length).fill('')].join(',')).join('\r\n');
  return (header ? `${head}\r\n` : '') + body + '\r\n';
}

/** Presses Export CSV; the file downloaded, with the name it is offered under. */
async function exportCsv(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const chunks: Buffer[] = await (await file.createReadStream()).toArray();
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Picks a file through the Import CSV button's file chooser, as a user would. */
async function importCsv(page: Page, name: string, content: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  // The file input lies over the button (transparent): a click on the button is a click on it.
  await page.getByLabel('Import CSV').click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(name, { exact: true })).toBeVisible();
  return dialog;
}

/** What a row shows from January to June. */
const shownTexts = (page: Page, name: string) =>
  Promise.all(Array.from({ length: SHOWN }, (_, p) => cell(page, name, p).textContent()));
/** …as numbers. */
const shownValues = async (page: Page, name: string) =>
  (await shownTexts(page, name)).map((t) => Number(plain(t)));
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

test.describe('targets CSV', () => {
  test('export downloads the rows shown, unsaved edits included, in a plain number format', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    // Read while the top rows are on screen (the edit below scrolls them out of the grid's view).
    const company = await shownTexts(page, 'Flowdesk Demo AS');
    const dach = await shownTexts(page, 'Sales DACH');
    const april = cell(page, 'Noah Vik', 3);
    await april.click();
    await page.keyboard.type('1234.5');
    await page.keyboard.press('Enter');
    // An amount with a fraction shows all its cents, as money does.
    await expect(april).toHaveText('1,234.50');
    const noah = await shownTexts(page, 'Noah Vik');

    const { name, text: csv } = await exportCsv(page);
    expect(name).toBe(`targets-${year}.csv`);
    const rowCount = Number(
      /of (\d+)$/.exec((await page.getByText(/^Row \d+ of \d+$/).textContent()) ?? '')?.[1],
    );
    expect(rowCount).toBeGreaterThan(20);
    await expect(
      page
        .getByText(
          `Exported ${rowCount} rows to targets-${year}.csv (comma-separated, decimal point).`,
        )
        .first(),
    ).toBeVisible();

    expect(csv.startsWith('\uFEFF'), 'starts with a BOM, so Excel reads UTF-8').toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop(), 'ends with CRLF').toBe('');
    expect(lines[0]).toBe(['Row', ...months, 'Total', 'Currency', 'Locked'].join(','));
    const body = lines.slice(1).map((l) => l.split(','));
    expect(body).toHaveLength(rowCount);
    for (const l of body) expect(l).toHaveLength(16);
    // The rows in the grid's order, sum rows included; the footer is not a row of the file.
    expect(body.slice(0, 10).map((l) => l[0])).toEqual([
      'Flowdesk Demo AS',
      'Sales Nordics',
      'Chloe Martin',
      'Ella Sand',
      'Jonas Keller',
      'Nora Berg',
      'Olivia Grant',
      'Sofie Strand',
      'All – Sales Nordics',
      'Sales DACH',
    ]);
    expect(body.map((l) => l[0])).not.toContain('Total of users');

    const line = (name: string) => body.find((l) => l[0] === name)!;
    // Numbers as any spreadsheet reads them: no grouping, '.' for decimals.
    expect(
      line('Noah Vik')
        .slice(1, 1 + SHOWN)
        .map(Number),
    ).toEqual(noah.map(plain).map(Number));
    expect(line('Noah Vik')[4]).toBe('1234.5');
    expect(line('Flowdesk Demo AS').slice(1, 1 + SHOWN)).toEqual(company.map(plain));
    expect(line('Sales DACH').slice(1, 1 + SHOWN)).toEqual(dach.map(plain));
    for (const l of body) for (const v of l.slice(1, 14)) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
    // The currency and lock the grid shows: the company row is locked, Noah Vik is not.
    expect(line('Flowdesk Demo AS').slice(14)).toEqual(['NOK', 'Yes']);
    expect(line('Noah Vik')[14]).toMatch(/^[A-Z]{3}$/);
    expect(line('Noah Vik')[15]).toBe('No');
    const values = line('Noah Vik').slice(1, 13).map(Number);
    expect(Number(line('Noah Vik')[13])).toBeCloseTo(
      values.reduce((a, b) => a + b, 0),
      6,
    );
  });

  test('import previews exactly the changes, refuses locked and unknown rows, applies as one undoable action, and saves', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const noah = await shownValues(page, 'Noah Vik');
    const mats = await shownValues(page, 'Mats Aas');
    const sofie = await shownValues(page, 'Sofie Strand');
    const lars = await shownValues(page, 'Lars Holm');
    const dachSum = await shownValues(page, 'All – Sales DACH');
    await expect(cell(page, 'Lars Holm', 0)).toHaveAttribute('aria-readonly', 'true');

    const dialog = await importCsv(
      page,
      'targets-edited.csv',
      csvFile([
        ['Noah Vik', noah[0] + 1000, 77777],
        ['Sofie Strand', ...sofie], // the same values: not a change
        ['mats aas', '', '', '', '', '', '"123,456.75"'], // any case; a number as Excel may write it
        ['Lars Holm', lars[0] + 5], // locked
        ['All – Sales DACH', dachSum[0] + 5], // a sum of other rows
        ['Nobody Here', 1, 2, 3], // not a row of this group
      ]),
    );
    await expect(dialog.getByText('3 cells change in 2 rows:')).toBeVisible();
    const preview = dialog.getByRole('table');
    await expect(preview.getByRole('columnheader')).toHaveText([
      'Row',
      'Period',
      'Now',
      'After import',
    ]);
    await expect(preview.locator('tbody').getByRole('row')).toHaveText([
      ['Noah Vik', 'January', fmt(noah[0]), fmt(noah[0] + 1000)].join(''),
      ['Noah Vik', 'February', fmt(noah[1]), '77,777'].join(''),
      ['Mats Aas', 'June', fmt(mats[5]), '123,456.75'].join(''),
    ]);
    const leftOut = dialog.getByRole('status').filter({ hasText: 'Rows left out' });
    await expect(leftOut).toContainText('locked: Lars Holm');
    await expect(leftOut).toContainText('calculated: All – Sales DACH');
    await expect(leftOut).toContainText('not in this group: Nobody Here');
    await expectNoAxeViolations(page);

    // Nothing has changed yet (the grid is behind the modal preview).
    await expect(page.getByText(/unsaved change/)).toBeHidden();

    await dialog.getByRole('button', { name: 'Apply 3 changes' }).click();
    await expect(dialog).toBeHidden();
    // Focus goes to the grid, where Ctrl+Z undoes.
    await expect(grid(page).locator(':focus')).toHaveCount(1);
    await expect(cell(page, 'Noah Vik', 0)).toHaveText(fmt(noah[0] + 1000));
    await expect(cell(page, 'Noah Vik', 1)).toHaveText('77,777');
    await expect(cell(page, 'Mats Aas', 5)).toHaveText('123,456.75');
    for (const [name, p] of [
      ['Noah Vik', 0],
      ['Noah Vik', 1],
      ['Mats Aas', 5],
    ] as const)
      await expect(cell(page, name, p), `${name} ${months[p]} is marked changed`).toHaveAttribute(
        'aria-describedby',
        /.+/,
      );
    await expect(cell(page, 'Noah Vik', 2)).not.toHaveAttribute('aria-describedby');
    expect(await shownValues(page, 'Lars Holm')).toEqual(lars);
    expect(await shownValues(page, 'Sofie Strand')).toEqual(sofie);
    await expect(page.getByText('3 unsaved changes')).toBeVisible();
    await expect(page.getByText('Imported a CSV file (3 cells changed).').first()).toBeVisible();

    // One action: one Ctrl+Z takes all of it back, one Ctrl+Y brings it again.
    await page.keyboard.press('Control+Z');
    await expect(cell(page, 'Noah Vik', 0)).toHaveText(fmt(noah[0]));
    await expect(cell(page, 'Noah Vik', 1)).toHaveText(fmt(noah[1]));
    await expect(cell(page, 'Mats Aas', 5)).toHaveText(fmt(mats[5]));
    await expect(page.getByText(/unsaved change/)).toBeHidden();
    await expect(
      page.getByText('Undone: imported a CSV file (3 cells changed).').first(),
    ).toBeVisible();
    await page.keyboard.press('Control+Y');
    await expect(cell(page, 'Noah Vik', 1)).toHaveText('77,777');
    await expect(cell(page, 'Mats Aas', 5)).toHaveText('123,456.75');
    await expect(page.getByText('3 unsaved changes')).toBeVisible();

    await save(page);
    await page.reload();
    await expect(cell(page, 'Noah Vik', 0)).toHaveText(fmt(noah[0] + 1000));
    await expect(cell(page, 'Noah Vik', 1)).toHaveText('77,777');
    await expect(cell(page, 'Mats Aas', 5)).toHaveText('123,456.75');
    await expect(cell(page, 'Noah Vik', 1)).not.toHaveAttribute('aria-describedby');
    expect(await shownValues(page, 'Lars Holm')).toEqual(lars);
  });

  test('import says which values it rounds to the currency unit, in the preview and after applying', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const dialog = await importCsv(page, 'yen.csv', csvFile([['Inside Sales', 123.45, '', 7.5]]));
    const note = dialog.getByRole('status').filter({ hasText: 'Values rounded' });
    const text =
      "2 values were rounded to the currency's smallest unit (JPY): 123.45 → 123 (Inside Sales, January); 7.5 → 8 (Inside Sales, March).";
    await expect(note).toContainText(text);
    await expect(dialog.getByRole('table').locator('tbody').getByRole('row')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText(`Imported a CSV file (2 cells changed). ${text}`).first(),
    ).toBeVisible();
    // Inside Sales is near the end of the grid: go there to see its cells.
    await page.keyboard.press('Control+ArrowDown');
    await expect(cell(page, 'Inside Sales', 0)).toHaveText('123');
    await expect(cell(page, 'Inside Sales', 2)).toHaveText('8');
    await page.keyboard.press('Control+Z');
    await expect(page.getByText(/unsaved change/)).toBeHidden();
  });

  test('on a small screen, a long history and a long preview scroll by keyboard, with no axe violations', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 640 });
    await openTargets(page, 'planner');
    // Chloe Martin's creation lists all twelve months: more than the panel shows.
    const panel = await openHistory(page, 'Chloe Martin');
    const changes = panel.getByRole('region', { name: 'Changes to Chloe Martin' });
    await expect(changes.getByText('Created')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(changes).toBeFocused();
    const top = await changes.evaluate((e) => e.scrollTop);
    await page.keyboard.press('End');
    await expect.poll(() => changes.evaluate((e) => e.scrollTop)).toBeGreaterThan(top);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();

    // 6 rows × 12 months: more changes than the preview lists.
    const rows = ['Chloe Martin', 'Ella Sand', 'Jonas Keller', 'Nora Berg', 'Olivia Grant'];
    const dialog = await importCsv(
      page,
      'many.csv',
      csvFile([...rows, 'Sofie Strand'].map((r) => [r, ...months.map((_, i) => 1001 + i)])),
    );
    await expect(dialog.getByText('72 cells change in 6 rows (first 50 shown):')).toBeVisible();
    const previewRows = dialog.getByRole('table').locator('tbody').getByRole('row');
    await expect(previewRows).toHaveCount(50);
    // The rest is one button away; focus stays in the list when the button goes.
    await dialog.getByRole('button', { name: 'Show 22 more (22 not shown)' }).click();
    await expect(previewRows).toHaveCount(72);
    await expect(dialog.getByText('72 cells change in 6 rows:')).toBeVisible();
    const list = dialog.getByRole('region', { name: 'Changes' });
    await expect(list).toBeFocused();
    await list.focus();
    await page.keyboard.press('End');
    await expect.poll(() => list.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    await expect(dialog.getByRole('button', { name: 'Apply 72 changes' })).toBeInViewport();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/unsaved change/)).toBeHidden();
  });

  const malformed: { title: string; file: () => string | Buffer; error: RegExp }[] = [
    {
      title: 'a file without the header line',
      file: () => csvFile([['Sofie Strand', 1, 2, 3]], false),
      error:
        /^The first line must be the header \(Row, then January to December\); this file starts with values\.$/,
    },
    {
      title: 'a file whose columns are not this grid’s periods',
      file: () =>
        `Row,${[...months.slice(1), months[0]].join(',')},Total\r\nSofie Strand,1,2,3\r\n`,
      error: /^The header does not fit this grid: column 2 is "February" where January belongs\.$/,
    },
    {
      title: 'a file of another period type',
      file: () => 'Row,Q1,Q2,Q3,Q4,Total\r\nSofie Strand,1,2,3,4,10\r\n',
      error: /^The file has 4 period columns; this grid has 12 \(January to December\)\.$/,
    },
    {
      title: 'a cell that is not a number',
      file: () => csvFile([['Sofie Strand', 1, 2, 'lots']]),
      error: /^Line 2 \(Sofie Strand\), column March: "lots" is not a number\.$/,
    },
    {
      title: 'a spreadsheet formula',
      file: () => csvFile([['Sofie Strand', `=cmd|' /C calc'!A0`]]),
      error: /^Line 2 \(Sofie Strand\), column January: "=cmd\|' \/C calc'!A0" is not a number\.$/,
    },
    {
      title: 'a huge file',
      file: () => Buffer.alloc(12 * 1024 * 1024, 'Sofie Strand,1,2,3,4,5,6,7,8,9,10,11,12,78\r\n'),
      error: /^The file is too large \(12 MB\); a targets CSV can be at most 5 MB\.$/,
    },
  ];

  for (const m of malformed) {
    test(`import refuses ${m.title} with a clear message and changes nothing`, async ({ page }) => {
      await openTargets(page, 'planner');
      const before = await shownValues(page, 'Sofie Strand');
      const dialog = await importCsv(page, 'bad.csv', m.file());
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText('This file cannot be imported');
      await expect(alert.getByText(m.error)).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
      await expect(dialog.getByRole('table')).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      expect(await shownValues(page, 'Sofie Strand')).toEqual(before);
      await expect(page.getByText(/unsaved change/)).toBeHidden();
      await expect(saveButton(page)).toBeDisabled();
    });
  }

  test('a workbook, a file with only its header, or only rows left out, are said as such', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    // An .xlsx picked by mistake was refused with "The file has 0 period columns".
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]);
    let dialog = await importCsv(page, 'Targets.xlsx', xlsx);
    await expect(dialog.getByRole('alert')).toContainText(
      'This is a workbook (such as .xlsx) or another zipped file, not a CSV file. Save or download it from your spreadsheet as CSV, and import that file.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Only the header: it said 'The file holds the values the grid already has.'
    dialog = await importCsv(page, 'empty.csv', csvFile([]));
    await expect(dialog.getByRole('alert')).toContainText(
      'The file has its header line and no rows after it.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Only a row left out: the values it has are not the grid's, so that was not said either.
    dialog = await importCsv(page, 'nobody.csv', csvFile([['Nobody', 5]]));
    await expect(dialog.getByText('not in this group: Nobody.')).toBeVisible();
    await expect(dialog.getByText('Nothing else in the file changes the grid.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  });

  test('a user twice in the file is said to be twice, not “not in this group”', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    // Blank values leave the row as it is: the file changes nothing, only its lines are read.
    const file = csvFile([['Chloe Martin'], ['Ella Sand'], ['Chloe Martin']]);
    const dialog = await importCsv(page, 'twice.csv', file);
    await expect(dialog.getByRole('status')).toContainText(
      'Chloe Martin is in the file twice (lines 2 and 4); only one row has that name, so line 4 is left out.',
    );
    await expect(dialog.getByText(/not in this group/)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('an exported file imports back with its Currency and Locked columns; a lock changed in it is refused, not followed', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const { text: csv } = await exportCsv(page);
    let dialog = await importCsv(page, 'targets.csv', csv);
    await expect(dialog.getByText('The file holds the values the grid already has.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The same file with Noah Vik marked locked: the import would not lock it, so it says so.
    const lines = csv.split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('Noah Vik,'));
    lines[at] = lines[at].replace(/,No$/, ',Yes');
    dialog = await importCsv(page, 'locked.csv', lines.join('\r\n'));
    await expect(dialog.getByRole('alert')).toContainText(
      `Line ${at + 1} (Noah Vik): the file says Locked Yes where the row is not locked. Import changes values only, not locks: lock or unlock the row with Row actions, or write No in the file.`,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(row(page, 'Noah Vik').getByRole('rowheader')).not.toHaveAccessibleName(/locked/i);
  });

  test('a Total changed in the file is reported line by line, not lost: the periods are what counts', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const lines = (await exportCsv(page)).text.split('\r\n');
    // A new yearly total for Lena Wolf, written over the exported one: the preview said nothing
    // changes, and the new total was lost without a word.
    const at = lines.findIndex((l) => l.startsWith('Lena Wolf,'));
    const cells = lines[at].split(',');
    // As exported, the Total is the sum of the row's periods.
    const periodsSum = cells[13];
    cells[13] = String(Number(periodsSum) + 1000);
    lines[at] = cells.join(',');
    const dialog = await importCsv(page, 'total.csv', lines.join('\r\n'));
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('This file cannot be imported');
    await expect(alert).toContainText(
      `Totals are not imported: the periods are what counts, and on these lines they do not add up to the Total. Line ${at + 1} (Lena Wolf): Total ${cells[13]}, periods ${periodsSum}. Change the periods so that they add up to the total you want (or use Row actions, Distribute a new total, after the import), or write their sum in the Total column.`,
    );
    await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText(/unsaved change/)).toBeHidden();
  });
});

test.describe('targets CSV in German', () => {
  test.use({ locale: 'de-DE' });

  test('export writes what Excel in German opens (semicolons, decimal comma), says so, and imports back', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const april = cell(page, 'Noah Vik', 3);
    await april.click();
    await page.keyboard.type('1234,5');
    await page.keyboard.press('Enter');
    await expect(april).toHaveText('1.234,50');
    const { text: csv } = await exportCsv(page);
    // It was comma-separated with '.' decimals: Excel in German put each line in one cell.
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(['Row', ...months, 'Total', 'Currency', 'Locked'].join(';'));
    const noah = lines.find((l) => l.startsWith('Noah Vik;'))!.split(';');
    expect(noah).toHaveLength(16);
    expect(noah[4]).toBe('1234,5');
    await expect(
      page
        .getByText(
          /^Exported \d+ rows to targets-\d+\.csv \(semicolon-separated, decimal comma\)\.$/,
        )
        .first(),
    ).toBeVisible();
    const dialog = await importCsv(page, 'targets.csv', csv);
    await expect(dialog.getByText('The file holds the values the grid already has.')).toBeVisible();
  });

  test('a file Excel saved as CSV (Windows-1252, semicolons, German months) is read', async ({
    page,
  }) => {
    await openTargets(page, 'planner');
    const german = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August'];
    const header = ['Zeile', ...german, 'September', 'Oktober', 'November', 'Dezember'];
    const text = `${header.join(';')}\r\nChloe Martin;1.234,50;;;;;;;;;;;\r\n`;
    // Excel writes "März" as one byte (0xE4) in Windows-1252: latin1 is the same for these.
    const dialog = await importCsv(page, 'Ziele.csv', Buffer.from(text, 'latin1'));
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByText('1 cell changes in 1 row:')).toBeVisible();
    await expect(dialog.getByRole('table').locator('tbody').getByRole('row')).toHaveText([
      /^Chloe MartinJanuar[\d.]+1\.234,50$/,
    ]);
  });
});
