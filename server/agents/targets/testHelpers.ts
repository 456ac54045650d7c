import { startTestSandbox } from '../../testing/sandbox.ts';

export type Sandbox = Awaited<ReturnType<typeof startTestSandbox>>;
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies in tests

export const thisYear = new Date().getFullYear();

/** This year's seeded (monthly) group as `user` sees it. */
export async function loadThisYear(s: Sandbox, user = 'admin'): Promise<Json> {
  const r = await s.call(user, 'Targets/GetTargetGroupForYear', {
    TargetYear: thisYear,
    EntityType: 'Sale',
  });
  if (r.status !== 200) throw new Error(`load failed: ${r.status}`);
  return r.body as Json;
}

/** The first assignment matching `pick` (throws when none). */
export function find(group: Json, pick: (a: Json) => boolean): Json {
  const hit = (group.TargetAssignments as Json[]).find(pick);
  if (!hit) throw new Error('no such assignment');
  return hit;
}

export const unlockedUser = (a: Json) => a.TargetAssociate !== null && !a.Locked;
export const lockedUser = (a: Json) => a.TargetAssociate !== null && a.Locked;

/** The group with one assignment replaced by `patch(assignment)`. */
export function withAssignment(group: Json, id: number, patch: (a: Json) => Json): Json {
  return {
    ...group,
    TargetAssignments: (group.TargetAssignments as Json[]).map((a) =>
      a.TargetAssignmentInfoId === id ? patch(a) : a,
    ),
  };
}
