import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';

/**
 * An option read again before a save, with the Key the editor knows when the read has none:
 * GetWorkflowStepOption answers without a Key (WorkflowStepOptionBase, contract §4), while the
 * editor may hold one from a Save or CreateDefault answer. The Key cannot change once saved, so
 * it is still the stored one; without it the same option would look changed by someone else.
 */
export function withKnownKey(
  current: WorkflowStepOption,
  known: WorkflowStepOption,
): WorkflowStepOption {
  if (Object.hasOwn(current, 'Key') || !Object.hasOwn(known, 'Key')) return current;
  return { ...current, Key: known.Key };
}
