import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { ApiError } from '../http/ApiError.ts';
import { targetsKeys } from './keys.ts';
import type { TargetGroup } from './schemas.ts';
import {
  createDefaultTargetGroup,
  deleteTargetGroup,
  fetchTargetDimension,
  fetchTargetDimensions,
  fetchTargetGroup,
  fetchTargetGroupForYear,
  fetchTargetGroupForYearAndDimension,
  fetchTargetRevisionHistory,
  saveTargetGroup,
} from './targetsApi.ts';

/**
 * A group is edited locally until Save, so its queries never refetch by themselves (a refetch
 * under unsaved edits would be wasted work for 10,000 rows); Save and Delete update the cache.
 */
const groupQueryOptions = {
  staleTime: Infinity,
  refetchOnWindowFocus: false,
  retry: false,
} as const;

export const useTargetGroup = (id: number) =>
  useQuery<TargetGroup, ApiError>({
    queryKey: targetsKeys.group(id),
    queryFn: ({ signal }) => fetchTargetGroup(id, signal),
    enabled: id > 0,
    ...groupQueryOptions,
  });

/** The query of a year's group (GetTargetGroupForYear): shared by the hook and route prefetch. */
export const targetGroupForYearQuery = (year: number, entityType = 'Sale') =>
  queryOptions<TargetGroup | null, ApiError>({
    queryKey: targetsKeys.groupForYear(year, entityType),
    queryFn: ({ signal }) => fetchTargetGroupForYear(year, entityType, signal),
    ...groupQueryOptions,
  });

/** The query of a year's group for a target type (GetTargetGroupForYearAndDimension). */
export const targetGroupForYearAndDimensionQuery = (year: number, dimensionId: number) =>
  queryOptions<TargetGroup | null, ApiError>({
    queryKey: targetsKeys.groupForYearAndDimension(year, dimensionId),
    queryFn: ({ signal }) => fetchTargetGroupForYearAndDimension(year, dimensionId, signal),
    ...groupQueryOptions,
  });

/** This year's group (GetTargetGroupForYear); null when the year has none yet. */
export const useTargetGroupForYear = (year: number, entityType = 'Sale', enabled = true) =>
  useQuery({ ...targetGroupForYearQuery(year, entityType), enabled });

/** A year's group for a target type (dimension); null when there is none yet. */
export const useTargetGroupForYearAndDimension = (
  year: number,
  dimensionId: number,
  enabled = true,
) =>
  useQuery({
    ...targetGroupForYearAndDimensionQuery(year, dimensionId),
    enabled: enabled && dimensionId > 0,
  });

/** Target types (dimensions) for an entity type. */
export const useTargetDimensions = (entityType = 'Sale') =>
  useQuery({
    queryKey: targetsKeys.dimensions(entityType),
    queryFn: ({ signal }) => fetchTargetDimensions(entityType, signal),
    staleTime: 5 * 60_000,
  });

/** One target type (dimension), with its AssignmentLevel and unit; none for null. */
export const useTargetDimension = (id: number | null) =>
  useQuery({
    queryKey: targetsKeys.dimension(id ?? 0),
    queryFn: ({ signal }) => fetchTargetDimension(id ?? 0, signal),
    enabled: id !== null && id > 0,
    staleTime: 5 * 60_000,
  });

/** One row's revision history (oldest first), fetched when the side panel opens. */
export const useTargetRevisionHistory = (assignmentId: number | null) =>
  useQuery({
    queryKey: targetsKeys.revisionHistory(assignmentId ?? 0),
    queryFn: ({ signal }) => fetchTargetRevisionHistory(assignmentId ?? 0, signal),
    enabled: assignmentId !== null && assignmentId > 0,
  });

/** A new group from the server's defaults (a mutation: fetched when the user asks to create). */
export const useCreateDefaultTargetGroup = () =>
  useMutation<TargetGroup, ApiError, { Year?: number; PeriodType?: string }>({
    mutationFn: (args) => createDefaultTargetGroup(args),
  });

const isGroupKey = (key: readonly unknown[]) => key[0] === 'targets' && key[1] === 'group';

/**
 * After a Save: every cached query holding that group gets the saved group (a fetch of it under
 * way is cancelled, so it cannot put older values back); a year query that
 * had no group (null) for the saved year is refetched (the group was just created there); the
 * revision histories of the group's rows are invalidated. Nothing else is touched.
 */
export function applySavedGroup(qc: QueryClient, saved: TargetGroup): void {
  // A fetch of the group still under way (a refetch started before the save came back) would
  // land after this with the values from before the save: it is cancelled (synchronously).
  const put = (queryKey: readonly unknown[]) => {
    void qc.cancelQueries({ queryKey, exact: true });
    qc.setQueryData(queryKey, saved);
  };
  put(targetsKeys.group(saved.TargetGroupId));
  for (const q of qc.getQueryCache().findAll({ queryKey: targetsKeys.groups() })) {
    const data = q.state.data as TargetGroup | null | undefined;
    if (data && data.TargetGroupId === saved.TargetGroupId) put(q.queryKey);
    else if (data === null && q.queryKey[3] === saved.Year)
      void qc.invalidateQueries({ queryKey: q.queryKey, exact: true });
  }
  const ids = new Set((saved.TargetAssignments ?? []).map((a) => a.TargetAssignmentInfoId));
  void qc.invalidateQueries({
    queryKey: targetsKeys.revisionHistories(),
    predicate: (q) => ids.has(q.queryKey[2] as number),
  });
}

/** SaveTargetGroup; updates exactly that group's queries and its rows' histories. */
export function useSaveTargetGroup() {
  const qc = useQueryClient();
  return useMutation<TargetGroup, ApiError, TargetGroup>({
    mutationFn: (group) => saveTargetGroup(group),
    onSuccess: (saved) => applySavedGroup(qc, saved),
  });
}

/** DeleteTargetGroup; that group's queries become "no group" (null), its histories refetch. */
export function useDeleteTargetGroup() {
  const qc = useQueryClient();
  return useMutation<void, ApiError, TargetGroup>({
    mutationFn: async (group) => {
      await deleteTargetGroup(group.TargetGroupId);
    },
    onSuccess: (_, group) => {
      qc.removeQueries({ queryKey: targetsKeys.group(group.TargetGroupId), exact: true });
      for (const q of qc.getQueryCache().findAll({ queryKey: targetsKeys.groups() })) {
        const data = q.state.data as TargetGroup | null | undefined;
        if (isGroupKey(q.queryKey) && data?.TargetGroupId === group.TargetGroupId)
          qc.setQueryData(q.queryKey, null);
      }
      const ids = new Set((group.TargetAssignments ?? []).map((a) => a.TargetAssignmentInfoId));
      void qc.invalidateQueries({
        queryKey: targetsKeys.revisionHistories(),
        predicate: (q) => ids.has(q.queryKey[2] as number),
      });
    },
  });
}
