import { lazy, Suspense, useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { isApiError } from '../../../api/http/ApiError.ts';
import type { EmailFlowSummary } from '../../../api/workflow/schemas.ts';
import { workflowKeys } from '../../../api/workflow/keys.ts';
import { useEmailFlow, useRestrictableFields } from '../../../api/workflow/useFlows.ts';
import { ListLoadWarning } from '../../../app/errors/ListLoadWarning.tsx';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { buildAccessModel, RecordHiddenNotice } from '../../../rights/index.ts';
import { ButtonLink, Card, PageHeader, Skeleton } from '../../../ui/index.ts';
import { FlowStatusBadge } from '../components/FlowStatusBadge.tsx';
import { GoalList } from '../components/GoalList.tsx';
import { QueryErrorBanner } from '../components/QueryErrorBanner.tsx';
import { StepTree } from '../components/StepTree.tsx';
import { flowNameInList } from '../logic/knownNames.ts';
import { shownFlow } from '../logic/shownFlow.ts';
import { parseId } from './flowItemAddress.ts';
import { ItemNotFound } from './ItemNotFound.tsx';
import { useRecentFlows } from './useRecentFlows.ts';
import { fieldsFromConditions } from '../logic/storedFields.ts';
import styles from './FlowPage.module.css';

const FlowDiagram = lazy(() => import('../components/FlowDiagram.tsx'));

/** One flow: main-line steps in rank order with split paths, its goals, and a diagram. */
export function FlowPage() {
  const rawFlowId = useParams().flowId;
  const flowId = parseId(rawFlowId) ?? 0;
  const flow = useEmailFlow(flowId);
  const fields = useRestrictableFields();
  const missing = !(flowId > 0) || (isApiError(flow.error) && flow.error.isNotFound);
  const failed = missing || flow.isError;
  const failedTitle = missing ? 'Flow not found' : `Flow ${flowId}`;
  const goalsRef = useRef<HTMLDivElement>(null);
  // While the flow loads, the name the list showed (a screen reader hears it as the page opens).
  const listed = useQueryClient().getQueryData<EmailFlowSummary[] | null>(workflowKeys.flows());
  // Offered again on the flows page of a server that does not list flows.
  const { remember } = useRecentFlows();
  // A name the user may not see is neither kept nor shown (shownFlow).
  const shown = flow.data ? shownFlow(flow.data, flowId) : null;
  const loadedName = shown ? (shown.name ?? '') : null;
  useEffect(() => {
    if (loadedName !== null) remember({ id: flowId, name: loadedName });
  }, [flowId, loadedName, remember]);
  useDocumentTitle(
    `${failed ? failedTitle : (shown?.title ?? (flowNameInList(listed ?? undefined, flowId) || `Flow ${flowId}`))} · Workflows`,
  );

  if (failed)
    return (
      <>
        <PageHeader
          breadcrumbs={[{ label: 'Workflows', to: '/workflows' }, { label: failedTitle }]}
          title={failedTitle}
        />
        {!(flowId > 0) ? (
          <ItemNotFound
            message={`There is no flow “${rawFlowId ?? ''}”: flow ids are whole numbers. The link is out of date or mistyped.`}
            back={{ to: '/workflows', label: 'All flows' }}
          />
        ) : (
          <QueryErrorBanner error={flow.error} onRetry={() => flow.refetch()} />
        )}
      </>
    );
  if (flow.isPending || !shown) return <Skeleton lines={8} label="Loading flow…" />;
  const f = flow.data;
  const access = buildAccessModel(f);
  if (access.recordHidden)
    return (
      <>
        <PageHeader
          breadcrumbs={[{ label: 'Workflows', to: '/workflows' }, { label: `Flow ${flowId}` }]}
          title={`Flow ${flowId}`}
        />
        <RecordHiddenNotice reason={access.hiddenReason} />
      </>
    );
  const canInsert = access.table.canInsert;
  const steps = f.Steps ?? [];
  const goals = f.Goals ?? [];

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Workflows', to: '/workflows' }, { label: shown.title }]}
        title={shown.title}
        description={
          <span className={styles.headerMeta}>
            {shown.showsStatus && <FlowStatusBadge status={f.Status} />}
            {shown.description}
          </span>
        }
      />
      <div className={styles.layout}>
        <div className={styles.column}>
          <Card
            title="Steps"
            description={`The main line in order; each split shows its paths. ${
              // Who may not change the flow is not told to edit what they cannot.
              access.table.canUpdate ? 'Open a path to edit it.' : 'Open a path to see its steps.'
            }`}
          >
            <StepTree
              steps={steps}
              flowId={flowId}
              canAddOptions={canInsert}
              label="Main-line steps"
            />
          </Card>
          <Card
            title="Goals"
            description="A participant who meets a goal leaves the flow."
            actions={
              canInsert && (
                <ButtonLink
                  to={`/workflows/${flowId}/goals/new`}
                  size="sm"
                  icon={<Plus size={14} />}
                >
                  New goal
                </ButtonLink>
              )
            }
          >
            <div ref={goalsRef} className={styles.goalsBody}>
              {fields.isError && (
                <ListLoadWarning
                  what="the fields conditions can use"
                  error={fields.error}
                  meanwhile="Meanwhile each goal is described from what is stored with its conditions, and a step that sets a field may show the field’s stored name."
                  retrying={fields.isFetching}
                  onRetry={async () => (await fields.refetch()).isSuccess}
                  focusAfter={() =>
                    goalsRef.current?.querySelector<HTMLElement>('a[href]')?.focus()
                  }
                />
              )}
              {/* Until the fields come (or when they failed), what the conditions store names them. */}
              <GoalList
                goals={goals}
                flowId={flowId}
                fields={fields.data ?? fieldsFromConditions(goals)}
              />
            </div>
          </Card>
        </div>
        <div className={`${styles.column} ${styles.sticky}`}>
          <Card title="Diagram" description="Read-only overview of the steps and split paths.">
            <Suspense fallback={<Skeleton lines={6} label="Loading diagram…" />}>
              <FlowDiagram steps={steps} />
            </Suspense>
          </Card>
        </div>
      </div>
    </>
  );
}
