import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { sameStored } from '../../../app/forms/sameStored.ts';
import { stepTitle } from '../logic/stepText.ts';
import { mergeSteps, type StepClash } from './mergeSteps.ts';
import type { OptionFormInput } from './optionForm.ts';

const how = {
  bothChanged: 'you both changed it',
  iRemoved: 'you removed it; they changed it',
  theyRemoved: 'you changed it; they removed it',
};

/** "step 2, Send e-mail: “Hi” (you both changed it)" (a step I removed: where it was). */
const clashText = ({ step, position, kind }: StepClash<WorkflowStepBase>) =>
  `step ${position}, ${stepTitle(step)} (${how[kind]})`;

/**
 * What "Save mine anyway" does with their changes to the steps, said before the user chooses
 * (null when only one side changed the steps: nothing of theirs is at stake). Without a clash the
 * two versions are merged step by step (mergeSteps), so theirs are kept; with one, all the steps
 * are replaced with mine, and each clashing step is named.
 */
export function stepsMergeNote(
  opened: OptionFormInput,
  theirs: OptionFormInput,
  mine: OptionFormInput,
): string | null {
  if (sameStored(mine.Steps, opened.Steps) || sameStored(theirs.Steps, opened.Steps)) return null;
  const steps = (v: OptionFormInput) => v.Steps as WorkflowStepBase[];
  const { clashes } = mergeSteps(steps(opened), steps(theirs), steps(mine));
  if (clashes.length === 0)
    return 'They also changed the steps. Save mine anyway keeps their step changes along with yours.';
  return `They also changed the steps, and some of their changes clash with yours: ${clashes
    .map(clashText)
    .join(
      '; ',
    )}. Save mine anyway replaces all the steps with yours, so their changes to the steps are lost.`;
}
