import type { RouteObject } from 'react-router';

/** Routes under /events (pages are lazy-loaded). */
export const eventsRoutes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('./EventConsolePage.tsx').then((m) => ({ Component: m.EventConsolePage })),
  },
];
