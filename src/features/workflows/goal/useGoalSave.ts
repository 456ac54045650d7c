import { useState } from 'react';
import type { RestrictableFieldType, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useDeleteWorkflowGoal, useSaveWorkflowGoal } from '../../../api/workflow/useGoals.ts';
import { applyServerError } from '../../../app/forms/applyServerError.ts';
import { announce } from '../../../ui/index.ts';
import { useToast } from '../../../ui/toastContext.ts';
import {
  laterEditsKept,
  showStoredKeepingLaterEdits,
} from '../components/showStoredKeepingLaterEdits.ts';
import type { useEditorDraft } from '../components/useEditorDraft.ts';
import type { useEditorExit } from '../components/useEditorExit.ts';
import { goalTypeLabel } from '../logic/goalText.ts';
import { saveFailureMessage } from '../logic/saveFailure.ts';
import {
  goalFormFields,
  toGoalFormValues,
  toGoalSaveBody,
  type GoalFormInput,
  type GoalFormValues,
} from './goalForm.ts';
import type { GoalFormApi } from './goalFormTypes.ts';

export interface GoalSaveOptions {
  form: GoalFormApi;
  loaded: WorkflowGoal;
  isNew: boolean;
  flowId: number;
  typeOf: (name: string) => RestrictableFieldType | undefined;
  /** What the server stored, in words. */
  describeSaved: (g: WorkflowGoal) => string;
  draft: ReturnType<typeof useEditorDraft<GoalFormInput>>;
  leave: ReturnType<typeof useEditorExit>['leave'];
  /** The undo history goes once the form shows what was stored. */
  clearHistory: () => void;
  /** A save refused by the form's own checks. */
  onInvalid: () => void;
  /** Shown at first (a created goal's page says it was saved). */
  initialMessage?: string | null;
}

/**
 * Save and Delete of the goal editor, and what they say: the error banner (about the last save,
 * or a delete), or what the server stored. A new goal's editor goes to the created goal's page.
 */
export function useGoalSave({
  form,
  loaded,
  isNew,
  flowId,
  typeOf,
  describeSaved,
  draft,
  leave,
  clearHistory,
  onInvalid,
  initialMessage,
}: GoalSaveOptions) {
  const save = useSaveWorkflowGoal();
  const remove = useDeleteWorkflowGoal();
  const { toast } = useToast();
  const [error, setError] = useState<string | null>(null);
  /** What the error banner is about: the last save, or a delete. */
  const [failed, setFailed] = useState<'save' | 'delete'>('save');
  const [saved, setSaved] = useState<string | null>(initialMessage ?? null);
  const { dirtyFields } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    setFailed('save');
    setSaved(null);
    const sent = structuredClone(form.getValues());
    try {
      const result = await save.mutateAsync(toGoalSaveBody(loaded, values, dirtyFields, typeOf));
      const stored = toGoalFormValues(result);
      const later = showStoredKeepingLaterEdits(form, sent, stored, !isNew);
      clearHistory();
      const message = later ? `${describeSaved(result)} ${laterEditsKept}` : describeSaved(result);
      if (isNew) {
        const to = `/workflows/${flowId}/goals/${result.WorkflowGoalId}`;
        if (later) draft.handOver(to, stored, later);
        leave({ to, message });
      } else setSaved(message);
      announce('Goal saved.');
    } catch (e) {
      setError(
        saveFailureMessage(e, 'goal', isNew) ??
          applyServerError(e, form.setError, goalFormFields(form.getValues() as GoalFormValues)),
      );
    }
  }, onInvalid);

  const onDelete = async () => {
    setError(null);
    setFailed('delete');
    try {
      await remove.mutateAsync(loaded);
      // The page goes away; say on the next one what happened.
      toast({
        title: 'Goal deleted',
        description: `The “${goalTypeLabel(loaded.GoalType)}” goal was removed from the flow.`,
        tone: 'success',
      });
      form.reset(form.getValues());
      leave({ to: `/workflows/${flowId}`, focusMain: true });
    } catch (e) {
      setError(applyServerError(e, form.setError, []));
    }
  };

  return {
    onSubmit,
    onDelete,
    saving: save.isPending,
    deleting: remove.isPending,
    error,
    failed,
    saved,
  };
}
