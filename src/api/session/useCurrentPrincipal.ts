import { useQuery } from '@tanstack/react-query';
import { fetchCurrentPrincipal } from './principal.ts';

export const sessionKeys = { principal: ['session', 'principal'] as const };

/** Who is signed in, as the server sees it; a 401 here sends the user to sign in again. */
export function useCurrentPrincipal() {
  return useQuery({
    queryKey: sessionKeys.principal,
    queryFn: ({ signal }) => fetchCurrentPrincipal(signal),
    staleTime: 5 * 60_000,
  });
}
