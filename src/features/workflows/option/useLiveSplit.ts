import { useWatch } from 'react-hook-form';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import type { OptionFormInput } from './optionForm.ts';

/**
 * The step with a split's name and type as they are being edited in its Split name and Split on
 * fields: the step the list is given holds them as loaded (react-hook-form's field array does not
 * follow its fields' values), so the row's text, its buttons' names and what it says about its
 * paths would follow the old ones until Save.
 */
export function useLiveSplit(step: WorkflowStepBase, index: number): WorkflowStepBase {
  const [name, type] = useWatch<OptionFormInput>({
    name: [`Steps.${index}.SplitName`, `Steps.${index}.SplitOptionType`],
  });
  if (step.StepType !== 'Split') return step;
  return {
    ...step,
    ...(typeof name === 'string' ? { SplitName: name } : {}),
    ...(typeof type === 'string' ? { SplitOptionType: type } : {}),
  } as WorkflowStepBase;
}
