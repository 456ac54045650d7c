import type { QueryClient } from '@tanstack/react-query';
import { prefetchTargetGroup } from './prefetchTargetGroup.ts';

/** The Targets page's code (one module promise, shared by the route and the early start). */
export const importTargetsPage = () => import('./pages/TargetsPage.tsx');

/**
 * Everything /targets needs before it can show the grid, started at once and in parallel: the
 * group's data and the page's code.
 */
export function preloadTargetsPage(queryClient: QueryClient, url: URL): void {
  prefetchTargetGroup(queryClient, url);
  void importTargetsPage().catch(() => {}); // a failure shows when the route loads it
}
