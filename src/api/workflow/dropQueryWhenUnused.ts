import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Drops a cached query of something that no longer exists (just deleted), without fetching it
 * again. Removing it while the page that shows it is still mounted would not do: that page's
 * next render (before it navigates away) builds the query afresh and fetches it, a 404. So a
 * query still in use is only cancelled now and removed once its last observer is gone.
 */
export function dropQueryWhenUnused(qc: QueryClient, queryKey: QueryKey): void {
  const cache = qc.getQueryCache();
  const query = cache.find({ queryKey, exact: true });
  if (!query) return;
  void qc.cancelQueries({ queryKey, exact: true });
  if (query.getObserversCount() === 0) {
    cache.remove(query);
    return;
  }
  const unsubscribe = cache.subscribe((event) => {
    if (event.query !== query) return;
    if (event.type === 'removed') unsubscribe();
    else if (event.type === 'observerRemoved' && query.getObserversCount() === 0) {
      unsubscribe();
      cache.remove(query);
    }
  });
}
