import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test('a resource type the page does not offer is dropped from the address, not kept beside all types', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await page.goto('/definitions?type=invoice&q=triage');
  const card = page.getByRole('region', { name: 'On the platform' });
  await expect(card.getByRole('combobox', { name: 'Resource type' })).toHaveText(
    'All resource types',
  );
  // The address says what the list shows: the search stays, the unknown type goes.
  await expect(page).toHaveURL(/\/definitions\?q=triage$/);
  await expect(card.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('triage');
  // Replaced, not pushed: Back leaves the page rather than bringing the type back.
  await page.goBack();
  await expect(page).not.toHaveURL(/type=invoice/);
});
