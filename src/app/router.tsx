import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { basePath } from '../api/http/appPath.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { PageSkeleton } from './layout/PageSkeleton.tsx';
import { RouteErrorBoundary } from './errors/RouteErrorBoundary.tsx';
import { workflowsRoutes } from '../features/workflows/routes.tsx';
import { eventsRoutes } from '../features/events/routes.tsx';
import { targetsRoutes } from '../features/targets/routes.tsx';
import { definitionsRoutes } from '../features/definitions/routes.tsx';

/** A feature area: its own error boundary, so a failure there leaves the shell working. */
const area = (path: string, children: RouteObject[]): RouteObject => ({
  path,
  ErrorBoundary: RouteErrorBoundary,
  children,
});

/** The app's routes; loaders that prefetch data share the app's query cache. */
export const appRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: '/sign-in',
    lazy: () => import('./pages/SignInPage.tsx').then((m) => ({ Component: m.SignInPage })),
    HydrateFallback: PageSkeleton,
    ErrorBoundary: RouteErrorBoundary,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    HydrateFallback: PageSkeleton,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        ErrorBoundary: RouteErrorBoundary,
        children: [
          {
            index: true,
            lazy: () => import('./pages/HomePage.tsx').then((m) => ({ Component: m.HomePage })),
          },
          area('workflows', workflowsRoutes),
          area('events', eventsRoutes),
          area('targets', targetsRoutes(queryClient)),
          area('definitions', definitionsRoutes),
          {
            path: 'settings',
            lazy: () =>
              import('./pages/SettingsPage.tsx').then((m) => ({ Component: m.SettingsPage })),
          },
          {
            path: '*',
            lazy: () =>
              import('./pages/NotFoundPage.tsx').then((m) => ({ Component: m.NotFoundPage })),
          },
        ],
      },
    ],
  },
];

/** The router, under the build's base (FLOWDESK_BASE): '/flowdesk/targets' is the targets page. */
export const createAppRouter = (queryClient: QueryClient) =>
  createBrowserRouter(appRoutes(queryClient), {
    basename: basePath(import.meta.env.BASE_URL) || '/',
  });
