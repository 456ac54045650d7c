import { expect, test, type Locator } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * The few native lists (Targets' Year and Target type) look like every other list in the app: the
 * design system's muted chevron, 16 px, 8 px in from the edge, with room for it beside the text.
 * They drew the browser's own black arrow against the right border instead.
 */
async function arrowLook(list: Locator) {
  return list.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      browserArrow: s.appearance !== 'none',
      chevron: s.backgroundImage.includes('data:image/svg+xml'),
      size: s.backgroundSize,
      roomForChevron: s.paddingRight,
    };
  });
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
])
  test(`at ${width} px the Targets Year and Target type lists end in the app's own chevron`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await signIn(page, 'planner', '/targets');
    for (const label of ['Year', 'Target type']) {
      const list = page.getByRole('combobox', { name: label, exact: true });
      await expect(list).toBeVisible();
      expect(await arrowLook(list), label).toEqual({
        browserArrow: false,
        chevron: true,
        size: '16px 16px',
        // 8 px gap + 16 px chevron + 8 px to the edge, as in the design system's Select.
        roomForChevron: '32px',
      });
    }
  });

test('in forced colours (High Contrast) the lists keep the browser’s own arrow, in the user’s colours', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await signIn(page, 'planner', '/targets');
  const list = page.getByRole('combobox', { name: 'Year', exact: true });
  await expect(list).toBeVisible();
  expect(await arrowLook(list)).toMatchObject({ browserArrow: true, chevron: false });
});
