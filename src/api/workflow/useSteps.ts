import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { workflowKeys } from './keys.ts';
import type { WorkflowStep, WorkflowStepBase } from './schemas.ts';
import {
  addAfterWorkflowStep,
  createDefaultWorkflowStep,
  createDefaultWorkflowStepFromType,
  deleteWorkflowStep,
  fetchWorkflowStep,
  saveWorkflowStep,
} from './workflowApi.ts';

/** One step (a split comes with its options). */
export const useWorkflowStep = (id: number) =>
  useQuery({
    queryKey: workflowKeys.step(id),
    queryFn: ({ signal }) => fetchWorkflowStep(id, signal),
    enabled: id > 0,
  });

/** CreateDefaultWorkflowStepFromType: a new, unsaved step of a type (changes nothing on the server). */
export const useCreateDefaultStepFromType = () =>
  useMutation({ mutationFn: (stepType: string) => createDefaultWorkflowStepFromType(stepType) });

/** AddAfterWorkflowStep: inserts `subStep` after a step; its line (flow, or option) is refetched. */
export function useAddAfterWorkflowStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { afterStepId: number; subStep: WorkflowStepBase; parentOptionId?: number }) =>
      addAfterWorkflowStep(v.afterStepId, v.subStep),
    onSuccess: (added, v) => {
      if (added.WorkflowId) qc.invalidateQueries({ queryKey: workflowKeys.flow(added.WorkflowId) });
      if (v.parentOptionId)
        qc.invalidateQueries({ queryKey: workflowKeys.stepOption(v.parentOptionId) });
      qc.invalidateQueries({ queryKey: workflowKeys.flows(), exact: true });
    },
  });
}

/** DeleteWorkflowStep: the step is dropped from the cache; its line is refetched. */
export function useDeleteWorkflowStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { step: WorkflowStepBase; parentOptionId?: number }) =>
      deleteWorkflowStep(v.step.WorkflowStepId),
    onSuccess: (_, { step, parentOptionId }) => {
      qc.removeQueries({ queryKey: workflowKeys.step(step.WorkflowStepId) });
      if (step.WorkflowId) qc.invalidateQueries({ queryKey: workflowKeys.flow(step.WorkflowId) });
      if (parentOptionId)
        qc.invalidateQueries({ queryKey: workflowKeys.stepOption(parentOptionId) });
      qc.invalidateQueries({ queryKey: workflowKeys.flows(), exact: true });
    },
  });
}

/** CreateDefaultWorkflowStep: a new WorkflowStep carrier with the caller's rights. */
export const useDefaultWorkflowStep = (enabled = true) =>
  useQuery({
    queryKey: workflowKeys.defaults('step'),
    queryFn: () => createDefaultWorkflowStep(),
    enabled,
    gcTime: 0,
    staleTime: Infinity,
  });

/** SaveWorkflowStep: the step is refetched where cached, with its flow and the flow list. */
export function useSaveWorkflowStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { step: WorkflowStep; workflowId: number }) => saveWorkflowStep(v.step),
    onSuccess: (saved, v) => {
      qc.invalidateQueries({ queryKey: workflowKeys.step(saved.WorkflowStepId) });
      qc.invalidateQueries({ queryKey: workflowKeys.flow(v.workflowId) });
      qc.invalidateQueries({ queryKey: workflowKeys.flows(), exact: true });
    },
  });
}
