import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { definitionsKeys } from './keys.ts';
import { deleteDefinition, fetchDefinitions } from './definitionsApi.ts';

/** The definitions on the platform, optionally of one ObjectType. */
export function useDefinitions(objectType: string | null) {
  return useQuery({
    queryKey: definitionsKeys.list(objectType),
    queryFn: ({ signal }) => fetchDefinitions(objectType, signal),
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
