import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * A field made read-only by the whole form's rights is disabled, and a screen reader reaching it
 * hears why with it (its accessible description), in the banner's words; the banner alone is
 * not tied to the field. The banner stays the one text on the page reading "Read-only:".
 */
const reason = 'Your role may view but not change this.';

for (const user of ['planner', 'viewer'] as const) {
  test(`${user}: every read-only field says why, in the banner's words`, async ({ page }) => {
    await signIn(page, user, '/workflows/2/options/4');
    await expect(page.getByText('Read-only:')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Read-only:/ })).toHaveText(
      `Read-only: ${reason}`,
    );
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name).toBeDisabled();
    await expect(name).toHaveAccessibleDescription(reason);

    await page.goto('/workflows/2/goals/3');
    const groupName = page.getByRole('textbox', { name: 'Group name, Group 1' });
    await expect(groupName).toBeDisabled();
    await expect(groupName).toHaveAccessibleDescription(reason);
    // Each condition control is disabled for the same reason, and says it: field, operator,
    // values (a list's boxes, a date), parentheses, Active, and the join to the next.
    const group = 'Group 1: Engaged attendees';
    const conditionControls = [1, 2].flatMap((n) => {
      const condition = page.getByRole('group', { name: `Condition ${n} of ${group}` });
      return [
        condition.getByRole('combobox', { name: `Field, condition ${n} of ${group}` }),
        condition.getByRole('combobox', { name: `Operator, condition ${n} of ${group}` }),
        condition.getByRole('combobox', { name: `Parentheses, condition ${n} of ${group}` }),
        condition.getByRole('checkbox', { name: `Active, condition ${n} of ${group}` }),
        page.getByRole('combobox', {
          name: `Join condition ${n} to the next with, in ${group}`,
        }),
      ];
    });
    conditionControls.push(
      page
        .getByRole('group', { name: `Values, condition 1 of ${group}` })
        .getByRole('checkbox', { name: 'Norway' }),
      page.getByRole('textbox', { name: `Value, condition 2 of ${group}` }),
    );
    for (const control of conditionControls) {
      await expect(control).toBeDisabled();
      await expect(control).toHaveAccessibleDescription(reason);
    }

    await page.goto('/events');
    const attributes = page.getByRole('textbox', { name: 'Attributes' });
    await expect(attributes).toBeDisabled();
    await expect(attributes).toHaveAccessibleDescription(
      `Event info, e.g. personId=12&formId=3. ${reason}`,
    );
  });
}

test('viewer: the target group settings say why each field is read-only', async ({ page }) => {
  await signIn(page, 'viewer', '/targets');
  await page.getByRole('button', { name: 'Group settings' }).click();
  const dialog = page.getByRole('dialog');
  const year = dialog.getByRole('textbox', { name: 'Year' });
  await expect(year).toBeDisabled();
  await expect(year).toHaveAccessibleDescription(reason);
});
