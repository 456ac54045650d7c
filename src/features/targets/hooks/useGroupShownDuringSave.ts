import { useState } from 'react';

/** A loaded group as the page shows it: the data and when it was loaded (the workspace's key). */
export interface ShownGroup<T> {
  readonly data: T;
  readonly updatedAt: number;
}

/**
 * The group the page shows: the query's, except that while a save is under way a new load of
 * the same group (a refetch on reconnect, say) waits until the save is over. Shown at once, it
 * would start a new workspace in the middle of the save, and the edits typed there meanwhile
 * would be lost when the saved group replaces it. Another group (year, target type) shows at once.
 */
export function useGroupShownDuringSave<T extends { readonly TargetGroupId: number } | null>(
  current: ShownGroup<T> | undefined,
  saving: boolean,
): ShownGroup<T> | undefined {
  const [held, setHeld] = useState(current);
  const sameGroup =
    held !== undefined &&
    current !== undefined &&
    held.data !== null &&
    current.data !== null &&
    held.data.TargetGroupId === current.data.TargetGroupId;
  const hold = saving && sameGroup;
  // Adjusted while rendering (React's pattern for state derived from props): no extra paint.
  if (!hold && (held?.data !== current?.data || held?.updatedAt !== current?.updatedAt))
    setHeld(current);
  return hold ? held : current;
}
