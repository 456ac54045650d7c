import type { SandboxOptions } from '../../http/env.ts';
import type { DemoUser } from '../../auth/users.ts';
import { can } from '../../auth/users.ts';

type Caller = { user: DemoUser; options?: SandboxOptions };

/**
 * Why the caller may not change the row of the person named `fullName` (the sandbox's
 * restricted rows, see SandboxOptions.restrictedTargetRows), or null. A targets administrator is
 * never restricted.
 */
export function rowRestriction(
  call: Caller,
): (fullName: string | null | undefined) => string | null {
  const r = call.options?.restrictedTargetRows;
  if (!r || r.associates.length === 0 || can(call.user, 'targets.admin')) return () => null;
  const names = new Set(r.associates.map((n) => n.toLowerCase()));
  return (fullName) => (fullName && names.has(fullName.toLowerCase()) ? r.reason : null);
}

/** What decides the restriction in a response (for caches of serialised groups). */
export function restrictionVariant(call: Caller): string {
  const r = call.options?.restrictedTargetRows;
  return r && !can(call.user, 'targets.admin') ? `${r.associates.join('\u0001')}|${r.reason}` : '';
}
