import type { RouteObject } from 'react-router';

/** Routes under /definitions (pages are lazy-loaded). */
export const definitionsRoutes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('./DefinitionsPage.tsx').then((m) => ({ Component: m.DefinitionsPage })),
  },
];
