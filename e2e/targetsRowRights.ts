import { expect, type Page } from '@playwright/test';

const BASIC_ADMIN = `Basic ${Buffer.from('admin:admin').toString('base64')}`;

/**
 * Has the sandbox send the rows of `names` with the rights a tenant may send for a row a planner
 * may see and not change (TableRight Select, read-only Values, with `reason`), and refuse changes
 * to them, as a sandbox-only setting (POST /api/sandbox/targets/restricted-rows). With no names
 * the restriction is lifted: call that after the test, other specs use these rows.
 */
export async function restrictRows(page: Page, names: readonly string[], reason?: string) {
  const res = await page.request.post('/api/sandbox/targets/restricted-rows', {
    headers: { Authorization: BASIC_ADMIN },
    data: { Associates: names, ...(reason ? { Reason: reason } : {}) },
  });
  expect(res.ok()).toBe(true);
}
