import type { RouteObject } from 'react-router';

/** Routes under /events (pages are lazy-loaded). */
export const eventsRoutes: RouteObject[] = [];
