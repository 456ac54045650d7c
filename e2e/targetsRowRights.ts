import type { Page } from '@playwright/test';

interface Assignment {
  TargetAssociate?: { FullName?: string } | null;
  TableRight?: unknown;
  FieldProperties?: Record<string, unknown> | null;
}

/**
 * Answers the page's loads of a target group as the sandbox does, but with the rows of `names`
 * given the rights a tenant may send for a row the user may see and not change: TableRight
 * Select and a read-only Values field, with `reason`.
 */
export async function restrictRows(page: Page, names: readonly string[], reason: string) {
  await page.route(/\/Agents\/Targets\/GetTargetGroupForYear/, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { TargetAssignments?: Assignment[] } | null;
    for (const a of json?.TargetAssignments ?? []) {
      if (!names.includes(a.TargetAssociate?.FullName ?? '')) continue;
      a.TableRight = { Mask: 'Select', Reason: reason };
      a.FieldProperties = {
        ...a.FieldProperties,
        Values: {
          FieldRight: { Mask: 'Read', Reason: reason },
          FieldType: 'System.Array',
          FieldLength: -1,
        },
      };
    }
    await route.fulfill({ response, json });
  });
}
