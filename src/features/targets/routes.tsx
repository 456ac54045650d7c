import type { RouteObject } from 'react-router';

/** Routes under /targets (pages are lazy-loaded). */
export const targetsRoutes: RouteObject[] = [];
