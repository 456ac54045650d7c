import { NO_CONTENT, type AgentCall, type AgentMethod } from '../../http/agent.ts';
import { badRequest } from '../../http/errors.ts';
import { enumNameOf, stepTypes } from './enums.ts';
import { flowExists, touchFlow } from './flows.ts';
import * as input from './input.ts';
import { fieldProperties, requireEdit, tableRight } from './rights.ts';
import { stepDefaults } from './stepDefaults.ts';
import { getStepRow, placeInLine, renumberLine, stepJson, upsertStep } from './steps.ts';
import { fieldError } from './fieldError.ts';
import { rankToPlace } from './rankToPlace.ts';

function stepTypeArg(call: AgentCall): string {
  const raw = call.args.raw('StepType');
  const name = raw === undefined || raw === null ? 'None' : enumNameOf(stepTypes, raw);
  if (!name) throw fieldError('StepType', `'${String(raw)}' is not a known value`);
  return name;
}

/** A new WorkflowStepBase of a type, with that type's subtype properties. */
export function defaultStep(stepType: string) {
  return {
    WorkflowStepId: 0,
    WorkflowId: 0,
    StepType: stepType,
    Rank: 0,
    ...stepDefaults[stepType],
    ...(stepType === 'Split' ? { Options: [] } : {}),
  };
}

/** WorkflowStep (the Save/CreateDefault carrier): the step, SubSteps and rights. */
const workflowStepJson = (call: AgentCall, id: number) => ({
  ...stepJson(call.db, getStepRow(call.db, id)),
  SubSteps: [],
  ...stepRights(call),
});

const stepRights = (call: AgentCall) => ({
  TableRight: tableRight(call),
  FieldProperties: fieldProperties(call, {
    WorkflowStepId: { kind: 'int', system: true },
    StepType: { kind: 'enum', mandatory: true },
    SubSteps: { kind: 'array' },
  }),
});

/** GetWorkflowStep, CreateDefault…FromType, AddAfter, CreateDefault/Save/Delete WorkflowStep. */
export const stepMethods: Record<string, AgentMethod> = {
  GetWorkflowStep: (call) =>
    stepJson(call.db, getStepRow(call.db, call.args.int('WorkflowStepId'))),

  CreateDefaultWorkflowStepFromType: (call) => defaultStep(stepTypeArg(call)),

  CreateDefaultWorkflowStep: (call) => ({
    WorkflowStepId: 0,
    StepType: 'None',
    SubSteps: [],
    ...stepRights(call),
  }),

  AddAfterWorkflowStep: (call) => {
    const afterId = call.args.int('WorkflowStepId');
    const sub = input.object(call.args.raw('SubStep'), 'SubStep');
    requireEdit(call, 'steps');
    const id = call.db.transaction(() => {
      const after = getStepRow(call.db, afterId);
      const created = upsertStep(
        call.db,
        { ...sub, WorkflowStepId: 0 },
        after.workflow_id,
        after.parent_option_id,
        0,
        'SubStep.',
      );
      placeInLine(call.db, getStepRow(call.db, created), after.rank + 1);
      touchFlow(call.db, after.workflow_id);
      return created;
    });
    return stepJson(call.db, getStepRow(call.db, id));
  },

  SaveWorkflowStep: (call) => {
    const body = call.args.entity();
    requireEdit(call, 'steps');
    const id = call.db.transaction(() => {
      const stepId = input.int(body, 'WorkflowStepId', 'WorkflowStepId');
      const existing = stepId > 0 ? getStepRow(call.db, stepId) : undefined;
      const workflowId = existing?.workflow_id ?? input.int(body, 'WorkflowId', 'WorkflowId');
      if (!existing && !flowExists(call.db, workflowId))
        throw badRequest(`WorkflowId: there is no flow ${workflowId}`, 'WorkflowId');
      const rank = rankToPlace(input.int(body, 'Rank', 'Rank', 0), existing?.rank);
      const saved = upsertStep(
        call.db,
        body,
        workflowId,
        existing?.parent_option_id ?? null,
        rank,
        '',
      );
      placeInLine(call.db, getStepRow(call.db, saved), rank);
      touchFlow(call.db, workflowId);
      return saved;
    });
    return workflowStepJson(call, id);
  },

  DeleteWorkflowStep: (call) => {
    const id = call.args.int('WorkflowStepId');
    requireEdit(call, 'steps');
    call.db.transaction(() => {
      const row = getStepRow(call.db, id);
      call.db.run('DELETE FROM workflow_step WHERE workflow_step_id = ?', [id]);
      renumberLine(call.db, row.workflow_id, row.parent_option_id);
      touchFlow(call.db, row.workflow_id);
    });
    return NO_CONTENT;
  },
};
