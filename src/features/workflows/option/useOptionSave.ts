import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { workflowKeys } from '../../../api/workflow/keys.ts';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import {
  useDeleteWorkflowStepOption,
  useSaveWorkflowStepOption,
} from '../../../api/workflow/useStepOptions.ts';
import { fetchWorkflowStep, fetchWorkflowStepOption } from '../../../api/workflow/workflowApi.ts';
import { applyServerError } from '../../../app/forms/applyServerError.ts';
import { announce } from '../../../ui/index.ts';
import { useToast } from '../../../ui/toastContext.ts';
import type { FailedAction } from '../components/SaveOutcome.tsx';
import {
  laterEditsKept,
  showStoredKeepingLaterEdits,
} from '../components/showStoredKeepingLaterEdits.ts';
import { useCreateGuard } from '../components/useCreateGuard.ts';
import type { useEditorDraft } from '../../../app/drafts/useEditorDraft.ts';
import type { useEditorExit } from '../components/useEditorExit.ts';
import { useSaveConflict } from '../components/useSaveConflict.ts';
import { countOf } from '../logic/countText.ts';
import { keepEditsMadeDuringSave } from '../logic/editsDuringSave.ts';
import { createMayHaveBeenStored, saveFailureMessage } from '../logic/saveFailure.ts';
import { stepTypeLabel } from '../logic/stepText.ts';
import { describeOptionChanges, sameOptionName } from './optionChanges.ts';
import {
  optionFormFields,
  toOptionFormValues,
  toOptionSaveBody,
  type OptionFormInput,
  type OptionFormValues,
} from './optionForm.ts';
import type { UseFormReturn } from 'react-hook-form';

const describeSaved = (o: WorkflowStepOption) => {
  const steps = o.Steps ?? [];
  const what = `The server stored “${o.Name}” (key ${o.Key ?? '–'}, rank ${o.Rank ?? '–'})`;
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
}

/**
 * Save and Delete of the option editor, and what they say. An existing option is read again
 * before writing (useSaveConflict); a new one is looked for first when an earlier create lost
 * its answer (useCreateGuard). A new option's editor goes to the created option's page.
 */
export function useOptionSave({
  form,
  loaded,
  isNew,
  flowId,
  draft,
  leave,
  clearHistory,
  initialMessage,
}: OptionSaveOptions) {
  const save = useSaveWorkflowStepOption();
  const remove = useDeleteWorkflowStepOption();
  const qc = useQueryClient();
  const { toast } = useToast();
  const [error, setError] = useState<string | null>(null);
  /** What the error banner is about: the last save, a delete, or adding a step. */
  const [failed, setFailed] = useState<FailedAction>('save');
  const [saved, setSaved] = useState<string | null>(initialMessage ?? null);
  /** The option or its split is read again before writing. */
  const [checking, setChecking] = useState(false);
  const { dirtyFields } = form.formState;
  const conflict = useSaveConflict<OptionFormInput, WorkflowStepOption>({
    form,
    toValues: toOptionFormValues,
    fetchCurrent: () => fetchWorkflowStepOption(loaded.WorkflowStepOptionId),
    adopt: (o) => qc.setQueryData(workflowKeys.stepOption(o.WorkflowStepOptionId), o),
    describeChanges: describeOptionChanges,
    onReloaded: clearHistory,
  });
  const created = useCreateGuard<OptionFormInput, WorkflowStepOption>({
    draftKey: isNew ? draft.key : null,
    listItems: async () => (await fetchWorkflowStep(loaded.WorkflowStepId ?? 0)).Options ?? [],
    idOf: (o) => o.WorkflowStepOptionId,
    sameName: sameOptionName,
  });

  const saveOn = async (
    base: WorkflowStepOption,
    values: OptionFormValues,
    sent: OptionFormInput,
  ) => {
    const result = await save.mutateAsync(toOptionSaveBody(base, values, dirtyFields));
    const stored = toOptionFormValues(result);
    const later = showStoredKeepingLaterEdits(form, sent, stored, !isNew);
    clearHistory();
    const message = later ? `${describeSaved(result)} ${laterEditsKept}` : describeSaved(result);
    if (isNew) {
      const to = `/workflows/${flowId}/options/${result.WorkflowStepOptionId}`;
      if (later) draft.handOver(to, stored, later);
      leave({ to, message });
    } else setSaved(message);
    announce('Option saved.');
  };

  /** `anyway`: over someone else's save (an existing option), or as another option (a new one). */
  const submit = (anyway: boolean) =>
    form.handleSubmit(async (values) => {
      setError(null);
      setFailed('save');
      setSaved(null);
      conflict.clear();
      const sent = structuredClone(form.getValues());
      let createSent = false;
      /** The create or update was sent (not only the check before it). */
      let written = false;
      setChecking(true);
      try {
        let base = loaded;
        if (isNew) {
          if (!(await created.beforeCreate(sent, anyway))) {
            announce('Not saved: this option seems to be saved already.');
            return;
          }
          createSent = true;
        } else {
          const current = await conflict.latest(anyway ? conflict.conflict : null);
          if (!current) {
            announce('Not saved: someone else saved this option since you opened it.');
            return;
          }
          base = current;
        }
        setChecking(false);
        written = true;
        await saveOn(base, values, sent);
        if (isNew) created.settled();
      } catch (e) {
        if (createSent) {
          if (createMayHaveBeenStored(e)) created.unsure();
          else created.settled();
        }
        setError(
          saveFailureMessage(e, 'option', isNew, written) ??
            applyServerError(e, form.setError, optionFormFields),
        );
      } finally {
        setChecking(false);
      }
    });

  /** Goes to the option an earlier Save created, with what was changed since that Save. */
  const openFound = () => {
    const found = created.found;
    if (!found) return;
    const to = `/workflows/${flowId}/options/${found.WorkflowStepOptionId}`;
    const stored = toOptionFormValues(found);
    const now = form.getValues();
    const later = created.pendingSent
      ? keepEditsMadeDuringSave(created.pendingSent, now, stored)
      : { values: now, edited: Object.keys(now) };
    if (later.edited.length > 0) draft.handOver(to, stored, later.values);
    created.settled();
    form.reset(now);
    leave({ to });
  };

  const onDelete = async () => {
    setError(null);
    setFailed('delete');
    try {
      await remove.mutateAsync(loaded);
      // The page goes away; say on the next one what happened.
      toast({
        title: 'Option deleted',
        description: `“${loaded.Name || 'Unnamed option'}” is no longer a path of this split.`,
        tone: 'success',
      });
      form.reset(form.getValues());
      leave({ to: `/workflows/${flowId}`, focusMain: true });
    } catch (e) {
      setError(applyServerError(e, form.setError, []));
    }
  };

  return {
    onSubmit: submit(false),
    /** Saves over someone else's save, or creates another option beside the one found. */
    saveAnyway: () => void submit(true)(),
    onDelete,
    conflict,
    created: {
      ...created,
      name: created.found ? `an option “${created.found.Name ?? ''}” under this split` : '',
      open: openFound,
    },
    saving: save.isPending || checking,
    deleting: remove.isPending,
    error,
    setError,
    failed,
    setFailed,
    saved,
  };
}
