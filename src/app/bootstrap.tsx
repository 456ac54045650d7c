import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './AppProviders.tsx';
import { createAppRouter } from './router.tsx';
import { tabIdentity } from './drafts/tabIdentity.ts';
import { keepStrayFileDrops } from './keepStrayFileDrops.ts';

/** Renders the app (router, providers) into #root, sharing the query cache main.tsx created. */
export function mountApp(queryClient: QueryClient): void {
  // Which tab this is takes a moment after a reload (its lock is let go by the page it replaces):
  // found from the start, so the targets draft is restored as soon as the grid is shown.
  void tabIdentity();
  keepStrayFileDrops(window);
  const router = createAppRouter(queryClient);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
