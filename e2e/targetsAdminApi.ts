import { expect, type APIRequestContext } from '@playwright/test';

const admin = { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };

/**
 * Calls a Targets agent method as the admin, for a spec's own setup (a group of its own year);
 * fails the test with the server's answer when the call is refused.
 */
export async function targetsAsAdmin(request: APIRequestContext, method: string, body: unknown) {
  const res = await request.post(`/api/v1/Agents/Targets/${method}`, {
    headers: admin,
    data: body,
  });
  expect(res.ok(), `${method}: ${await res.text()}`).toBe(true);
  return res.json();
}

/** The group of `year` (the default target type) as the admin sees it, or null when there is none. */
export async function targetGroupOfYear(request: APIRequestContext, year: number) {
  const res = await request.post('/api/v1/Agents/Targets/GetTargetGroupForYear', {
    headers: admin,
    data: { TargetYear: year },
  });
  if (res.status() === 404) return null;
  expect(res.ok(), `GetTargetGroupForYear: ${await res.text()}`).toBe(true);
  return res.json();
}

/**
 * Deletes the group of `year` (the default target type) if there is one, unlocking its locked
 * rows first (the sandbox refuses to delete a group with locked rows): a spec's clean-up, so its
 * years are free again for its next run on the same database.
 */
export async function deleteTargetGroupOfYear(request: APIRequestContext, year: number) {
  const group = await targetGroupOfYear(request, year);
  if (!group) return;
  const assignments = group.TargetAssignments as { Locked?: boolean }[];
  if (assignments.some((a) => a.Locked)) {
    for (const a of assignments) a.Locked = false;
    await targetsAsAdmin(request, 'SaveTargetGroup', group);
  }
  const res = await request.post('/api/v1/Agents/Targets/DeleteTargetGroup', {
    headers: admin,
    data: { TargetGroupId: group.TargetGroupId },
  });
  expect(res.ok(), `DeleteTargetGroup: ${await res.text()}`).toBe(true);
}

/**
 * Creates the group of `year` (the default target type) as the tenant's defaults make it, by
 * `periodType` when given, and saves it: a spec's own group; returns it as saved.
 */
export async function saveNewTargetGroup(
  request: APIRequestContext,
  year: number,
  periodType?: 'Month' | 'Quarter' | 'HalfYear',
) {
  const draft = await targetsAsAdmin(request, 'CreateDefaultTargetGroup', {
    Year: year,
    ...(periodType ? { PeriodType: periodType } : {}),
  });
  return targetsAsAdmin(request, 'SaveTargetGroup', draft);
}
