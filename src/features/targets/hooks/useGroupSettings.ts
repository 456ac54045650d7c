import { useCallback } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { applySavedGroup } from '../../../api/targets/hooks.ts';
import { targetsKeys } from '../../../api/targets/keys.ts';
import { fetchTargetGroup } from '../../../api/targets/targetsApi.ts';
import type { TargetGroup } from '../../../api/targets/schemas.ts';
import { buildSettingsPayload, type GroupSettings } from '../model/groupSettings.ts';
import { useSaveGroup } from './targetsApi.ts';
import { useTargetsParams } from './useTargetsParams.ts';

/**
 * Saves a group's Year / PeriodType / EntityType: SaveTargetGroup with the loaded group (unknown
 * properties kept) and the new settings, every row carried over to the new periods when the
 * PeriodType changes (buildSettingsPayload). The saved group replaces the loaded one in every
 * cached query (useSaveTargetGroup). A new Year also moves the URL (?year=) to it, replacing the
 * history entry (the old address no longer shows this group); the page then empties the old
 * year's queries (forgetYearLeft). `reload` reads the group as the server has it (after a save
 * whose answer was lost) and shows it the same way.
 */
export function useGroupSettings(group: TargetGroup) {
  const save = useSaveGroup();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { dimensionId } = useTargetsParams();

  /** The group as saved, under its (maybe new) year: the URL follows it. */
  const follow = useCallback(
    async (saved: TargetGroup) => {
      if (saved.Year !== group.Year) {
        // The new year's address shows the saved group at once, without a request.
        qc.setQueryData(
          dimensionId === null
            ? targetsKeys.groupForYear(saved.Year, saved.EntityType)
            : targetsKeys.groupForYearAndDimension(saved.Year, dimensionId),
          saved,
        );
        const next = new URLSearchParams(params);
        next.set('year', String(saved.Year));
        await navigate({ search: `?${next}` }, { replace: true });
      }
    },
    [group, qc, navigate, params, dimensionId],
  );

  const submit = useCallback(
    async (settings: GroupSettings): Promise<TargetGroup> => {
      const saved = await save.mutateAsync(buildSettingsPayload(group, settings));
      await follow(saved);
      return saved;
    },
    [save, group, follow],
  );

  const reload = useCallback(async (): Promise<TargetGroup> => {
    const now = await fetchTargetGroup(group.TargetGroupId);
    applySavedGroup(qc, now);
    await follow(now);
    return now;
  }, [group.TargetGroupId, qc, follow]);

  return { submit, reload, saving: save.isPending };
}

/**
 * After a move to another year, once the new year's page is on screen: the year the group left
 * has none now (one group per year and type), so its queries say so without asking the server
 * (as "last year" of the new year, the page would otherwise read it at once), and are marked
 * stale, so opening that year again reads what the server has then. Not before: the old year's
 * page, still on screen while the new one renders, showed its loading (queries removed) or its
 * "create" panel (emptied) and read its group again.
 */
export function forgetYearLeft(
  qc: QueryClient,
  left: TargetGroup,
  dimensionId: number | null,
): void {
  for (const key of [
    targetsKeys.groupForYear(left.Year, left.EntityType),
    ...(dimensionId === null ? [] : [targetsKeys.groupForYearAndDimension(left.Year, dimensionId)]),
  ]) {
    qc.setQueryData(key, null);
    void qc.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' });
  }
}
