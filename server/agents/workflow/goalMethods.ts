import { NO_CONTENT, type AgentMethod } from '../../http/agent.ts';
import { notFound } from '../../http/errors.ts';
import { goalRights, touchFlow } from './flows.ts';
import { loadGoal, storeGoal } from './goals.ts';
import { requireEdit } from './rights.ts';

const goalJson: (call: Parameters<AgentMethod>[0], id: number) => Record<string, unknown> = (
  call,
  id,
) => ({ ...loadGoal(call.db, id), ...goalRights(call) });

/** CreateDefault/Get/Save/Delete WorkflowGoal (contract §3). */
export const goalMethods: Record<string, AgentMethod> = {
  // Takes no arguments, as a tenant's (contract §1.1): the caller puts the flow in.
  CreateDefaultWorkflowGoal: (call) => ({
    WorkflowGoalId: 0,
    WorkflowId: 0,
    GoalType: 'PersonUpdated',
    RestrictionGroups: [],
    ...goalRights(call),
  }),

  GetWorkflowGoal: (call) => goalJson(call, call.args.int('WorkflowGoalId')),

  SaveWorkflowGoal: (call) => {
    const body = call.args.entity();
    requireEdit(call, 'workflow goals');
    const id = call.db.transaction(() => {
      const goalId = storeGoal(call.db, body);
      touchFlow(call.db, Number(loadGoal(call.db, goalId).WorkflowId));
      return goalId;
    });
    return goalJson(call, id);
  },

  DeleteWorkflowGoal: (call) => {
    const id = call.args.int('WorkflowGoalId');
    requireEdit(call, 'workflow goals');
    call.db.transaction(() => {
      const row = call.db.get<{ workflow_id: number }>(
        'SELECT workflow_id FROM workflow_goal WHERE workflow_goal_id = ?',
        [id],
      );
      if (!row) throw notFound('WorkflowGoal', id);
      call.db.run('DELETE FROM workflow_goal WHERE workflow_goal_id = ?', [id]);
      touchFlow(call.db, row.workflow_id);
    });
    return NO_CONTENT;
  },
};
