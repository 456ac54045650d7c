import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { textLineCount } from './textLines.ts';

/**
 * The editors' save bar (Save, its status, Delete) at 320 px: the status was squeezed between
 * Save and Delete into a column a word wide, so "Unsaved changes" took two lines (three with
 * larger text). It now goes under Save, on one line, when the three do not fit side by side;
 * Delete stays level with Save.
 */
test('at 320 px the save bar’s status reads on one line, with Save and Delete level', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await signIn(page, 'admin', '/workflows/2/options/4');
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue('Attended');
  await name.fill('Attended live');

  const save = page.getByRole('button', { name: 'Save' });
  const remove = page.getByRole('button', { name: 'Delete' });
  const status = page.getByRole('status').filter({ hasText: 'Unsaved changes' });
  await expect(status).toHaveText('Unsaved changes');
  expect(await textLineCount(status)).toBe(1);
  // Save and Delete stay on one row, whole, inside the window.
  const [s, d, st] = await Promise.all([
    save.boundingBox(),
    remove.boundingBox(),
    status.boundingBox(),
  ]);
  expect(s && d && st).toBeTruthy();
  expect(Math.abs(s!.y - d!.y)).toBeLessThan(2);
  expect(d!.x + d!.width).toBeLessThanOrEqual(320);
  expect(st!.x + st!.width).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);

  // A new goal has no Delete: its status fits beside Save.
  await page.goto('/workflows/1/goals/new');
  const notSaved = page.getByRole('status').filter({ hasText: 'Not saved yet' });
  await expect(notSaved).toBeVisible();
  expect(await textLineCount(notSaved)).toBe(1);
});
