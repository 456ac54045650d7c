import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { ownSplitOption } from './ownSplitOption.ts';

// Flow 2's "Attended" holds the split "By category": "A customers", then "Everyone else". A path
// of this test's own goes after "Everyone else" (made through the API, deleted after).
ownSplitOption('E2E late path', 'e2e-late', { flowId: 2, onPathOf: 4, optionType: 'PersonData' });

test('a path ranked after “Everyone else” is said never taken where its split is listed on a path', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/2/options/4');
  const paths = page.getByRole('list', { name: /^Paths of step 2, Split/ });
  const late = paths
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Open path “E2E late path”' }) });
  await expect(late).toContainText(
    'No participant takes this path: it is ranked after “Everyone else”, which takes everyone the paths before it did not.',
  );
  const customers = paths
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Open path “A customers”' }) });
  await expect(customers).not.toContainText('No participant takes');
});
