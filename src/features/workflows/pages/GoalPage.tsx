import { useLocation, useParams } from 'react-router';
import { useEmailFlow } from '../../../api/workflow/useFlows.ts';
import { useDefaultWorkflowGoal, useWorkflowGoal } from '../../../api/workflow/useGoals.ts';
import { useDocumentTitle } from '../../../app/useDocumentTitle.ts';
import { PageHeader, Skeleton } from '../../../ui/index.ts';
import { BadLinkBanner } from '../components/BadLinkBanner.tsx';
import { QueryErrorBanner } from '../components/QueryErrorBanner.tsx';
import { GoalForm } from '../goal/GoalForm.tsx';
import { goalTypeLabel } from '../logic/goalText.ts';

/** /workflows/:flowId/goals/:goalId (or `new`): a goal and its restriction groups. */
export function GoalPage() {
  const params = useParams();
  const location = useLocation();
  const flowId = Number(params.flowId);
  const isNew = params.goalId === 'new';
  const goalId = isNew ? 0 : Number(params.goalId);
  const existing = useWorkflowGoal(goalId);
  const fresh = useDefaultWorkflowGoal(flowId, isNew);
  const query = isNew ? fresh : existing;
  const flow = useEmailFlow(flowId);
  const title = isNew
    ? 'New goal'
    : query.data
      ? `Goal: ${goalTypeLabel(query.data.GoalType)}`
      : `Goal ${goalId}`;
  useDocumentTitle(`${title} · Workflows`);
  const badLink = !(flowId > 0)
    ? 'The address does not contain a valid flow id.'
    : !isNew && !(goalId > 0)
      ? 'The address does not contain a valid goal id.'
      : null;
  const savedMessage = (location.state as { saved?: string } | null)?.saved ?? null;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: 'Workflows', to: '/workflows' },
          { label: flow.data?.Name ?? `Flow ${flowId}`, to: `/workflows/${flowId}` },
          { label: title },
        ]}
        title={title}
        description="When a participant reaches this goal, they leave the flow."
      />
      {badLink && <BadLinkBanner message={badLink} />}
      {!badLink && query.isPending && <Skeleton lines={6} label="Loading goal…" />}
      {query.isError && (
        <QueryErrorBanner
          error={query.error}
          onRetry={() => query.refetch()}
          back={{ to: `/workflows/${flowId}`, label: 'Back to the flow' }}
        />
      )}
      {query.data && (
        <GoalForm
          key={isNew ? 'new' : goalId}
          loaded={query.data}
          isNew={isNew}
          flowId={flowId}
          initialMessage={savedMessage}
        />
      )}
    </>
  );
}
