import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

// Flow 1's "What did they click?" splits on Link clicked. Nothing is saved: the seed stays.
test('a path whose option type is not what its split splits on is warned about, and Save stays', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/1/options/1');
  const optionType = page.getByRole('combobox', { name: 'Option type' });
  await expect(optionType).toHaveText('Link clicked');
  await expect(optionType).not.toHaveAccessibleDescription(/splits on/);

  await optionType.click();
  await page.getByRole('option', { name: 'Form submission', exact: true }).click();
  await expect(optionType).toHaveAccessibleDescription(
    'This path is for “Form submission”, but its split “What did they click?” splits on “Link clicked”, so no participant may ever take it. It is saved as it is. To match, choose “Link clicked”, or “Everyone else” for whoever the other paths do not take.',
  );
  await expect(page.getByTestId('live-announcer')).toContainText(
    /This path is for “Form submission”, but its split “What did they click\?” splits on/,
  );
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();

  // "Everyone else" fits any split: the warning goes.
  await optionType.click();
  await page.getByRole('option', { name: 'Everyone else', exact: true }).click();
  await expect(optionType).not.toHaveAccessibleDescription(/splits on/);
});
