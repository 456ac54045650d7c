import { useWatch } from 'react-hook-form';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import type { OptionFormInput } from './optionForm.ts';

/**
 * The step with a split's name as it is being typed in its Split name field: the step the list
 * is given holds the name as loaded (react-hook-form's field array does not follow its fields'
 * values), so the row's text and its buttons' names would say the old name until Save.
 */
export function useLiveSplitName(step: WorkflowStepBase, index: number): WorkflowStepBase {
  const typed = useWatch<OptionFormInput>({ name: `Steps.${index}.SplitName` });
  if (step.StepType !== 'Split' || typeof typed !== 'string') return step;
  return { ...step, SplitName: typed } as WorkflowStepBase;
}
