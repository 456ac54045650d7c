import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test('a step dropped from the keyboard is said once, as the goal editor says a condition’s drop', async ({
  page,
}) => {
  // Nothing is saved: the moved steps are left unsaved when the test ends.
  await signIn(page, 'admin', '/workflows/1/options/1');
  const handle = page.getByRole('button', { name: /^Drag to reorder step 1,/ });
  await expect(handle).toBeVisible();
  // Everything the app's own live region says from here on.
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="live-announcer"]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      if (region.textContent) said.push(region.textContent);
    }).observe(region, { subtree: true, childList: true, characterData: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
  const dndRegion = page.locator('[id^="DndLiveRegion"]');

  await handle.focus();
  await page.keyboard.press('Space');
  // Picked up, and at once over its own place.
  await expect(dndRegion).toContainText('is over position 1');
  await page.keyboard.press('ArrowDown');
  await expect(dndRegion).toContainText('is over position 2');
  await page.keyboard.press('Space');
  await expect(dndRegion).toContainText(/moved to position 2 of \d+\./);

  // A Move button's move is said by the app's region, and after the drop's would have been.
  await page.getByRole('button', { name: /^Move up, step 2,/ }).click();
  await expect.poll(said).toContainEqual(expect.stringMatching(/moved to position 1 of \d+\./));
  // The drop was said by the app's region too, on top of dnd-kit's assertive one.
  expect(await said()).not.toContainEqual(expect.stringMatching(/moved to position 2 of/));
});
