import { useParams } from 'react-router';
import { useDefaultWorkflowGoal, useWorkflowGoal } from '../../../api/workflow/useGoals.ts';
import { FlowItemEditorPage } from './FlowItemEditorPage.tsx';
import { addressInItsFlow, cannotAdd, parseId } from './flowItemAddress.ts';
import { GoalForm } from '../goal/GoalForm.tsx';
import { useEmailFlow } from '../../../api/workflow/useFlows.ts';
import { goalName } from '../logic/goalName.ts';
import { goalTypeInFlow } from '../logic/knownNames.ts';
import { buildAccessModel } from '../../../rights/index.ts';

/**
 * /workflows/:flowId/goals/:goalId (or `new`): a goal and its restriction groups. A goal of
 * another flow (or under an invalid flow id) is opened under its own flow's address instead.
 */
export function GoalPage() {
  const params = useParams();
  const flowId = parseId(params.flowId);
  const isNew = params.goalId === 'new';
  const goalId = isNew ? null : parseId(params.goalId);
  const existing = useWorkflowGoal(goalId ?? 0);
  const fresh = useDefaultWorkflowGoal(flowId ?? 0, isNew && flowId !== null);
  const query = isNew ? fresh : existing;
  const redirectTo =
    !isNew && existing.data
      ? addressInItsFlow(flowId, existing.data.WorkflowId, `goals/${existing.data.WorkflowGoalId}`)
      : null;
  // While the goal loads, its type as the flow page showed it (heard as the page opens).
  const flow = useEmailFlow(flowId ?? 0);
  const knownType = query.data ? query.data.GoalType : goalTypeInFlow(flow.data, goalId ?? 0);
  // A goal the server hides is not named by its type or groups either (only its id).
  const hidden = !isNew && query.data ? buildAccessModel(query.data).recordHidden : false;
  const title = isNew
    ? 'New goal'
    : goalId === null
      ? 'Goal not found'
      : knownType !== null && !hidden
        ? goalName(
            query.data ??
              flow.data?.Goals?.find((g) => g.WorkflowGoalId === goalId) ?? {
                WorkflowGoalId: goalId,
                GoalType: knownType,
              },
            flow.data?.Goals ?? [],
          )
        : `Goal ${goalId}`;
  const notFound =
    !isNew && goalId === null
      ? {
          message: `There is no goal “${params.goalId ?? ''}”: goal ids are whole numbers. The link is out of date or mistyped.`,
        }
      : isNew
        ? cannotAdd(fresh.data, 'goal')
        : null;
  // Without a valid flow id, an existing goal still leads to its flow (redirectTo) once loaded.
  const badLink =
    flowId === null && (isNew || (existing.data && !redirectTo))
      ? 'The address does not contain a valid flow id.'
      : null;

  return (
    <FlowItemEditorPage
      flowId={flowId}
      title={title}
      // A new goal is proposed for its flow: a 404 then means the flow does not exist.
      notFoundTitle={isNew ? 'Flow not found' : 'Goal not found'}
      description="When a participant reaches this goal, they leave the flow."
      redirectTo={redirectTo}
      badLink={badLink}
      notFound={notFound}
      query={query}
      loadingLabel="Loading goal…"
    >
      {(goal, savedMessage, inFlow) => (
        <GoalForm
          key={isNew ? 'new' : goalId}
          loaded={goal}
          isNew={isNew}
          flowId={inFlow}
          name={title}
          initialMessage={savedMessage}
        />
      )}
    </FlowItemEditorPage>
  );
}
