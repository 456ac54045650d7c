import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { setUnauthorizedHandler } from '../../api/http/client.ts';
import { useConnection } from './useConnection.ts';

const signInPath = (returnTo: string, expired: boolean) =>
  `/sign-in?returnTo=${encodeURIComponent(returnTo)}${expired ? '&reason=expired' : ''}`;

/**
 * Shows its children only when signed in; otherwise goes to sign-in and comes back. Any 401 from
 * the API does the same, returning the user to where they were after signing in again.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const connection = useConnection();
  const location = useLocation();
  const navigate = useNavigate();
  const here = location.pathname + location.search;

  useEffect(() => {
    setUnauthorizedHandler(() => navigate(signInPath(here, true), { replace: true }));
    return () => setUnauthorizedHandler(() => {});
  }, [navigate, here]);

  if (!connection) return <Navigate to={signInPath(here, false)} replace />;
  return <>{children}</>;
}
