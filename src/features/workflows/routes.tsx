import type { RouteObject } from 'react-router';

/** Routes under /workflows (pages are lazy-loaded). */
export const workflowsRoutes: RouteObject[] = [];
