import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

test('the flow diagram reads each connection once, with nothing empty from its join points', async ({
  page,
}) => {
  // Flow 1's split has a shorter path, which drops through a join point to the step after it.
  await signIn(page, 'admin', '/workflows/1');
  const diagram = page.getByRole('figure', { name: 'Diagram of the flow: steps and split paths' });
  const connections = diagram.getByRole('img', { name: /^From / });
  await expect(connections.first()).toBeAttached();
  const names = await connections.evaluateAll((all) =>
    all.map((e) => e.getAttribute('aria-label')),
  );
  // The parts into and out of a join point were both read, with the same name.
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  // A join point's box held an empty <strong>, read as an empty item.
  const empty = await diagram
    .locator('strong')
    .evaluateAll(
      (all) =>
        all.filter((s) => !s.closest('[aria-hidden="true"]') && !s.textContent?.trim()).length,
    );
  expect(empty).toBe(0);
});
