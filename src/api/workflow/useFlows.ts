import { useQuery } from '@tanstack/react-query';
import { workflowKeys } from './keys.ts';
import { whenOffered } from './optionalMethod.ts';
import { fetchEmailFlow, fetchEmailFlowList, fetchRestrictableFields } from './workflowApi.ts';

/**
 * All flows with status and counts (the sandbox's GetEmailFlowList), or null when the server
 * has no list of flows (a SuperOffice tenant: contract §12).
 */
export const useEmailFlows = () =>
  useQuery({
    queryKey: workflowKeys.flows(),
    queryFn: ({ signal }) => whenOffered(fetchEmailFlowList(signal)),
  });

/** One flow with its main-line steps (splits carry their options and paths) and its goals. */
export const useEmailFlow = (id: number) =>
  useQuery({
    queryKey: workflowKeys.flow(id),
    queryFn: ({ signal }) => fetchEmailFlow(id, signal),
    enabled: id > 0,
  });

/**
 * The fields a goal restriction can test (the sandbox's GetRestrictableFields), or null when the
 * server offers no such list (a SuperOffice tenant). Rarely changes: cache long.
 */
export const useRestrictableFields = () =>
  useQuery({
    queryKey: workflowKeys.restrictableFields(),
    queryFn: ({ signal }) => whenOffered(fetchRestrictableFields(signal)),
    staleTime: 10 * 60_000,
  });
