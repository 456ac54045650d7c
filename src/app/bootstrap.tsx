import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './AppProviders.tsx';
import { createAppRouter } from './router.tsx';

/** Renders the app (router, providers) into #root, sharing the query cache main.tsx created. */
export function mountApp(queryClient: QueryClient): void {
  const router = createAppRouter(queryClient);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
