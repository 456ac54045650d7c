import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ToastProvider } from '../ui/ToastProvider.tsx';
import { LiveAnnouncer } from '../ui/LiveAnnouncer.tsx';

/** Server state, toasts and the screen-reader live region for the whole app. */
export function AppProviders({
  queryClient,
  children,
}: {
  /** One client for the app: the router's loaders prefetch into the same cache. */
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        {children}
        <LiveAnnouncer />
      </ToastProvider>
    </QueryClientProvider>
  );
}
