import type { QueryClient } from '@tanstack/react-query';
import { prefetchTargetGroup } from '../features/targets/prefetchTargetGroup.ts';

/**
 * Pages whose data is worth requesting before React and the router have even loaded: a large
 * targets group takes longer to arrive than the app's code, so the two should travel together.
 * The routes' loaders make the same calls on in-app navigation (a no-op when already cached).
 */
const early: Record<string, (queryClient: QueryClient, url: URL) => void> = {
  '/targets': prefetchTargetGroup,
};

export function prefetchForUrl(queryClient: QueryClient, url: URL): void {
  early[url.pathname.replace(/\/+$/, '') || '/']?.(queryClient, url);
}
