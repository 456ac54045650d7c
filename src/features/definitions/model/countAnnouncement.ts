/**
 * What the definitions list's live region holds, so that each event is announced once: the count
 * when the search or the resource type changed (nothing else tells the user what they now see),
 * and nothing after a delete, an upload or a refresh changed it (their notification says so).
 */
export interface CountAnnouncement {
  /** The filters the count was last seen for (any string that changes when they do). */
  filters: string;
  /** The count as last seen. */
  count: string;
  /** The live region's text. */
  said: string;
}

/**
 * The region's next state, given the filters and the count on view now (`null` while the list
 * for these filters is loading: the count is said once it is there).
 */
export function nextCountAnnouncement(
  previous: CountAnnouncement | null,
  filters: string,
  count: string | null,
): CountAnnouncement | null {
  if (count === null) return previous;
  // The first count: the region appears holding it, which screen readers do not announce (the
  // page was just opened); a search or type change after it is.
  if (previous === null || previous.filters !== filters) return { filters, count, said: count };
  if (previous.count === count) return previous;
  // The count changed on its own: emptied, which is not announced, rather than left stale.
  return { filters, count, said: '' };
}
