/**
 * The targets queries the page uses, on top of the shared API layer (src/api/targets): one
 * place that picks the lookup (by year, or by year and target type).
 */
import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../../api/http/ApiError.ts';
import {
  useSaveTargetGroup,
  useTargetGroupForYear,
  useTargetGroupForYearAndDimension,
  useTargetRevisionHistory,
} from '../../../api/targets/hooks.ts';
import { targetsKeys } from '../../../api/targets/keys.ts';
import type { TargetGroup } from '../../../api/targets/schemas.ts';
import { createDefaultTargetGroup } from '../../../api/targets/targetsApi.ts';

/** The group of a year (and target type); data null when the year has none yet. */
export function useGroupForYear(year: number, dimensionId: number | null, enabled = true) {
  const byYear = useTargetGroupForYear(year, 'Sale', enabled && dimensionId === null);
  const byType = useTargetGroupForYearAndDimension(year, dimensionId ?? 0, enabled);
  return dimensionId === null ? byYear : byType;
}

export const useSaveGroup = useSaveTargetGroup;

/** The template CreateDefaultTargetGroup returns: its rights say whether the user may create. */
export function useDefaultGroupTemplate(year: number) {
  return useQuery<TargetGroup, ApiError>({
    queryKey: [...targetsKeys.all, 'defaultGroup', year],
    staleTime: Infinity,
    queryFn: () => createDefaultTargetGroup({ Year: year }),
  });
}

export const useRevisionHistory = useTargetRevisionHistory;
