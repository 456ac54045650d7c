import { useCallback, useMemo, useState } from 'react';
import { RefreshCw } from 'lucide-react';
import { useConnection } from '../../../app/auth/useConnection.ts';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { PageHeader } from '../../../ui/PageHeader.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { CreateGroupPanel } from '../components/CreateGroupPanel.tsx';
import { GroupSettingsButton } from '../components/GroupSettingsButton.tsx';
import { GroupPickers } from '../components/GroupPickers.tsx';
import { TargetsWorkspace } from '../components/TargetsWorkspace.tsx';
import { valuesByOwner, ownerKey } from '../hooks/ownerKey.ts';
import { useGroupForYear, useSaveGroup } from '../hooks/targetsApi.ts';
import { useTargetsParams } from '../hooks/useTargetsParams.ts';
import type { LastYearLookup } from '../hooks/useRowActions.ts';
import { periodTypeAdjective } from '../model/periodTypeText.ts';
import type { TargetRow } from '../model/types.ts';
import type { TargetGroup } from '../../../api/targets/schemas.ts';
import styles from './TargetsPage.module.css';

/** Targets: pick a year and a target type, then plan the group's values per period. */
export function TargetsPage() {
  const { year, dimensionId, select } = useTargetsParams();
  const connection = useConnection();
  const [gridDirty, setGridDirty] = useState(false);
  const locale = connection?.culture || navigator.language || 'en-US';
  const group = useGroupForYear(year, dimensionId);
  const lastYearQuery = useGroupForYear(year - 1, dimensionId, group.isSuccess);
  const save = useSaveGroup();
  useDocumentTitle(`Targets ${year}`);

  const lastYearValues = useMemo(
    () => (lastYearQuery.data ? valuesByOwner(lastYearQuery.data.TargetAssignments) : null),
    [lastYearQuery.data],
  );
  const byId = useMemo(
    () => new Map((group.data?.TargetAssignments ?? []).map((a) => [a.TargetAssignmentInfoId, a])),
    [group.data],
  );
  const lastYear: LastYearLookup = useCallback(
    (row: TargetRow) => {
      if (lastYearQuery.isPending) return 'loading';
      const a = row.assignmentId === null ? undefined : byId.get(row.assignmentId);
      return (a && lastYearValues?.get(ownerKey(a))) ?? null;
    },
    [lastYearQuery.isPending, lastYearValues, byId],
  );

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
            {(group.data.TargetAssignments?.length ?? 0).toLocaleString(locale)} assignments
          </span>
          <GroupSettingsButton group={group.data} unsavedChanges={gridDirty} locale={locale} />
        </div>
      )}
      {group.isPending && <Skeleton lines={8} label="Loading targets…" />}
      {notFound && <CreateGroupPanel year={year} dimensionId={dimensionId} locale={locale} />}
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
          // The body is the loaded TargetGroup with edits applied (buildSavePayload keeps its shape).
          save={(body) => save.mutateAsync(body as TargetGroup)}
          lastYear={lastYear}
          onDirtyChange={setGridDirty}
        />
      )}
    </div>
  );
}
