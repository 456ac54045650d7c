import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * An option's Name must be filled in: the editor refuses a blank one ('Give the option a name.')
 * and so does the server. GetWorkflowStepOption and CreateDefault…FromType answer
 * WorkflowStepOptionBase, with no FieldProperties to say so (contract §4), so the field must be
 * marked required by what the editor itself asks, not only once a Save answer brought rights.
 */
test.describe('an option’s Name is marked required', () => {
  test('on an option opened from the flow, before any save', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/2/options/4');
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toHaveValue('Attended');
    await expect(name).toHaveAttribute('aria-required', 'true');
  });

  test('on a new option, and a blank name is refused on that field', async ({ page }) => {
    await signIn(page, 'admin', '/workflows/2/options/new?step=14&type=FormSubmission');
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toBeEditable();
    await expect(name).toHaveAttribute('aria-required', 'true');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(name).toHaveAccessibleDescription(/Give the option a name\./);
  });
});
