import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { workflowKeys } from '../../../api/workflow/keys.ts';
import type { RestrictableFieldType, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useDeleteWorkflowGoal, useSaveWorkflowGoal } from '../../../api/workflow/useGoals.ts';
import { fetchEmailFlow, fetchWorkflowGoal } from '../../../api/workflow/workflowApi.ts';
import { applyServerError } from '../../../app/forms/applyServerError.ts';
import { announce } from '../../../ui/index.ts';
import { useToast } from '../../../ui/toastContext.ts';
import {
  laterEditsKept,
  showStoredKeepingLaterEdits,
} from '../components/showStoredKeepingLaterEdits.ts';
import { useCreateGuard } from '../components/useCreateGuard.ts';
import type { useEditorDraft } from '../../../app/drafts/useEditorDraft.ts';
import type { useEditorExit } from '../components/useEditorExit.ts';
import { useSaveConflict } from '../components/useSaveConflict.ts';
import { keepEditsMadeDuringSave } from '../logic/editsDuringSave.ts';
import { goalTypeLabel } from '../logic/goalText.ts';
import { createMayHaveBeenStored, saveFailureMessage } from '../logic/saveFailure.ts';
import { describeGoalChanges, goalName, sameGoalName } from './goalChanges.ts';
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
  const qc = useQueryClient();
  const { toast } = useToast();
  const [error, setError] = useState<string | null>(null);
  /** What the error banner is about: the last save, or a delete. */
  const [failed, setFailed] = useState<'save' | 'delete'>('save');
  const [saved, setSaved] = useState<string | null>(initialMessage ?? null);
  /** The goal or the flow is read again before writing. */
  const [checking, setChecking] = useState(false);
  const { dirtyFields } = form.formState;
  const conflict = useSaveConflict<GoalFormInput, WorkflowGoal>({
    form,
    toValues: toGoalFormValues,
    fetchCurrent: () => fetchWorkflowGoal(loaded.WorkflowGoalId),
    adopt: (g) => qc.setQueryData(workflowKeys.goal(g.WorkflowGoalId), g),
    describeChanges: describeGoalChanges,
    onReloaded: clearHistory,
  });
  const created = useCreateGuard<GoalFormInput, WorkflowGoal>({
    draftKey: isNew ? draft.key : null,
    listItems: async () => (await fetchEmailFlow(flowId)).Goals ?? [],
    idOf: (g) => g.WorkflowGoalId,
    sameName: sameGoalName,
  });

  /** `anyway`: over someone else's save (an existing goal), or as another goal (a new one). */
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
            announce('Not saved: this goal seems to be saved already.');
            return;
          }
          createSent = true;
        } else {
          const current = await conflict.latest(anyway ? conflict.conflict : null);
          if (!current) {
            announce('Not saved: someone else saved this goal since you opened it.');
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
          saveFailureMessage(e, 'goal', isNew, written) ??
            applyServerError(e, form.setError, goalFormFields(form.getValues() as GoalFormValues)),
        );
      } finally {
        setChecking(false);
      }
    }, onInvalid);

  const saveOn = async (base: WorkflowGoal, values: GoalFormValues, sent: GoalFormInput) => {
    const result = await save.mutateAsync(toGoalSaveBody(base, values, dirtyFields, typeOf));
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
  };

  /** Goes to the goal an earlier Save created, with what was changed since that Save. */
  const openFound = () => {
    const found = created.found;
    if (!found) return;
    const to = `/workflows/${flowId}/goals/${found.WorkflowGoalId}`;
    const stored = toGoalFormValues(found);
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
    onSubmit: submit(false),
    /** Saves over someone else's save, or creates another goal beside the one found. */
    saveAnyway: () => void submit(true)(),
    conflict,
    created: { ...created, name: created.found ? goalName(created.found) : '', open: openFound },
    onDelete,
    saving: save.isPending || checking,
    deleting: remove.isPending,
    error,
    failed,
    saved,
  };
}
