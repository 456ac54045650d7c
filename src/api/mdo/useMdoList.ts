import { useQuery } from '@tanstack/react-query';
import { request } from '../http/client.ts';
import { mdoListSchema } from './schemas.ts';

export const mdoKeys = {
  all: ['mdo'] as const,
  list: (name: string) => ['mdo', name.toLowerCase()] as const,
};

export function fetchMdoList(name: string, signal?: AbortSignal) {
  return request(`/api/v1/MDOList/${encodeURIComponent(name)}`, {
    method: 'GET',
    schema: mdoListSchema,
    signal,
  });
}

/** A picklist (currency, targetyear, usergroup, workflowsteptype, …). Lists rarely change: cache long. */
export function useMdoList(name: string) {
  return useQuery({
    queryKey: mdoKeys.list(name),
    queryFn: ({ signal }) => fetchMdoList(name, signal),
    staleTime: 10 * 60_000,
  });
}
