import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { optionTypeLabels } from '../logic/goalText.ts';
import { ownChanges } from '../logic/ownChanges.ts';
import { stepTypeLabel } from '../logic/stepText.ts';
import type { OptionFormInput } from './optionForm.ts';

/** What the user changed in the option, in words (see ownChanges). */
export const describeOptionChanges = (opened: OptionFormInput, mine: OptionFormInput) =>
  ownChanges(opened, mine, {
    Name: (v) => `Name: “${v}”`,
    Key: (v) => (v ? `Key: “${v}”` : 'Key: empty'),
    Rank: (v) => `Rank: ${String(v)}`,
    OptionType: (v) => `Option type: ${optionTypeLabels[v] ?? v}`,
    Steps: (v) =>
      v.length === 0
        ? 'Steps: none'
        : `Steps: ${v.map((s, i) => `${i + 1}. ${stepTypeLabel(s.StepType)}`).join(', ')}`,
  });

/** An option "carries the same name" as the form's. */
export const sameOptionName = (o: WorkflowStepOption, values: OptionFormInput) =>
  (o.Name ?? '').trim() === values.Name.trim();
