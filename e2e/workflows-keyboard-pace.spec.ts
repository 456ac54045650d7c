import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';

// Keys pressed one right after the other, as a quick typist, a screen reader or a script sends
// them: the lists must end where the keys say, not where the first key left them.
// Nothing is saved, so the seed stays as it is.

const stepNames = (page: Page) =>
  page
    .getByRole('list', { name: 'Steps on this path' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((li) => li.querySelector('span + div span')?.textContent ?? ''),
    );

async function press(page: Page, keys: string[]) {
  for (const key of keys) await page.keyboard.press(key);
}

test('steps reordered with quick keys end where the keys put them', async ({ page }) => {
  await signIn(page, 'admin', '/workflows/3');
  await page.getByRole('link', { name: 'Add option to Country track' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Quick keys');
  for (const type of ['Send SMS', 'Create sale', 'Run script']) {
    await page.getByRole('combobox', { name: 'Step type' }).click();
    await page.getByRole('option', { name: type, exact: true }).click();
    await page.getByRole('button', { name: 'Add step' }).click();
  }
  await expect.poll(() => stepNames(page)).toEqual(['Send SMS', 'Create sale', 'Run script']);

  await page.getByRole('button', { name: /^Drag to reorder step 3, Run script/ }).focus();
  await press(page, ['Space', 'ArrowUp', 'ArrowUp', 'Space']);
  await expect.poll(() => stepNames(page)).toEqual(['Run script', 'Send SMS', 'Create sale']);

  // Escape right after the moves puts the step back where it was.
  await page.getByRole('button', { name: /^Drag to reorder step 1, Run script/ }).focus();
  await press(page, ['Space', 'ArrowDown', 'ArrowDown', 'Escape']);
  await expect(page.getByText('Moving Run script was cancelled.')).toBeAttached();
  expect(await stepNames(page)).toEqual(['Run script', 'Send SMS', 'Create sale']);

  await page.getByRole('button', { name: /^Drag to reorder step 1, Run script/ }).focus();
  await press(page, ['Enter', 'ArrowDown', 'ArrowDown', 'Enter']);
  await expect.poll(() => stepNames(page)).toEqual(['Send SMS', 'Create sale', 'Run script']);
  await expectNoAxeViolations(page);
});

test('goal conditions reordered with quick keys end where the keys put them', async ({ page }) => {
  await signIn(page, 'admin', '/workflows/3/goals/4');
  const group = page.getByRole('region', { name: 'Group 1: Converted' });
  const fields = group.getByRole('combobox', { name: /^Field,/ });
  await expect(fields).toHaveText(['Number of sales', 'Sales amount', 'Last activity']);

  await group.getByRole('button', { name: /^Drag to reorder condition 3 / }).focus();
  await press(page, ['Space', 'ArrowUp', 'ArrowUp', 'Space']);
  await expect(fields).toHaveText(['Last activity', 'Number of sales', 'Sales amount']);

  await group.getByRole('button', { name: /^Drag to reorder condition 1 / }).focus();
  await press(page, ['Space', 'ArrowDown', 'ArrowDown', 'Space']);
  await expect(fields).toHaveText(['Number of sales', 'Sales amount', 'Last activity']);
});
