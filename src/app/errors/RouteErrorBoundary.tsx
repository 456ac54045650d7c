import { useLocation, useNavigate, useRouteError } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { AlertTriangle, RotateCcw } from 'lucide-react';
import { Button } from '../../ui/Button.tsx';
import { useDocumentTitle } from '../useDocumentTitle.ts';
import { describeError } from './describeError.ts';
import { probeTarget } from './downloadProbe.ts';
import { useNetworkSinceShown } from './useNetworkSinceShown.ts';
import { useReloadWhenReachable } from './useReloadWhenReachable.ts';
import styles from './RouteErrorBoundary.module.css';

/** Per-route error panel: says what failed and offers a retry; the rest of the app keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  // Re-read when the connection comes and goes: what to do about a failed download depends on it.
  const network = useNetworkSinceShown();
  const needsReload = describeError(error, network).needsReload;
  // The router keeps a failed page import for good, so only a reload loads the page again. When
  // it failed for want of a connection, that is done once the connection is back and Flowdesk's
  // files download again (the browser says it is online before requests get through).
  const appUrl = new URL(import.meta.env.BASE_URL, window.location.href).href;
  const failedTries = useReloadWhenReachable(
    needsReload && network === 'back online',
    probeTarget(error, appUrl),
    appUrl,
  );
  const d = describeError(error, failedTries > 0 ? 'not reachable yet' : network);
  useDocumentTitle(d.title);

  const retry = () => {
    if (d.needsReload) {
      window.location.reload();
      return;
    }
    // Drop failed queries so they load again, then re-enter the route (this clears the boundary).
    queryClient.removeQueries({ predicate: (q) => q.state.status === 'error' });
    navigate(location.pathname + location.search, { replace: true });
  };

  return (
    <section className={styles.panel} role="alert" aria-labelledby="route-error-title">
      <AlertTriangle aria-hidden="true" className={styles.icon} />
      <h1 id="route-error-title" className={styles.title}>
        {d.title}
      </h1>
      <p className={styles.message}>{d.message}</p>
      {d.detail && <p className={styles.detail}>{d.detail}</p>}
      <div className={styles.actions}>
        <Button variant="primary" icon={<RotateCcw aria-hidden="true" size={16} />} onClick={retry}>
          {d.needsReload ? 'Reload' : 'Try again'}
        </Button>
        <Button variant="secondary" onClick={() => navigate('/')}>
          Go to Home
        </Button>
      </div>
    </section>
  );
}
