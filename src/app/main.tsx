import '../ui/tokens.css';
import { prefetchForUrl } from './earlyPrefetch.ts';
import { createQueryClient } from './queryClient.ts';

// This entry is small on purpose: it starts the page's data request first, then loads React and
// the rest of the app (bootstrap.tsx) while the data is on its way.
const queryClient = createQueryClient();
prefetchForUrl(queryClient, new URL(window.location.href));
void import('./bootstrap.tsx').then(({ mountApp }) => mountApp(queryClient));
