import { useMemo } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import type { WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import {
  buildAccessModel,
  FieldRightsProvider,
  RightsSelectField,
  rightsResolver,
} from '../../../rights/index.ts';
import { Card } from '../../../ui/index.ts';
import { EditorNotices } from '../components/EditorNotices.tsx';
import { EditorLeaveDialog } from '../components/EditorLeaveDialog.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { useAdoptFreshLoad } from '../components/useAdoptFreshLoad.ts';
import { useEditorDraft } from '../../../app/drafts/useEditorDraft.ts';
import { submitOnSaveShortcut } from '../../../app/forms/submitOnSaveShortcut.ts';
import { useEditorExit } from '../components/useEditorExit.ts';
import { collectionAccess } from '../logic/collectionAccess.ts';
import { countsWholeNumbers } from '../logic/numberValues.ts';
import { describeSavedGoal } from './describeSavedGoal.ts';
import { describeGoalChanges } from './goalChanges.ts';
import {
  groupRightsNames,
  makeGoalFormSchema,
  toNewGoalFormValues,
  toStoredGoalFormValues,
  type GoalFormInput,
  type GoalFormValues,
} from './goalForm.ts';
import { goalDeleteQuestion } from './goalDeleteQuestion.ts';
import { goalTypeOptions } from './goalTypeOptions.ts';
import { GoalLoadWarnings } from './GoalLoadWarnings.tsx';
import { RestrictionGroupsSection } from './RestrictionGroupsSection.tsx';
import { useConditionFields } from './useConditionFields.ts';
import { useFocusFirstProblem } from './useFocusFirstProblem.ts';
import { useGoalSave } from './useGoalSave.ts';
import { useGoalUndo } from './useGoalUndo.ts';
import { useGroupFocus } from './useGroupFocus.ts';
import styles from './GoalForm.module.css';

export interface GoalFormProps {
  loaded: WorkflowGoal;
  isNew: boolean;
  flowId: number;
  /** The goal's name as its page heading gives it (goalName), said when it is deleted. */
  name: string;
  initialMessage?: string | null;
}

/** Edit a goal: its type and its restriction groups (the condition builder). */
export function GoalForm({ loaded, isNew, flowId, name, initialMessage }: GoalFormProps) {
  const model = useMemo(() => buildAccessModel(loaded, { isNew }), [loaded, isNew]);
  // On a server without a field list, the fields the goal's conditions store stand in for it.
  const { fields, list: fieldList } = useConditionFields(loaded);
  const typeOf = (name: string) => fieldList.find((f) => f.Name === name)?.Type;
  const countNameOf = (name: string) => {
    const field = fieldList.find((f) => f.Name === name);
    return field && countsWholeNumbers(field) ? field.DisplayName : undefined;
  };
  const resolver: Resolver<GoalFormInput, unknown, GoalFormValues> = (values, ctx, opts) =>
    rightsResolver(makeGoalFormSchema(typeOf, countNameOf), () => model, [
      'GoalType',
      ...groupRightsNames(values as GoalFormValues),
    ])(values, ctx, opts);
  // A new goal, or one stored with None, shows no type while the user may choose one, so that
  // Save asks for it (toNewGoalFormValues, toStoredGoalFormValues).
  const typeAccess = model.field('GoalType');
  const typeEditable = !typeAccess.hidden && !typeAccess.readOnly;
  const toStoredValues = (g: WorkflowGoal) => toStoredGoalFormValues(g, typeEditable);
  const toValues = (g: WorkflowGoal) =>
    isNew ? toNewGoalFormValues(g, typeEditable) : toStoredValues(g);
  const form = useForm<GoalFormInput, unknown, GoalFormValues>({
    defaultValues: toValues(loaded),
    resolver,
  });
  const { isDirty, isSubmitting } = form.formState;
  const groups = useFieldArray({
    control: form.control,
    name: 'RestrictionGroups',
    keyName: 'fieldKey',
  });
  const goalTypes = useMdoList('workflowgoaltype');
  const goalType = useWatch({ control: form.control, name: 'GoalType' });
  const { blocker, leave } = useEditorExit(isDirty, isSubmitting);
  const groupsAccess = collectionAccess(model, 'RestrictionGroups');
  const draft = useEditorDraft(form, isDirty, model.formReadOnly);
  const { locale } = useDateTimeSettings();
  const focus = useGroupFocus(form, groups.fields);
  const history = useGoalUndo(form, groups, focus, groupsAccess.readOnly);
  useAdoptFreshLoad(form, loaded, toValues, history.clear);
  const { formRef, onInvalid } = useFocusFirstProblem(form.formState.submitCount);
  const goalSave = useGoalSave({
    form,
    loaded,
    isNew,
    flowId,
    typeOf,
    toValues: toStoredValues,
    describeSaved: (g) => describeSavedGoal(g, fieldList, locale),
    draft,
    leave,
    clearHistory: history.clear,
    onInvalid,
    initialMessage,
  });

  return (
    <FieldRightsProvider model={model}>
      <FormProvider {...form}>
        <form
          ref={formRef}
          className={styles.form}
          onSubmit={goalSave.onSubmit}
          onKeyDown={(e) => {
            submitOnSaveShortcut(e, 'goal');
            history.onKeyDown(e);
          }}
          noValidate
          aria-label="Goal"
        >
          <EditorNotices
            what="goal"
            isNew={isNew}
            draft={draft}
            onDraftDiscarded={history.clear}
            save={goalSave}
            form={form}
            describeChanges={describeGoalChanges}
          />
          <GoalLoadWarnings
            fields={fields}
            goalTypes={goalTypes}
            form={form}
            groupsRef={focus.groupsRef}
          />
          {/* Its only field hidden, the card would stand empty. */}
          {!model.field('GoalType').hidden && (
            <Card title="Goal">
              <div className={styles.typeRow}>
                <RightsSelectField
                  name="GoalType"
                  label="Goal type"
                  // The type the form opened with (not a None it shows as none to choose).
                  options={goalTypeOptions(goalTypes.data, [toValues(loaded).GoalType, goalType])}
                  placeholder="Choose a goal type…"
                />
              </div>
            </Card>
          )}
          {!groupsAccess.hidden && (
            <RestrictionGroupsSection
              form={form}
              groups={groups}
              access={groupsAccess}
              fields={fieldList}
              history={history}
              focus={focus}
            />
          )}
          <FormActions
            model={model}
            isNew={isNew}
            dirty={isDirty}
            saving={goalSave.saving}
            what="goal"
            deleteMessage={goalDeleteQuestion(loaded, name)}
            onDelete={goalSave.onDelete}
            deleting={goalSave.deleting}
          />
        </form>
      </FormProvider>
      <EditorLeaveDialog
        blocker={blocker}
        saving={isSubmitting}
        saveFailed={goalSave.error !== null && goalSave.failed === 'save'}
        what="goal"
      />
    </FieldRightsProvider>
  );
}
