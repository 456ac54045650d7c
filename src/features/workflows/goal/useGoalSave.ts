import { useQueryClient } from '@tanstack/react-query';
import type { useEditorDraft } from '../../../app/drafts/useEditorDraft.ts';
import { workflowKeys } from '../../../api/workflow/keys.ts';
import type { RestrictableFieldType, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useDeleteWorkflowGoal, useSaveWorkflowGoal } from '../../../api/workflow/useGoals.ts';
import { fetchEmailFlow, fetchWorkflowGoal } from '../../../api/workflow/workflowApi.ts';
import { useEditorSave } from '../components/useEditorSave.ts';
import type { useEditorExit } from '../components/useEditorExit.ts';
import { goalTypeLabel } from '../logic/goalText.ts';
import { isGoalTypeHidden } from '../logic/goalTypeHidden.ts';
import { describeGoalChanges, goalName, sameGoalName } from './goalChanges.ts';
import {
  goalFormFields,
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
  /** A stored goal's form values for this user (toStoredGoalFormValues). */
  toValues: (g: WorkflowGoal) => GoalFormInput;
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

/** Save and Delete of the goal editor (useEditorSave, with what is particular to goals). */
export function useGoalSave({ loaded, flowId, typeOf, toValues, ...rest }: GoalSaveOptions) {
  const qc = useQueryClient();
  return useEditorSave<GoalFormInput, GoalFormValues, WorkflowGoal>({
    ...rest,
    noun: 'goal',
    loaded,
    save: useSaveWorkflowGoal(),
    remove: useDeleteWorkflowGoal(),
    addressOf: (g) => `/workflows/${flowId}/goals/${g.WorkflowGoalId}`,
    afterDelete: `/workflows/${flowId}`,
    toValues,
    toSaveBody: (base, values, dirty) => toGoalSaveBody(base, values, dirty, typeOf),
    describeChanges: describeGoalChanges,
    fetchCurrent: () => fetchWorkflowGoal(loaded.WorkflowGoalId),
    adopt: (g) => qc.setQueryData(workflowKeys.goal(g.WorkflowGoalId), g),
    idOf: (g) => g.WorkflowGoalId,
    listSiblings: async () => (await fetchEmailFlow(flowId)).Goals ?? [],
    sameName: sameGoalName,
    foundName: goalName,
    // The form's values have passed its schema by the time the server answers.
    formFields: (values) => goalFormFields(values as GoalFormValues),
    deletedToast: (g) => ({
      title: 'Goal deleted',
      description: isGoalTypeHidden(g)
        ? `Goal ${g.WorkflowGoalId} was removed from the flow.`
        : `The “${goalTypeLabel(g.GoalType)}” goal was removed from the flow.`,
    }),
  });
}
