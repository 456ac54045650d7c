import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { targetsGrid } from './targetsGrid.ts';

const year = new Date().getFullYear();
const { grid } = targetsGrid(year);

test('a month column is named in full for screen readers, as its tooltip and the editor have it', async ({
  page,
}) => {
  await signIn(page, 'planner', '/targets');
  const january = grid(page).getByRole('columnheader', { name: 'January', exact: true });
  // Shown short, to leave room for the figures; read out in full on every move to the column.
  await expect(january).toHaveText('Jan');
  await expect(january).toHaveAttribute('aria-colindex', '2');
  await expect(grid(page).getByRole('columnheader', { name: 'February', exact: true })).toHaveText(
    'Feb',
  );
  await expectNoAxeViolations(page);
});
