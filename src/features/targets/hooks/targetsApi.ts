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
import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import type { TargetGroup } from '../../../api/targets/schemas.ts';
import { createDefaultTargetGroup } from '../../../api/targets/targetsApi.ts';

/**
 * The group of a year (and target type); data null when the year has none yet. The default type
 * (dimensionId null) is looked up by year, which answers with any group of the year when the
 * default type has none: such a group of another type is not taken for the default type's
 * (the picker says "All sales – Amount"), which is then looked up by its id.
 */
export function useGroupForYear(year: number, dimensionId: number | null, enabled = true) {
  const byYear = useTargetGroupForYear(year, 'Sale', enabled && dimensionId === null);
  const defaultType = useDefaultTargetType();
  const foundType = byYear.data?.TargetDimension?.TargetDimensionId;
  const otherType =
    dimensionId === null &&
    defaultType !== undefined &&
    foundType !== undefined &&
    foundType !== defaultType;
  const byType = useTargetGroupForYearAndDimension(
    year,
    dimensionId ?? (otherType ? defaultType : 0),
    enabled,
  );
  return dimensionId === null && !otherType ? byYear : byType;
}

/** The default target type, as the Target type picker shows it: the selected one, or the first. */
export function useDefaultTargetType(): number | undefined {
  const types = useMdoList('targettypes');
  return types.data?.find((t) => t.Selected)?.Id ?? types.data?.[0]?.Id;
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
