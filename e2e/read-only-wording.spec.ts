import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';

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

const fullNames = { planner: 'Paul Planner', viewer: 'Vera Viewer' } as const;

for (const user of ['planner', 'viewer'] as const) {
  test(`${user} is told, as on the other pages, what the definitions page lets them do`, async ({
    page,
  }) => {
    await signIn(page, user, '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    // Was 'You can look, but not change', and the intro offered to upload and remove.
    await expect(page.getByRole('status').filter({ hasText: /^Read-only:/ })).toHaveText(
      `Read-only: ${fullNames[user]} may not upload or delete workflow definitions, which needs the Site Admin role on the API platform. You can see and search the list; ask an administrator if you need a change.`,
    );
    await expect(page.getByText(/^OSWorkflow XML files that drive/)).toHaveText(
      "OSWorkflow XML files that drive the API platform's resources: see and search what is there. This page signs you in to the API platform with the user name and password you signed in to Flowdesk with.",
    );
    await expect(page.getByText(/upload new ones|remove what is there/)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}
