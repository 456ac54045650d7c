import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { deleteOrFindGone } from './deleteOrFindGone.ts';
import { dropQueryWhenUnused } from './dropQueryWhenUnused.ts';
import { workflowKeys } from './keys.ts';
import { pathIds } from './pathIds.ts';
import { savedOptionShape } from './savedOptionShape.ts';
import { knownOptionKey, noteAnsweredKey } from './knownOptionKeys.ts';
import { withSendableKey } from './optionKey.ts';
import { optionUnderSplit } from './newInParent.ts';
import type { WorkflowStepBase, WorkflowStepOption } from './schemas.ts';
import {
  createDefaultWorkflowStepOptionFromType,
  deleteWorkflowStepOption,
  fetchWorkflowStepOption,
  saveWorkflowStepOption,
} from './workflowApi.ts';

/** A step option with the steps on its path. */
export const useWorkflowStepOption = (id: number) =>
  useQuery({
    queryKey: workflowKeys.stepOption(id),
    queryFn: ({ signal }) => fetchWorkflowStepOption(id, signal),
    enabled: id > 0,
  });

/**
 * A new option of a type under split step `split` of flow `flowId` (CreateDefault…FromType, given
 * its split, flow and rank here), fetched fresh each time the form opens.
 */
export const useDefaultWorkflowStepOption = (
  split: WorkflowStepBase | undefined,
  flowId: number,
  optionType: string,
  enabled = true,
) =>
  useQuery({
    queryKey: workflowKeys.defaults('stepOption', [split?.WorkflowStepId, optionType]),
    queryFn: async ({ signal }) => {
      const created = await createDefaultWorkflowStepOptionFromType(optionType, signal);
      // Enabled only once the split is there.
      return split ? optionUnderSplit(created, split, flowId) : created;
    },
    enabled: enabled && split !== undefined,
    gcTime: 0,
    staleTime: Infinity,
  });

/**
 * What saving or deleting an option under a split changes: the split, its flow, the list, the
 * other options of the same split (the server renumbers their ranks 1..n; a cached sibling with
 * its old Rank would move itself back when saved), and the options whose path holds that split
 * (their cached copy carries this option as it was, and saving one sends its whole path back:
 * a step just added to this option would be deleted again).
 */
function invalidateAround(
  qc: QueryClient,
  o: Pick<WorkflowStepOption, 'WorkflowId' | 'WorkflowStepId' | 'WorkflowStepOptionId'>,
) {
  if (o.WorkflowId) qc.invalidateQueries({ queryKey: workflowKeys.flow(o.WorkflowId) });
  if (o.WorkflowStepId) {
    qc.invalidateQueries({ queryKey: workflowKeys.step(o.WorkflowStepId) });
    qc.invalidateQueries({
      queryKey: workflowKeys.stepOptions(),
      predicate: (q) => {
        const cached = q.state.data as WorkflowStepOption | undefined;
        if (!cached || cached.WorkflowStepOptionId === o.WorkflowStepOptionId) return false;
        return (
          cached.WorkflowStepId === o.WorkflowStepId ||
          pathIds(cached.Steps).stepIds.includes(o.WorkflowStepId ?? 0)
        );
      },
    });
  }
  qc.invalidateQueries({ queryKey: workflowKeys.flows(), exact: true });
}

/**
 * Saves an option with its path: the answer becomes the cached option; the steps and nested
 * options on its path (before and after) are refetched where cached, with the split and the flow.
 */
export function useSaveWorkflowStepOption() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (option: WorkflowStepOption) => {
      // Save takes the option's Key; one loaded without it goes with the Key known for it.
      const answer = await saveWorkflowStepOption(
        withSendableKey(option, knownOptionKey(qc, option)),
      );
      noteAnsweredKey(qc, answer);
      return savedOptionShape(option, answer);
    },
    onSuccess: (saved, sent) => {
      qc.setQueryData(workflowKeys.stepOption(saved.WorkflowStepOptionId), saved);
      const before = pathIds(sent.Steps);
      const after = pathIds(saved.Steps);
      for (const id of new Set([...before.stepIds, ...after.stepIds]))
        qc.invalidateQueries({ queryKey: workflowKeys.step(id) });
      for (const id of new Set([...before.optionIds, ...after.optionIds]))
        qc.invalidateQueries({ queryKey: workflowKeys.stepOption(id) });
      invalidateAround(qc, saved);
    },
  });
}

/** Deletes an option; one already gone (read again: 404) counts as deleted (deleteOrFindGone). */
export function useDeleteWorkflowStepOption() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (option: WorkflowStepOption) =>
      deleteOrFindGone(
        'option',
        () => deleteWorkflowStepOption(option.WorkflowStepOptionId),
        () => fetchWorkflowStepOption(option.WorkflowStepOptionId),
      ),
    onSuccess: (_, option) => {
      // The option's page is still open: dropped once it is gone, not fetched again (a 404).
      dropQueryWhenUnused(qc, workflowKeys.stepOption(option.WorkflowStepOptionId));
      const { stepIds, optionIds } = pathIds(option.Steps);
      for (const id of stepIds) dropQueryWhenUnused(qc, workflowKeys.step(id));
      for (const id of optionIds) dropQueryWhenUnused(qc, workflowKeys.stepOption(id));
      invalidateAround(qc, option);
    },
  });
}
