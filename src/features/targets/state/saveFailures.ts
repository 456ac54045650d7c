import type { SaveFailureText } from '../model/saveFailureText.ts';

/**
 * The failed save each group's view shows, by key (group and user, as in saveHandoff.ts). Kept
 * outside the workspace: a new load of the group that landed while the save was under way
 * replaces the workspace as the save fails, and the new one must still say what failed (its
 * edits come back from the draft). A failure lasts while some workspace shows its group: gone
 * to another year or page, it is forgotten.
 */
const failures = new Map<string, SaveFailureText>();
const listeners = new Map<string, Set<() => void>>();

export function saveFailureOf(key: string): SaveFailureText | null {
  return failures.get(key) ?? null;
}

/** Sets (or with null, clears) the failure shown for `key`. */
export function setSaveFailure(key: string, failure: SaveFailureText | null): void {
  if (failure) failures.set(key, failure);
  else failures.delete(key);
  for (const l of listeners.get(key) ?? []) l();
}

/** For useSyncExternalStore. */
export function subscribeSaveFailure(key: string, listener: () => void): () => void {
  let own = listeners.get(key);
  if (!own) listeners.set(key, (own = new Set()));
  own.add(listener);
  return () => {
    own.delete(listener);
    // The workspace that replaces this one subscribes in the same commit: only when none has
    // after that is the group no longer shown.
    setTimeout(() => {
      if (listeners.get(key)?.size) return;
      listeners.delete(key);
      failures.delete(key);
    }, 0);
  };
}
