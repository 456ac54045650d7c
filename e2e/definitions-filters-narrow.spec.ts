import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test.describe('the definitions list’s filters in a phone-sized window (390 px)', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
  });

  test('Search by name takes its own line, as wide as the card allows, not a sliver beside the type', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    const list = page.getByRole('region', { name: 'On the platform' });
    await expect(list.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    const type = (await list.getByRole('combobox', { name: 'Resource type' }).boundingBox())!;
    const search = (await list.getByRole('searchbox', { name: 'Search by name' }).boundingBox())!;
    // It was squeezed in beside the Resource type, 80 px wide, its label broken over two lines.
    expect(search.width).toBeGreaterThanOrEqual(type.width);
    expect(search.y).toBeGreaterThan(type.y + type.height);
  });
});
