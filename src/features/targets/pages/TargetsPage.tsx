import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RefreshCw } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import { useConnection } from '../../../app/auth/useConnection.ts';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { useToast } from '../../../ui/toastContext.ts';
import { GroupSettingsButton } from '../components/GroupSettingsButton.tsx';
import { GroupPickers } from '../components/GroupPickers.tsx';
import { GroupListWarnings } from '../components/GroupListWarnings.tsx';
import { TargetsWorkspace } from '../components/TargetsWorkspace.tsx';
import { buildAccessModel } from '../../../rights/accessModel.ts';
import { RecordHiddenNotice } from '../../../rights/RecordHiddenNotice.tsx';
import { valuesByOwner, ownerKey } from '../hooks/ownerKey.ts';
import { useGroupForYear, useSaveGroup } from '../hooks/targetsApi.ts';
import { forgetYearLeft } from '../hooks/useGroupSettings.ts';
import { useGroupShownDuringSave } from '../hooks/useGroupShownDuringSave.ts';
import { useIdleAfter } from '../hooks/useIdleAfter.ts';
import { useTargetsParams } from '../hooks/useTargetsParams.ts';
import type { LastYearLookup } from '../hooks/useRowActions.ts';
import { draftOwner } from '../model/draft.ts';
import { groupSummary } from '../model/groupSummary.ts';
import type { TargetRow } from '../model/types.ts';
import type { TargetAssignment, TargetGroup } from '../../../api/targets/schemas.ts';
import { lazyWithPreload } from '../../../ui/lazyWithPreload.ts';
import { numberFormat } from '../grid/numberFormat.ts';
import styles from './TargetsPage.module.css';

// Only a year without targets shows it: not part of the page's first download.
const CreateGroupPanel = lazyWithPreload(() =>
  import('../components/CreateGroupPanel.tsx').then((m) => ({ default: m.CreateGroupPanel })),
);

/** Targets: pick a year and a target type, then plan the group's values per period. */
export function TargetsPage() {
  const { year, dimensionId, select } = useTargetsParams();
  const { toast } = useToast();
  const connection = useConnection();
  const [gridDirty, setGridDirty] = useState(false);
  // The year and type whose group is being created here: its grid then takes the focus.
  const [creating, setCreating] = useState<string | null>(null);
  // Group settings moved the group to another year: its button takes the focus back once shown.
  const [settingsMoved, setSettingsMoved] = useState(false);
  // …and the group as it was, until the new year's page is on screen (see forgetYearLeft).
  const [yearLeft, setYearLeft] = useState<TargetGroup | null>(null);
  const markSettingsMoved = useCallback((left: TargetGroup) => {
    setSettingsMoved(true);
    setYearLeft(left);
  }, []);
  const clearSettingsMoved = useCallback(() => setSettingsMoved(false), []);
  const groupKey = `${year}|${dimensionId ?? ''}`;
  const locale = connection?.culture || navigator.language || 'en-US';
  const owner = connection
    ? draftOwner(connection.baseUrl, connection.userName || connection.displayName)
    : null;
  const group = useGroupForYear(year, dimensionId);
  // Last year's group (for "copy from last year") loads once this one is on screen.
  const lastYearQuery = useGroupForYear(year - 1, dimensionId, useIdleAfter(group.isSuccess));
  const save = useSaveGroup();
  // A refetch landing during a save waits for it: the workspace (and what is typed in it) stays.
  const shown = useGroupShownDuringSave(
    group.data ? { data: group.data, updatedAt: group.dataUpdatedAt } : undefined,
    save.isPending,
  );
  useDocumentTitle(`Targets ${year}`);
  // After this page's queries have moved to the new year (their effects run first).
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!yearLeft || yearLeft.Year === year) return;
    forgetYearLeft(queryClient, yearLeft, dimensionId);
    setYearLeft(null);
  }, [yearLeft, year, dimensionId, queryClient]);
  // A group the server hides (TableRight without Select) shows why, none of its values.
  const hiddenReason = shown ? buildAccessModel(shown.data).hiddenReason : '';

  const lastYearValues = useMemo(
    () => (lastYearQuery.data ? valuesByOwner(lastYearQuery.data.TargetAssignments) : null),
    [lastYearQuery.data],
  );
  // Indexed on the first lookup (a row action), not on every load of 10,000 rows.
  const assignmentById = useMemo(() => {
    let byId: Map<number, TargetAssignment> | null = null;
    return (id: number) =>
      (byId ??= new Map(
        (group.data?.TargetAssignments ?? []).map((a) => [a.TargetAssignmentInfoId, a]),
      )).get(id);
  }, [group.data]);
  const lastYear: LastYearLookup = useCallback(
    (row: TargetRow) => {
      if (lastYearQuery.isPending) return 'loading';
      const a = row.assignmentId === null ? undefined : assignmentById(row.assignmentId);
      return (a && lastYearValues?.get(ownerKey(a))) ?? null;
    },
    [lastYearQuery.isPending, lastYearValues, assignmentById],
  );

  const { mutateAsync } = save;
  // The body is the loaded TargetGroup with edits applied (buildSavePayload keeps its shape).
  const saveGroup = useCallback((body: unknown) => mutateAsync(body as TargetGroup), [mutateAsync]);

  // The open "kept as a draft" toast, and the group it is about.
  const draftToast = useRef<{ year: number; dimensionId: number | null; close: () => void }>(null);

  // Another year or target type: unsaved edits stay as this group's draft (written as the grid
  // goes); the planner is told where they are rather than stopped with a question.
  const selectGroup = useCallback(
    (next: { year?: number; dimensionId?: number | null }) => {
      const moves =
        (next.year !== undefined && next.year !== year) ||
        (next.dimensionId !== undefined && next.dimensionId !== dimensionId);
      if (moves && gridDirty) {
        draftToast.current?.close();
        const close = toast({
          title: `Unsaved changes to Targets ${year} kept as a draft`,
          description: `They are not saved yet. They come back when you open ${year} and this target type again.`,
          tone: 'info',
          duration: 10_000,
        });
        draftToast.current = { year, dimensionId, close };
      }
      select(next);
    },
    [year, dimensionId, gridDirty, toast, select],
  );

  // Back on the group the toast was about, its "they come back when you open…" is done (the
  // restored-draft notice takes over).
  useEffect(() => {
    const shown = draftToast.current;
    if (shown && shown.year === year && shown.dimensionId === dimensionId) {
      shown.close();
      draftToast.current = null;
    }
  }, [year, dimensionId]);

  const notFound = group.data === null;
  const title = `Targets ${year}`;

  return (
    <div className={styles.page}>
      <PageHeader
        className={styles.header}
        title="Targets"
        description="Yearly sales targets per period for the company, user groups and users."
        actions={<GroupPickers year={year} dimensionId={dimensionId} onChange={selectGroup} />}
      />
      <GroupListWarnings year={year} />
      {/* A group hidden from the user: not what it holds, nor a way into its settings. */}
      {group.data && !hiddenReason && (
        <div className={styles.meta}>
          <Badge tone="accent">{group.data.Year}</Badge>
          <span>{groupSummary(group.data, numberFormat(locale, 0))}</span>
          <GroupSettingsButton
            group={group.data}
            unsavedChanges={gridDirty}
            locale={locale}
            takeFocus={settingsMoved}
            onYearMoved={markSettingsMoved}
            onFocusTaken={clearSettingsMoved}
          />
        </div>
      )}
      {group.isPending && <Skeleton lines={8} label="Loading targets…" />}
      {notFound && (
        <Suspense fallback={<Skeleton lines={4} label="Loading…" />}>
          <CreateGroupPanel
            year={year}
            dimensionId={dimensionId}
            locale={locale}
            onCreate={() => setCreating(groupKey)}
          />
        </Suspense>
      )}
      {group.isError && (
        <Banner
          tone="danger"
          title="The targets could not be loaded"
          actions={
            <Button size="sm" icon={<RefreshCw />} onClick={() => void group.refetch()}>
              Try again
            </Button>
          }
        >
          {group.error.userMessage}
        </Banner>
      )}
      {shown && hiddenReason && <RecordHiddenNotice reason={hiddenReason} />}
      {shown && !hiddenReason && (
        <TargetsWorkspace
          key={`${shown.data.TargetGroupId}-${shown.updatedAt}`}
          group={shown.data}
          dimensionId={dimensionId}
          title={title}
          locale={locale}
          save={saveGroup}
          lastYear={lastYear}
          onDirtyChange={setGridDirty}
          draftOwner={owner}
          justCreated={creating === groupKey}
        />
      )}
    </div>
  );
}
