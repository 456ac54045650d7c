import type { RouteObject } from 'react-router';

/** Routes under /targets (pages are lazy-loaded). */
export const targetsRoutes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('./pages/TargetsPage.tsx').then((m) => ({ Component: m.TargetsPage })),
  },
];
