/**
 * The targets calls the page uses, in one place. Interim: plain agent calls with a loose schema,
 * until the shared API layer (src/api/targets) is in place; then this file only re-exports it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { callAgent } from '../../../api/http/client.ts';
import type { ApiError } from '../../../api/http/ApiError.ts';
import { internRights } from '../state/internRights.ts';
import type { PlannerGroup } from './plannerGroup.ts';

const groupSchema = z.custom<PlannerGroup>(
  (v) => typeof v === 'object' && v !== null && 'TargetGroupId' in v,
);
const historySchema = z.looseObject({
  Revisions: z.array(z.looseObject({})).nullish(),
});

const keys = {
  group: (year: number, dimensionId: number | null) =>
    ['targets', 'group', year, dimensionId] as const,
  history: (id: number) => ['targets', 'history', id] as const,
};

/** Identical rights objects of the rows become one shared object each. */
function shared(group: PlannerGroup): PlannerGroup {
  internRights(group.TargetAssignments as { TableRight?: unknown }[] | null | undefined);
  return group;
}

export function useGroupForYear(year: number, dimensionId: number | null, enabled = true) {
  return useQuery<PlannerGroup, ApiError>({
    queryKey: keys.group(year, dimensionId),
    enabled,
    refetchOnWindowFocus: false,
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }) => shared(await fetchGroup(year, dimensionId, signal)),
  });
}

function fetchGroup(year: number, dimensionId: number | null, signal: AbortSignal) {
  return dimensionId === null
    ? callAgent('Targets', 'GetTargetGroupForYear', {
        body: { TargetYear: year, EntityType: 'Sale' },
        schema: groupSchema,
        signal,
      })
    : callAgent('Targets', 'GetTargetGroupForYearAndDimension', {
        body: { TargetYear: year, DimensionId: dimensionId },
        schema: groupSchema,
        signal,
      });
}

export function useSaveGroup(year: number, dimensionId: number | null) {
  const qc = useQueryClient();
  return useMutation<PlannerGroup, ApiError, PlannerGroup>({
    mutationFn: (group) =>
      callAgent('Targets', 'SaveTargetGroup', { body: group, schema: groupSchema }),
    onSuccess: (saved) => qc.setQueryData(keys.group(year, dimensionId), shared(saved)),
  });
}

export function useCreateDefaultGroup() {
  return useMutation<PlannerGroup, ApiError, { Year: number }>({
    mutationFn: (args) =>
      callAgent('Targets', 'CreateDefaultTargetGroup', { body: args, schema: groupSchema }),
  });
}

/** The template CreateDefaultTargetGroup returns (its rights say whether the user may create). */
export function useDefaultGroupTemplate(year: number) {
  return useQuery<PlannerGroup, ApiError>({
    queryKey: ['targets', 'default-group', year],
    staleTime: Infinity,
    queryFn: ({ signal }) =>
      callAgent('Targets', 'CreateDefaultTargetGroup', {
        body: { Year: year },
        schema: groupSchema,
        signal,
      }),
  });
}

export function useRevisionHistory(assignmentId: number | null) {
  return useQuery({
    queryKey: keys.history(assignmentId ?? 0),
    enabled: assignmentId !== null && assignmentId > 0,
    queryFn: ({ signal }) =>
      callAgent('Targets', 'GetTargetRevisionHistory', {
        body: { TargetAssignmentInfoId: assignmentId },
        schema: historySchema,
        signal,
      }),
  });
}
