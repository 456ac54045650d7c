import type { RouteObject } from 'react-router';

/** Routes under /definitions (pages are lazy-loaded). */
export const definitionsRoutes: RouteObject[] = [];
