import { useState } from 'react';
import { useOnlineStatus } from '../layout/useOnlineStatus.ts';
import type { Network } from './describeError.ts';

/**
 * The connection as the error panel tells it: 'back online' once it returns after being lost
 * while the panel was shown, so a page that failed to download offline is not then blamed on an
 * update (and is loaded again).
 */
export function useNetworkSinceShown(): Network {
  const online = useOnlineStatus();
  const [wasOffline, setWasOffline] = useState(!online);
  // Derived while rendering (React's pattern for state that follows a value), not in an effect:
  // no render may show 'online' in between.
  if (!online && !wasOffline) setWasOffline(true);
  return !online ? 'offline' : wasOffline ? 'back online' : 'online';
}
