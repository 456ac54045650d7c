import { useQueryClient } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import type { useEditorDraft } from '../../../app/drafts/useEditorDraft.ts';
import { workflowKeys } from '../../../api/workflow/keys.ts';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import {
  useDeleteWorkflowStepOption,
  useSaveWorkflowStepOption,
} from '../../../api/workflow/useStepOptions.ts';
import { fetchWorkflowStep, fetchWorkflowStepOption } from '../../../api/workflow/workflowApi.ts';
import { useEditorSave } from '../components/useEditorSave.ts';
import { withKnownKey } from './withKnownKey.ts';
import type { useEditorExit } from '../components/useEditorExit.ts';
import { countOf } from '../logic/countText.ts';
import { stepTypeLabel } from '../logic/stepText.ts';
import { describeOptionChanges, sameOptionName } from './optionChanges.ts';
import { optionInMessage } from './optionName.ts';
import {
  optionFormFields,
  toOptionFormValues,
  toOptionSaveBody,
  type OptionFormInput,
  type OptionFormValues,
} from './optionForm.ts';

const describeSaved = (o: WorkflowStepOption) => {
  const steps = o.Steps ?? [];
  // A tenant's option answers carry no Key (contract §4): say only what the server told us.
  const facts = [o.Key ? `key ${o.Key}` : '', o.Rank != null ? `rank ${o.Rank}` : '']
    .filter(Boolean)
    .join(', ');
  const what = `The server stored ${optionInMessage(o, 'the option')}${facts ? ` (${facts})` : ''}`;
  if (steps.length === 0) return `${what} with no steps.`;
  return `${what} with ${countOf(steps.length, 'step')}: ${steps
    .map((s) => `${s.Rank}. ${stepTypeLabel(s.StepType)}`)
    .join(', ')}.`;
};

export interface OptionSaveOptions {
  form: UseFormReturn<OptionFormInput, unknown, OptionFormValues>;
  loaded: WorkflowStepOption;
  isNew: boolean;
  flowId: number;
  draft: ReturnType<typeof useEditorDraft<OptionFormInput>>;
  leave: ReturnType<typeof useEditorExit>['leave'];
  /** The undo history goes once the form shows what was stored (or another version). */
  clearHistory: () => void;
  initialMessage?: string | null;
  /** The server stored a save. */
  onSaved?: () => void;
}

/**
 * Save and Delete of the option editor (useEditorSave, with what is particular to options). A
 * lost create is looked for among the paths of the option's split.
 */
export function useOptionSave({ loaded, flowId, ...rest }: OptionSaveOptions) {
  const qc = useQueryClient();
  return useEditorSave<OptionFormInput, OptionFormValues, WorkflowStepOption>({
    ...rest,
    noun: 'option',
    loaded,
    save: useSaveWorkflowStepOption(),
    remove: useDeleteWorkflowStepOption(),
    addressOf: (o) => `/workflows/${flowId}/options/${o.WorkflowStepOptionId}`,
    afterDelete: `/workflows/${flowId}`,
    toValues: toOptionFormValues,
    toSaveBody: toOptionSaveBody,
    describeSaved,
    describeChanges: describeOptionChanges,
    fetchCurrent: async () =>
      withKnownKey(await fetchWorkflowStepOption(loaded.WorkflowStepOptionId), loaded),
    adopt: (o) => qc.setQueryData(workflowKeys.stepOption(o.WorkflowStepOptionId), o),
    idOf: (o) => o.WorkflowStepOptionId,
    listSiblings: async () => (await fetchWorkflowStep(loaded.WorkflowStepId ?? 0)).Options ?? [],
    sameName: sameOptionName,
    foundName: (o) => `an option ${optionInMessage(o, '“”')} under this split`,
    formFields: () => optionFormFields,
    deletedToast: (o) => ({
      title: 'Option deleted',
      description: `${optionInMessage(o, '“Unnamed option”')} is no longer a path of this split.`,
    }),
  });
}
