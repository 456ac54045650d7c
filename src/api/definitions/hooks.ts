import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { definitionsKeys } from './keys.ts';
import { deleteDefinition, fetchDefinitions } from './definitionsApi.ts';
import { ensurePlatformAccount } from './platformSession.ts';

/** The platform session for this page (signed in with the stored credentials when possible). */
export function usePlatformAccount() {
  return useQuery({
    queryKey: definitionsKeys.account(),
    queryFn: ensurePlatformAccount,
    staleTime: Infinity,
    retry: false,
  });
}

/** The definitions on the platform, optionally of one ObjectType (after the session is settled). */
export function useDefinitions(objectType: string | null, enabled = true) {
  return useQuery({
    queryKey: definitionsKeys.list(objectType),
    queryFn: ({ signal }) => fetchDefinitions(objectType, signal),
    enabled,
  });
}

/** Deletes one definition and refreshes the lists. */
export function useDeleteDefinition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => deleteDefinition(key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: definitionsKeys.lists() }),
  });
}
