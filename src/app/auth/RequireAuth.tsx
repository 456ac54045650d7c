import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { setUnauthorizedHandler } from '../../api/http/client.ts';
import { hasUnsavedWork } from '../forms/unsavedWork.ts';
import { useConnection } from './useConnection.ts';

// Loaded only when a session expires mid-edit: its dialog code stays out of every page's load.
const SessionExpiredDialog = lazy(() =>
  import('./SessionExpiredDialog.tsx').then((m) => ({ default: m.SessionExpiredDialog })),
);

const signInPath = (returnTo: string, expired: boolean) =>
  `/sign-in?returnTo=${encodeURIComponent(returnTo)}${expired ? '&reason=expired' : ''}`;

/**
 * Shows its children only when signed in; otherwise goes to sign-in and comes back. Any 401 from
 * the API does the same, returning the user to where they were after signing in again; but when
 * the page holds unsaved work, the session is renewed in place instead, so nothing is lost.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const connection = useConnection();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = location.pathname + location.search;
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (hasUnsavedWork()) setExpired(true);
      else navigate(signInPath(here, true), { replace: true });
    });
    return () => setUnauthorizedHandler(() => {});
  }, [navigate, here]);

  if (!connection) return <Navigate to={signInPath(here, false)} replace />;
  return (
    <>
      {children}
      {expired && (
        <Suspense fallback={null}>
          <SessionExpiredDialog
            connection={connection}
            onRenewed={() => {
              setExpired(false);
              // What failed while signed out loads again; what loaded stays as it is.
              void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
            }}
            onLeave={() => {
              setExpired(false);
              navigate(signInPath(here, true), { replace: true });
            }}
          />
        </Suspense>
      )}
    </>
  );
}
