import { z } from '../../../api/schemas/zod.ts';
import type { WorkflowStepBase, WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { renumberRanks, sortByRank } from '../logic/ranks.ts';
import { mergeSteps } from './mergeSteps.ts';

/** The editable part of a step option. Steps are whole loaded step objects (subtypes kept). */
export const optionFormSchema = z.object({
  Name: z.string().check(z.trim(), z.minLength(1, 'Give the option a name.')),
  Key: z.string(),
  // The contract gives no meaning to 0 (the sandbox takes it as no rank: a saved option keeps
  // its place, a new one goes last): the form asks for 1 or more, 1 being the first path.
  Rank: z
    .number({ error: 'Rank must be a number.' })
    .check(
      z.int('Rank must be a whole number.'),
      z.minimum(1, 'Rank must be 1 or more: 1 is the first path.'),
    ),
  OptionType: z.string(),
  Steps: z.array(z.looseObject({ WorkflowStepId: z.number(), StepType: z.string() })),
});
export type OptionFormValues = z.infer<typeof optionFormSchema>;
export type OptionFormInput = z.input<typeof optionFormSchema>;

export const optionFormFields = ['Name', 'Key', 'Rank', 'OptionType', 'Steps'] as const;

/**
 * Whether the option's carrier has a Key. GetWorkflowStepOption and …FromType return
 * WorkflowStepOptionBase, which has none (contract §4): its editor then shows no Key field, which
 * could only ever be blank, and its Save sends none.
 */
export const carriesKey = (o: WorkflowStepOption): boolean => Object.hasOwn(o, 'Key');

/** Form values from a loaded option (steps in rank order). */
export function toOptionFormValues(o: WorkflowStepOption): OptionFormValues {
  return {
    Name: o.Name ?? '',
    Key: o.Key ?? '',
    Rank: o.Rank ?? 0,
    OptionType: o.OptionType ?? 'None',
    Steps: sortByRank(o.Steps ?? []) as OptionFormValues['Steps'],
  };
}

/**
 * The Save body: the loaded option as it came, with only the fields the user changed replaced.
 * Steps, when changed, get Rank 1..n in their new order. When `loaded` is a later version than
 * the one the editor `opened` on ("Save mine anyway"), changed steps are merged step by step with
 * that version (mergeSteps), so someone else's step changes stay; when a step clashes, the steps
 * are all mine, as the conflict banner said beforehand (stepsMergeNote).
 */
export function toOptionSaveBody(
  loaded: WorkflowStepOption,
  values: OptionFormValues,
  dirty: Partial<Record<keyof OptionFormValues, unknown>>,
  opened?: OptionFormInput,
): WorkflowStepOption {
  const body: WorkflowStepOption = { ...loaded };
  if (dirty.Name) body.Name = values.Name;
  if (dirty.Key && carriesKey(loaded)) body.Key = values.Key;
  if (dirty.Rank) body.Rank = values.Rank;
  if (dirty.OptionType) body.OptionType = values.OptionType;
  if (dirty.Steps) {
    const mine = values.Steps as WorkflowStepBase[];
    const merged = opened
      ? mergeSteps(
          opened.Steps as WorkflowStepBase[],
          sortByRank(loaded.Steps ?? []) as WorkflowStepBase[],
          mine,
        )
      : null;
    body.Steps = merged && merged.clashes.length === 0 ? merged.steps : renumberRanks(mine);
  }
  return body;
}
