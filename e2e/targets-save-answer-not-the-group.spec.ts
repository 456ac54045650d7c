import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';
import {
  deleteTargetGroupOfYear,
  saveNewTargetGroup,
  targetGroupOfYear,
  targetsAsAdmin as targets,
} from './targetsAdminApi.ts';
import { targetsGrid } from './targetsGrid.ts';

/**
 * A tenant may answer SaveTargetGroup with an empty TargetGroup (TargetGroupId 0, no rows; the
 * sandbox's emptyTargetGroup fault, which stores nothing): that is not the group saved, so the
 * page must not say it was. Each test has a year of its own that no other spec touches.
 */

const ellaOf = (g: {
  TargetAssignments: { TargetAssociate?: { FullName?: string }; Values: number[] }[];
}) => g.TargetAssignments.find((a) => a.TargetAssociate?.FullName === 'Ella Sand')!;

async function type(page: Page, cell: ReturnType<ReturnType<typeof targetsGrid>['cell']>) {
  await cell.click();
  await page.keyboard.type('5000');
  await page.keyboard.press('Enter');
}

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test('a save answered with an empty group is not reported saved: the edits stay and saving again is safe', async ({
  page,
  request,
}) => {
  const year = 2071;
  const { cell } = targetsGrid(year);
  const saved = await saveNewTargetGroup(request, year, 'Month');
  await signIn(page, 'planner', `/targets?year=${year}`);
  await type(page, cell(page, 'Ella Sand', 0));
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'emptyTargetGroup' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'The save could not be confirmed' });
  await expect(alert).toContainText(
    'The server answered, but with data Flowdesk does not understand (TargetGroupId: the answer is group 0, not the saved group',
  );
  await expect(page.getByText(/^Saved 1 change/)).toHaveCount(0);
  await expect(page.getByText('1 unsaved change', { exact: true })).toBeVisible();
  await expect(cell(page, 'Ella Sand', 0)).toHaveText('5,000');
  await expectNoAxeViolations(page);
  // The server kept its value: nothing was stored.
  const kept = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  expect(ellaOf(kept).Values[0]).toBe(0);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved 1 change.', { exact: true }).first()).toBeVisible();
  const now = await targets(request, 'GetTargetGroup', { TargetGroupId: saved.TargetGroupId });
  expect(ellaOf(now).Values[0]).toBe(5000);
});

test('creating targets answered with an empty group says they could not be confirmed, and the check tells', async ({
  page,
  request,
}) => {
  const year = 2073;
  await deleteTargetGroupOfYear(request, year);
  await signIn(page, 'admin', `/targets?year=${year}`);
  const create = page.getByRole('button', { name: `Create targets for ${year}` });
  await expect(create).toBeEnabled();
  await armFault(page.request, { on: 'SaveTargetGroup', kind: 'emptyTargetGroup' });
  await create.click();

  const alert = page
    .getByRole('alert')
    .filter({ hasText: `The targets for ${year} could not be confirmed` });
  await expect(alert).toContainText(
    `so the targets for ${year} may or may not have been created. Check whether they exist before creating them again.`,
  );
  await expectNoAxeViolations(page);
  // Nothing was stored: the check says so, and creating again works.
  await alert.getByRole('button', { name: `Check the targets for ${year}` }).click();
  await expect(page.getByRole('alert')).toContainText(
    `The server has no targets for ${year}, so they were not created. Press Create targets for ${year} to try again.`,
  );
  expect(await targetGroupOfYear(request, year)).toBeNull();
  await create.click();
  await expect(page.getByRole('grid', { name: `Targets ${year}` })).toBeVisible();
  await deleteTargetGroupOfYear(request, year);
});
