import type { QueryClient } from '@tanstack/react-query';
import { discardEarlyRequests } from '../api/http/earlyRequests.ts';
import { preloadTargetsPage } from '../features/targets/preloadTargetsPage.ts';
import { createQueryClient } from './queryClient.ts';
import { routeOf } from '../api/http/appPath.ts';

/**
 * Runs before React, the router and the rest of the app are evaluated (main.tsx imports this
 * first, and it depends on none of them): pages whose data takes longer to arrive than the
 * app's code start their requests and their code here, so both travel together. The routes'
 * loaders make the same calls on in-app navigation (no-ops when already under way). A request
 * the start script in index.html already sent is taken over rather than sent again.
 */
const early: Record<string, (queryClient: QueryClient, url: URL) => void> = {
  '/targets': preloadTargetsPage,
};

/** The app's one query cache (the early requests land in it). */
export const queryClient = createQueryClient();

early[routeOf(window.location.pathname, import.meta.env.BASE_URL)]?.(
  queryClient,
  new URL(window.location.href),
);
// The requests above have taken over what the start script sent for them; anything else it sent
// (say, for a connection the app no longer accepts) is dropped with its body.
setTimeout(discardEarlyRequests, 0);
