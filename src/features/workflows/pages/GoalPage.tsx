import { useParams } from 'react-router';
import { useDefaultWorkflowGoal, useWorkflowGoal } from '../../../api/workflow/useGoals.ts';
import { FlowItemEditorPage } from './FlowItemEditorPage.tsx';
import { GoalForm } from '../goal/GoalForm.tsx';
import { goalTypeLabel } from '../logic/goalText.ts';

/** /workflows/:flowId/goals/:goalId (or `new`): a goal and its restriction groups. */
export function GoalPage() {
  const params = useParams();
  const flowId = Number(params.flowId);
  const isNew = params.goalId === 'new';
  const goalId = isNew ? 0 : Number(params.goalId);
  const existing = useWorkflowGoal(goalId);
  const fresh = useDefaultWorkflowGoal(flowId, isNew);
  const query = isNew ? fresh : existing;
  const title = isNew
    ? 'New goal'
    : query.data
      ? `Goal: ${goalTypeLabel(query.data.GoalType)}`
      : `Goal ${goalId}`;
  const badLink = !(flowId > 0)
    ? 'The address does not contain a valid flow id.'
    : !isNew && !(goalId > 0)
      ? 'The address does not contain a valid goal id.'
      : null;

  return (
    <FlowItemEditorPage
      flowId={flowId}
      title={title}
      description="When a participant reaches this goal, they leave the flow."
      badLink={badLink}
      query={query}
      loadingLabel="Loading goal…"
    >
      {(goal, savedMessage) => (
        <GoalForm
          key={isNew ? 'new' : goalId}
          loaded={goal}
          isNew={isNew}
          flowId={flowId}
          initialMessage={savedMessage}
        />
      )}
    </FlowItemEditorPage>
  );
}
