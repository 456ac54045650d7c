import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';
import { deleteTargetGroupOfYear, saveNewTargetGroup } from './targetsAdminApi.ts';

const year = new Date().getFullYear();
const { cell } = targetsGrid(year);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('what a paste did is on the page once, in the grid’s live region, and said again when repeated', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const feb = cell(page, 'Ella Sand', 1);
  await feb.click();
  await page.evaluate(() => navigator.clipboard.writeText('1\t2\r\n3\t4\r\n'));
  await page.keyboard.press('Control+V');
  const said = 'Pasted 2 × 2 cells (4 changed).';
  // The visible line and a hidden copy for screen readers were two matches for the same text.
  await expect(page.getByText(said)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(said);

  // The same sentence twice is a new message: its text is put in anew, so it is read again.
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('status')).toHaveText(`Undone: pasted 2 × 2 cells (4 changed).`);
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('status')).toHaveText('Nothing to undo.');
  const first = await page.getByText('Nothing to undo.').elementHandle();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => first!.evaluate((node) => node.isConnected)).toBe(false);
  await expect(page.getByRole('status')).toHaveText('Nothing to undo.');
});

/** The save test's own year (no other spec uses it): its group is made fresh for the test. */
const SAVED_YEAR = 2086;

test('a save is confirmed on screen, in a notification, and said once', async ({
  page,
  request,
}) => {
  await deleteTargetGroupOfYear(request, SAVED_YEAR);
  await saveNewTargetGroup(request, SAVED_YEAR);
  try {
    await signIn(page, 'planner', `/targets?year=${SAVED_YEAR}`);
    const january = targetsGrid(SAVED_YEAR).cell(page, 'Chloe Martin', 0);
    await january.click();
    await page.keyboard.type('4321');
    await page.keyboard.press('Enter');
    // Every text a live region is given from now on that speaks of the save.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const last = new WeakMap<Element, string>();
      const live =
        '[aria-live]:not([aria-live="off"]), [role="status"]:not([aria-live="off"]), [role="alert"]';
      new MutationObserver(() => {
        for (const region of document.querySelectorAll(live)) {
          const text = region.textContent ?? '';
          if (text === (last.get(region) ?? '')) continue;
          last.set(region, text);
          if (text.includes('Saved')) said.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Save' }).click();

    // A sighted planner sees it: the app's live region alone was a 1-pixel hidden line.
    const toast = page
      .getByRole('region', { name: /Notifications/ })
      .getByRole('listitem')
      .filter({ hasText: 'Saved 1 change.' });
    await expect(toast).toBeVisible();
    // The notification says itself for a moment; once it is done, it was said once in all.
    await expect(page.locator('[aria-live="polite"]', { hasText: 'Saved 1 change.' })).toHaveCount(
      0,
    );
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('Saved 1 change.');
  } finally {
    await deleteTargetGroupOfYear(request, SAVED_YEAR);
  }
});
