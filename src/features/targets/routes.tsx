import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { prefetchTargetGroup } from './prefetchTargetGroup.ts';
import { importTargetsPage } from './preloadTargetsPage.ts';

/**
 * Routes under /targets. The page is lazy-loaded; the loader only starts the group's request,
 * in parallel with the page's code, and does not hold up navigation.
 */
export const targetsRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    index: true,
    loader: ({ request }) => {
      prefetchTargetGroup(queryClient, new URL(request.url));
      return null;
    },
    lazy: () => importTargetsPage().then((m) => ({ Component: m.TargetsPage })),
  },
];
