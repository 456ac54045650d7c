import type { z } from '../schemas/zod.ts';
import { callAgent } from '../http/client.ts';
import {
  emailFlowListSchema,
  emailFlowSchema,
  restrictableFieldListSchema,
  workflowEventResultSchema,
  defaultWorkflowEventSchema,
  workflowGoalSchema,
  workflowStepBaseSchema,
  workflowStepOptionSchema,
  workflowStepSchema,
  type WorkflowEvent,
  type WorkflowGoal,
  type WorkflowStep,
  type WorkflowStepBase,
  type WorkflowStepOption,
} from './schemas.ts';

/** One function per Workflow agent method (contract §3); each response parsed by its schema. */
function wf<S extends z.core.$ZodType>(method: string, opts: Parameters<typeof callAgent<S>>[2]) {
  return callAgent('Workflow', method, opts);
}

export const fetchEmailFlowList = (signal?: AbortSignal) =>
  wf('GetEmailFlowList', { schema: emailFlowListSchema, signal });
export const fetchEmailFlow = (id: number, signal?: AbortSignal) =>
  wf('GetEmailFlow', { query: { emailFlowId: id }, schema: emailFlowSchema, signal });

export const fetchWorkflowGoal = (id: number, signal?: AbortSignal) =>
  wf('GetWorkflowGoal', { query: { workflowGoalId: id }, schema: workflowGoalSchema, signal });
/** Takes no arguments: the new goal does not know its flow (see newInParent). */
export const createDefaultWorkflowGoal = (signal?: AbortSignal) =>
  wf('CreateDefaultWorkflowGoal', { schema: workflowGoalSchema, signal });
export const saveWorkflowGoal = (goal: WorkflowGoal) =>
  wf('SaveWorkflowGoal', { body: goal, schema: workflowGoalSchema });
export const deleteWorkflowGoal = (id: number) =>
  wf('DeleteWorkflowGoal', { query: { WorkflowGoalId: id }, schema: null });

export const fetchWorkflowStepOption = (id: number, signal?: AbortSignal) =>
  wf('GetWorkflowStepOption', {
    body: { WorkflowStepOptionId: id },
    schema: workflowStepOptionSchema,
    signal,
  });
/** These two take no split: the new option does not know it (see newInParent). */
export const createDefaultWorkflowStepOption = (signal?: AbortSignal) =>
  wf('CreateDefaultWorkflowStepOption', { schema: workflowStepOptionSchema, signal });
export const createDefaultWorkflowStepOptionFromType = (optionType: string, signal?: AbortSignal) =>
  wf('CreateDefaultWorkflowStepOptionFromType', {
    body: { OptionType: optionType },
    schema: workflowStepOptionSchema,
    signal,
  });
export const saveWorkflowStepOption = (option: WorkflowStepOption) =>
  wf('SaveWorkflowStepOption', { body: option, schema: workflowStepOptionSchema });
export const deleteWorkflowStepOption = (id: number) =>
  wf('DeleteWorkflowStepOption', { query: { WorkflowStepOptionId: id }, schema: null });

export const fetchWorkflowStep = (id: number, signal?: AbortSignal) =>
  wf('GetWorkflowStep', { body: { WorkflowStepId: id }, schema: workflowStepBaseSchema, signal });
export const createDefaultWorkflowStepFromType = (stepType: string) =>
  wf('CreateDefaultWorkflowStepFromType', {
    body: { StepType: stepType },
    schema: workflowStepBaseSchema,
  });
export const addAfterWorkflowStep = (afterStepId: number, subStep: WorkflowStepBase) =>
  wf('AddAfterWorkflowStep', {
    body: { WorkflowStepId: afterStepId, SubStep: subStep },
    schema: workflowStepBaseSchema,
  });
export const createDefaultWorkflowStep = () =>
  wf('CreateDefaultWorkflowStep', { schema: workflowStepSchema });
export const saveWorkflowStep = (step: WorkflowStep) =>
  wf('SaveWorkflowStep', { body: step, schema: workflowStepSchema });
export const deleteWorkflowStep = (id: number) =>
  wf('DeleteWorkflowStep', { query: { WorkflowStepId: id }, schema: null });

export const createDefaultWorkflowEvent = (signal?: AbortSignal) =>
  wf('CreateDefaultWorkflowEvent', { schema: defaultWorkflowEventSchema, signal });
/** SendEvent; `select` is the optional `$select` (other result properties come back null). */
export const sendWorkflowEvent = (event: WorkflowEvent, select?: string) =>
  wf('SendEvent', {
    body: { WorkflowEvent: event },
    query: { $select: select?.trim() || undefined },
    schema: workflowEventResultSchema,
  });

export const fetchRestrictableFields = (signal?: AbortSignal) =>
  wf('GetRestrictableFields', { schema: restrictableFieldListSchema, signal });
