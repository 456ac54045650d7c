import { Suspense, useCallback, useMemo, useState } from 'react';
import { RefreshCw } from 'lucide-react';
import { useConnection } from '../../../app/auth/useConnection.ts';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { GroupSettingsButton } from '../components/GroupSettingsButton.tsx';
import { GroupPickers } from '../components/GroupPickers.tsx';
import { TargetsWorkspace } from '../components/TargetsWorkspace.tsx';
import { valuesByOwner, ownerKey } from '../hooks/ownerKey.ts';
import { useGroupForYear, useSaveGroup } from '../hooks/targetsApi.ts';
import { useIdleAfter } from '../hooks/useIdleAfter.ts';
import { useTargetsParams } from '../hooks/useTargetsParams.ts';
import type { LastYearLookup } from '../hooks/useRowActions.ts';
import { periodTypeAdjective } from '../model/periodTypeText.ts';
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
  const connection = useConnection();
  const [gridDirty, setGridDirty] = useState(false);
  const locale = connection?.culture || navigator.language || 'en-US';
  const group = useGroupForYear(year, dimensionId);
  // Last year's group (for "copy from last year") loads once this one is on screen.
  const lastYearQuery = useGroupForYear(year - 1, dimensionId, useIdleAfter(group.isSuccess));
  const save = useSaveGroup();
  useDocumentTitle(`Targets ${year}`);

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

  const notFound = group.data === null;
  const title = `Targets ${year}`;

  return (
    <div className={styles.page}>
      <PageHeader
        title="Targets"
        description="Yearly sales targets per period for the company, user groups and users."
        actions={<GroupPickers year={year} dimensionId={dimensionId} onChange={select} />}
      />
      {group.data && (
        <div className={styles.meta}>
          <Badge tone="accent">{group.data.Year}</Badge>
          <span>
            {periodTypeAdjective(group.data.PeriodType)} ·{' '}
            {numberFormat(locale, 0).format(group.data.TargetAssignments?.length ?? 0)} assignments
          </span>
          <GroupSettingsButton group={group.data} unsavedChanges={gridDirty} locale={locale} />
        </div>
      )}
      {group.isPending && <Skeleton lines={8} label="Loading targets…" />}
      {notFound && (
        <Suspense fallback={<Skeleton lines={4} label="Loading…" />}>
          <CreateGroupPanel year={year} dimensionId={dimensionId} locale={locale} />
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
      {group.data && (
        <TargetsWorkspace
          key={`${group.data.TargetGroupId}-${group.dataUpdatedAt}`}
          group={group.data}
          title={title}
          locale={locale}
          save={saveGroup}
          lastYear={lastYear}
          onDirtyChange={setGridDirty}
        />
      )}
    </div>
  );
}
