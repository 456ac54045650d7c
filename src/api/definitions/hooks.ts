import { useEffect } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { definitionsKeys } from './keys.ts';
import { deleteDefinition, fetchDefinitions } from './definitionsApi.ts';
import { ensurePlatformAccount, onPlatformSignIn } from './platformSession.ts';
import { deleteTreatingNotFoundAsGone, withoutDefinition } from './deleteOutcome.ts';
import type { WorkflowDefinition } from './schemas.ts';

/**
 * The platform session for this page (signed in with the stored credentials when possible): null
 * while no sign-in has succeeded. A later sign-in (a call's 401 signs in again) replaces it.
 */
export function usePlatformAccount() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onPlatformSignIn((account) => queryClient.setQueryData(definitionsKeys.account(), account)),
    [queryClient],
  );
  return useQuery({
    queryKey: definitionsKeys.account(),
    queryFn: ensurePlatformAccount,
    staleTime: Infinity,
    retry: false,
  });
}

/** The definitions on the platform, optionally of one ObjectType. */
export const definitionsListQuery = (objectType: string | null) =>
  queryOptions({
    queryKey: definitionsKeys.list(objectType),
    queryFn: ({ signal }) => fetchDefinitions(objectType, signal),
  });

/** The definitions on the platform, optionally of one ObjectType (after the session is settled). */
export function useDefinitions(objectType: string | null, enabled = true) {
  return useQuery({ ...definitionsListQuery(objectType), enabled });
}

/** Whether the platform lists a definition of this key (read afresh). */
const isListed = async (key: string) => (await fetchDefinitions(null)).some((d) => d.Key === key);

/**
 * Deletes one definition: resolves `'deleted'`, or `'already-gone'` when the platform answers 404
 * and no longer lists it (someone deleted it first). Either way it leaves the cached lists at
 * once, then they refresh. A 404 for a definition still listed fails (DeleteRefusedAsNotFound).
 */
export function useDeleteDefinition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) =>
      deleteTreatingNotFoundAsGone(
        () => deleteDefinition(key),
        () => isListed(key),
      ),
    onSuccess: (_outcome, key) => {
      queryClient.setQueriesData<WorkflowDefinition[]>({ queryKey: definitionsKeys.lists() }, (l) =>
        withoutDefinition(l, key),
      );
      void queryClient.invalidateQueries({ queryKey: definitionsKeys.lists() });
    },
  });
}
