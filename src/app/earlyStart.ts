import type { QueryClient } from '@tanstack/react-query';
import { preloadTargetsPage } from '../features/targets/preloadTargetsPage.ts';
import { createQueryClient } from './queryClient.ts';

/**
 * Runs before React, the router and the rest of the app are evaluated (main.tsx imports this
 * first, and it depends on none of them): pages whose data takes longer to arrive than the
 * app's code start their requests and their code here, so both travel together. The routes'
 * loaders make the same calls on in-app navigation (no-ops when already under way).
 */
const early: Record<string, (queryClient: QueryClient, url: URL) => void> = {
  '/targets': preloadTargetsPage,
};

/** The app's one query cache (the early requests land in it). */
export const queryClient = createQueryClient();

early[window.location.pathname.replace(/\/+$/, '') || '/']?.(
  queryClient,
  new URL(window.location.href),
);
