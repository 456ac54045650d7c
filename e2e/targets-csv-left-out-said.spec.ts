import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const { cell } = targetsGrid(new Date().getFullYear());

const MONTHS =
  'January,February,March,April,May,June,July,August,September,October,November,December';

test('applying a CSV import says which rows were left out, not only the cells changed', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const january = cell(page, 'Chloe Martin', 0);
  const before = await january.textContent();
  // Chloe Martin's January changes; Henry Shaw's row is locked; Max Mustermann is no one here.
  const file = [
    `Row,${MONTHS}`,
    'Chloe Martin,123457,,,,,,,,,,,',
    'Henry Shaw,1,,,,,,,,,,,',
    'Max Mustermann,1,,,,,,,,,,,',
    '',
  ].join('\r\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Import CSV').click();
  await (
    await chooser
  ).setFiles({ name: 'left-out.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
  const dialog = page.getByRole('dialog', { name: 'Import CSV' });
  await expect(dialog.getByRole('status').filter({ hasText: 'Rows left out' })).toContainText(
    'locked: Henry Shaw; not in this group: Max Mustermann.',
  );
  await dialog.getByRole('button', { name: 'Apply 1 change' }).click();
  await expect(dialog).toBeHidden();
  await expect(january).toHaveText('123,457');
  // Said once the dialog has gone: it said only 'Imported a CSV file (1 cell changed).'
  const said =
    'Imported a CSV file (1 cell changed). Rows left out: locked: Henry Shaw; not in this group: Max Mustermann.';
  await expect(page.getByRole('status')).toHaveText(said);
  await expect(page.getByRole('main').getByText(said)).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(january).toHaveText(before ?? '');
});
