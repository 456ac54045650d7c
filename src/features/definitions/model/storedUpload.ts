import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';

/**
 * Whether an upload whose answer never arrived was stored anyway, read from the platform's list
 * afterwards: `stored` (with the definition), `notStored`, or `unknown` (the list could not tell).
 */
export type StoredUpload =
  | { outcome: 'stored'; definition: WorkflowDefinition }
  | { outcome: 'notStored' }
  | { outcome: 'unknown' };

const sameName = (a: string, b: string) => a.trim() === b.trim();

/** Keys of the definitions named `name` (as sent) in a list, or null when the list is unknown. */
export function keysNamed(
  list: readonly WorkflowDefinition[] | undefined,
  name: string,
): string[] | null {
  return list ? list.filter((d) => sameName(d.Name, name)).map((d) => d.Key) : null;
}

/**
 * The upload was stored when exactly one definition of its name is in the list now that was not
 * when it was sent (`keysBefore`) and is not another file of the batch (`claimedKeys`). Without a
 * list from before, a definition of that name may be this file or an older one: unknown.
 */
export function findStoredUpload(
  name: string,
  keysBefore: readonly string[] | null,
  listNow: readonly WorkflowDefinition[],
  claimedKeys: ReadonlySet<string> = new Set(),
): StoredUpload {
  const named = listNow.filter((d) => sameName(d.Name, name) && !claimedKeys.has(d.Key));
  if (keysBefore === null) return named.length ? { outcome: 'unknown' } : { outcome: 'notStored' };
  const added = named.filter((d) => !keysBefore.includes(d.Key));
  if (added.length === 1) return { outcome: 'stored', definition: added[0] };
  return added.length ? { outcome: 'unknown' } : { outcome: 'notStored' };
}
