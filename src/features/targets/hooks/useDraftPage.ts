import { useMemo } from 'react';
import type { DraftPage } from '../model/draftPage.ts';
import type { PlannerGroup } from './plannerGroup.ts';
import { useDefaultTargetType } from './targetsApi.ts';

/**
 * The page `group` is shown on, as a draft keeps it: its year, its target type as loaded (not as
 * the address named it, `dimensionId`, null for the default) and the default type the pickers
 * know. An address without ?type opened the default type, so the group's type is the default one
 * while the type list is not read yet.
 */
export function useDraftPage(group: PlannerGroup, dimensionId: number | null): DraftPage {
  const listedDefault = useDefaultTargetType();
  const groupType = group.TargetDimension?.TargetDimensionId;
  const defaultDimensionId = listedDefault ?? (dimensionId === null ? groupType : undefined);
  const type = groupType ?? dimensionId ?? defaultDimensionId;
  return useMemo(
    () => ({
      year: group.Year,
      dimensionId: type ?? null,
      defaultDimensionId: defaultDimensionId ?? null,
    }),
    [group.Year, type, defaultDimensionId],
  );
}
