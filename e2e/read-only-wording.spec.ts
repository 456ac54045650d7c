import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/** What users who may not change or send read: what they can do, not what others can. */
for (const user of ['planner', 'viewer'] as const) {
  test(`${user} is told what the flow page and the event console let them do`, async ({ page }) => {
    await signIn(page, user, '/workflows/2');
    const steps = page.getByText(/^The main line in order; each split shows its paths\./);
    await expect(steps).toHaveText(
      'The main line in order; each split shows its paths. Open a path to see its steps.',
    );

    await page.goto('/events');
    await expect(page.getByText(/workflow events\. You can read the form/)).toHaveText(
      'Read-only: your role may not send workflow events. You can read the form, but there is no Send.',
    );
    const select = page.getByLabel('$select (optional)');
    await expect(select).toBeDisabled();
    await expect(select).toHaveValue('');
    await expect(select).not.toHaveAttribute('placeholder', /.+/);
  });
}
