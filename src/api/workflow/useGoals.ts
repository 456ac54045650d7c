import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteOrFindGone } from './deleteOrFindGone.ts';
import { dropQueryWhenUnused } from './dropQueryWhenUnused.ts';
import { workflowKeys } from './keys.ts';
import { goalInFlow } from './newInParent.ts';
import type { WorkflowGoal } from './schemas.ts';
import {
  createDefaultWorkflowGoal,
  deleteWorkflowGoal,
  fetchWorkflowGoal,
  saveWorkflowGoal,
} from './workflowApi.ts';

/** A goal by id. */
export const useWorkflowGoal = (id: number) =>
  useQuery({
    queryKey: workflowKeys.goal(id),
    queryFn: ({ signal }) => fetchWorkflowGoal(id, signal),
    enabled: id > 0,
  });

/**
 * A new goal of a flow (CreateDefaultWorkflowGoal, given its flow here), fetched fresh each time
 * the form opens.
 */
export const useDefaultWorkflowGoal = (workflowId: number, enabled = true) =>
  useQuery({
    queryKey: workflowKeys.defaults('goal', workflowId),
    queryFn: async ({ signal }) => goalInFlow(await createDefaultWorkflowGoal(signal), workflowId),
    enabled,
    gcTime: 0,
    staleTime: Infinity,
  });

/** Saves a goal: the answer becomes the cached goal; its flow and the flow list are refetched. */
export function useSaveWorkflowGoal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (goal: WorkflowGoal) => saveWorkflowGoal(goal),
    onSuccess: (saved) => {
      qc.setQueryData(workflowKeys.goal(saved.WorkflowGoalId), saved);
      if (saved.WorkflowId) qc.invalidateQueries({ queryKey: workflowKeys.flow(saved.WorkflowId) });
      qc.invalidateQueries({ queryKey: workflowKeys.flows(), exact: true });
    },
  });
}

/** Deletes a goal; one already gone (read again: 404) counts as deleted (deleteOrFindGone). */
export function useDeleteWorkflowGoal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (goal: { WorkflowGoalId: number; WorkflowId?: number | null }) =>
      deleteOrFindGone(
        'goal',
        () => deleteWorkflowGoal(goal.WorkflowGoalId),
        () => fetchWorkflowGoal(goal.WorkflowGoalId),
      ),
    onSuccess: (_, goal) => {
      // The goal's page is still open: dropped once it is gone, not fetched again (a 404).
      dropQueryWhenUnused(qc, workflowKeys.goal(goal.WorkflowGoalId));
      if (goal.WorkflowId) qc.invalidateQueries({ queryKey: workflowKeys.flow(goal.WorkflowId) });
      qc.invalidateQueries({ queryKey: workflowKeys.flows(), exact: true });
    },
  });
}
