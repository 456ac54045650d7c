import { useState } from 'react';
import { nextCountAnnouncement, type CountAnnouncement } from '../model/countAnnouncement.ts';

/**
 * The text of the list's live region (see nextCountAnnouncement), or `null` before the first
 * count. Updated during render, so the region first appears already holding the count.
 */
export function useCountAnnouncement(filters: string, count: string | null): string | null {
  const [state, setState] = useState<CountAnnouncement | null>(null);
  const next = nextCountAnnouncement(state, filters, count);
  if (next !== state) setState(next);
  return next?.said ?? null;
}
