import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { useCreateDefaultStepFromType, useWorkflowStep } from '../../../api/workflow/useSteps.ts';
import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import { applyServerError } from '../../../app/forms/applyServerError.ts';
import { UndoButton } from '../components/UndoButton.tsx';
import { useAdoptFreshLoad } from '../components/useAdoptFreshLoad.ts';
import { EditorNotices } from '../components/EditorNotices.tsx';
import { useEditorDraft } from '../../../app/drafts/useEditorDraft.ts';
import { submitOnSaveShortcut } from '../../../app/forms/submitOnSaveShortcut.ts';
import { useEditorExit } from '../components/useEditorExit.ts';
import { EditorLeaveDialog } from '../components/EditorLeaveDialog.tsx';
import { useUndoHistory } from '../components/useUndoHistory.ts';
import {
  buildAccessModel,
  FieldRightsProvider,
  RightsNumberField,
  RightsSelectField,
  RightsTextField,
  rightsResolver,
  type RightsCarrier,
} from '../../../rights/index.ts';
import { announce, Card, ConfirmDialog } from '../../../ui/index.ts';
import { FormActions } from '../components/FormActions.tsx';
import { ListLoadWarning } from '../../../app/errors/ListLoadWarning.tsx';
import { collectionAccess } from '../logic/collectionAccess.ts';
import { countOf } from '../logic/countText.ts';
import { moveAnnouncement } from '../logic/ranks.ts';
import { unreachableRankWarning } from '../logic/rankReach.ts';
import { optionTypeMismatchWarning } from '../logic/optionTypeMatch.ts';
import { stepTypeLabel } from '../logic/stepText.ts';
import { AddStepControl } from './AddStepControl.tsx';
import { describeOptionChanges } from './optionChanges.ts';
import {
  carriesKey,
  optionFormSchema,
  toOptionFormValues,
  type OptionFormInput,
  type OptionFormValues,
} from './optionForm.ts';
import { optionTypeOptions } from './optionTypeOptions.ts';
import { stepsMergeNote } from './stepsMergeNote.ts';
import { deletedWithPath } from './droppedSplitPaths.ts';
import { deleteQuestion } from '../logic/deleteQuestion.ts';
import { useOptionSave } from './useOptionSave.ts';
import { useDroppedPathsCheck } from './useDroppedPathsCheck.ts';
import { SortableStepList } from './SortableStepList.tsx';
import styles from './StepOptionForm.module.css';

export interface StepOptionFormProps {
  loaded: WorkflowStepOption;
  isNew: boolean;
  flowId: number;
  /** The option's name as its page heading gives it (existingOptionTitle), said when deleted. */
  name: string;
  /** Shown once, e.g. after a create redirected here. */
  initialMessage?: string | null;
  /** The rights the editor follows (optionRights); the loaded option's own when not given. */
  rights?: RightsCarrier;
  /**
   * Whether a split on this path offers "Add a path": its flow lets the user add options (the
   * new path's page refuses one otherwise). The editor's own Insert right when not given.
   */
  canAddPaths?: boolean;
}

/** Edit a split option: Key, Name, Rank, type, and the ordered steps on its path. */
export function StepOptionForm({
  loaded,
  isNew,
  flowId,
  name,
  initialMessage,
  rights,
  canAddPaths,
}: StepOptionFormProps) {
  const model = useMemo(
    () => buildAccessModel(rights ?? loaded, { isNew }),
    [rights, loaded, isNew],
  );
  const form = useForm<OptionFormInput, unknown, OptionFormValues>({
    defaultValues: toOptionFormValues(loaded),
    resolver: rightsResolver(optionFormSchema, () => model),
  });
  const { isDirty, isSubmitting } = form.formState;
  const steps = useFieldArray({ control: form.control, name: 'Steps', keyName: 'fieldKey' });
  const createStep = useCreateDefaultStepFromType();
  const optionTypes = useMdoList('workflowsplitoptiontype');
  const [after, setAfter] = useState(-1);
  const typeRef = useRef<HTMLButtonElement>(null);
  const stepsRef = useRef<HTMLDivElement>(null);
  /** Where focus goes once the step list has re-rendered: a step's handle, or the type picker. */
  const focusStep = useRef<number | 'type' | null>(null);
  const stepsAccess = collectionAccess(model, 'Steps');
  const readOnly = stepsAccess.readOnly;
  const history = useUndoHistory<OptionFormValues['Steps']>(
    (before) => steps.replace(before),
    readOnly,
  );
  useAdoptFreshLoad(form, loaded, toOptionFormValues, history.clear);
  /** Remembers the steps before a change, for Undo. */
  const remember = (label: string) => history.remember(label, form.getValues('Steps'));
  const onUndo = () => {
    // The Undo button goes away with the last entry: focus the type picker instead of <body>.
    if (history.undo()?.left === 0) focusStep.current = 'type';
  };
  /**
   * Ctrl+Z outside text fields: the step rows re-mount on undo, so a focused step hands focus to
   * the step now at its place.
   */
  const onFormKeyDown = (e: React.KeyboardEvent<HTMLFormElement>) => {
    submitOnSaveShortcut(e, 'option');
    const handles = [...(stepsRef.current?.querySelectorAll('[data-step-handle]') ?? [])];
    const at = handles.findIndex((h) => h.closest('li')?.contains(document.activeElement));
    const undone = history.onKeyDown(e);
    if (!undone || at < 0) return;
    const left = undone.entry.state.length;
    focusStep.current = left === 0 ? 'type' : Math.min(at, left - 1);
  };
  // The split and its other paths: a rank after "Everyone else", or a type the split does not
  // split on, is warned about on its field.
  const split = useWorkflowStep(loaded.WorkflowStepId ?? 0);
  const [rank, optionType] = useWatch({ control: form.control, name: ['Rank', 'OptionType'] });
  const rankWarning = unreachableRankWarning(
    rank,
    optionType,
    (split.data?.Options ?? []).filter(
      (o) => o.WorkflowStepOptionId !== loaded.WorkflowStepOptionId,
    ),
    !model.field('Rank').readOnly,
  );
  const typeWarning = optionTypeMismatchWarning(
    optionType,
    split.data,
    !model.field('OptionType').readOnly,
  );
  const { blocker, leave } = useEditorExit(isDirty, isSubmitting);
  const draft = useEditorDraft(form, isDirty, model.formReadOnly);
  const dropCheck = useDroppedPathsCheck(form, isNew);
  const optionSave = useOptionSave({
    form,
    loaded,
    isNew,
    flowId,
    draft,
    leave,
    clearHistory: history.clear,
    initialMessage,
    onSaved: dropCheck.onSaved,
  });
  const { error, setError, failed, setFailed } = optionSave;

  useEffect(() => {
    const target = focusStep.current;
    if (target === null) return;
    focusStep.current = null;
    if (target === 'type') typeRef.current?.focus();
    else stepsRef.current?.querySelectorAll<HTMLElement>('[data-step-handle]')[target]?.focus();
  }, [steps.fields]);

  const label = (i: number) => stepTypeLabel(form.getValues('Steps')[i]?.StepType ?? '');

  const onAdd = async (stepType: string, afterIndex: number) => {
    setError(null);
    setFailed('addStep');
    try {
      const step = await createStep.mutateAsync(stepType);
      const at = afterIndex < 0 ? steps.fields.length : afterIndex + 1;
      remember(`added ${stepTypeLabel(stepType)}`);
      focusStep.current = at;
      steps.insert(at, { ...step, WorkflowId: loaded.WorkflowId ?? step.WorkflowId });
      setAfter(-1);
      announce(`${stepTypeLabel(stepType)} added as step ${at + 1} of ${steps.fields.length + 1}.`);
    } catch (e) {
      setError(applyServerError(e, form.setError, []));
    }
  };

  /** Moves a step; says nothing (a drop is said by the list's drag announcements). */
  const moveStep = (from: number, to: number): string | null => {
    if (to < 0 || to >= steps.fields.length) return null;
    const name = label(from);
    remember(`moved ${name}`);
    steps.move(from, to);
    return name;
  };
  // The Move buttons: said here, as nothing else says them.
  const onMove = (from: number, to: number) => {
    const name = moveStep(from, to);
    if (name) announce(moveAnnouncement(name, to, steps.fields.length));
  };

  const onRemove = (i: number) => {
    const name = label(i);
    remember(`removed ${name}`);
    const left = steps.fields.length - 1;
    focusStep.current = left === 0 ? 'type' : Math.min(i, left - 1);
    steps.remove(i);
    setAfter(-1);
    announce(`${name} removed. ${countOf(steps.fields.length - 1, 'step')} left.`);
  };

  const typeOptions = optionTypeOptions(optionTypes.data, [loaded.OptionType, optionType]);

  return (
    <FieldRightsProvider model={model}>
      <FormProvider {...form}>
        <form
          className={styles.form}
          onSubmit={dropCheck.onSubmit(optionSave.onSubmit)}
          onKeyDown={onFormKeyDown}
          noValidate
          aria-label="Step option"
        >
          <EditorNotices
            what="option"
            isNew={isNew}
            draft={draft}
            onDraftDiscarded={history.clear}
            save={{ ...optionSave, saved: dropCheck.savedNote(optionSave.saved) }}
            form={form}
            describeChanges={describeOptionChanges}
            listNote={stepsMergeNote}
          />
          {optionTypes.isError && (
            <ListLoadWarning
              what="the option types"
              error={optionTypes.error}
              meanwhile="Option type offers the standard types meanwhile."
              retrying={optionTypes.isFetching}
              onRetry={async () => (await optionTypes.refetch()).isSuccess}
              focusAfter={() => form.setFocus('OptionType')}
            />
          )}
          <Card title="Option">
            <div className={styles.fields}>
              <RightsTextField name="Name" label="Name" />
              {carriesKey(loaded) && <RightsTextField name="Key" label="Key" />}
              <RightsSelectField
                name="OptionType"
                label="Option type"
                options={typeOptions}
                note={typeWarning}
              />
              <RightsNumberField name="Rank" label="Rank" note={rankWarning} />
            </div>
          </Card>
          {!stepsAccess.hidden && (
            <Card
              title="Steps on this path"
              description={
                readOnly
                  ? `Run in this order when a participant takes this path.${stepsAccess.reason ? ` ${stepsAccess.reason}` : ''}`
                  : 'Run in this order. Drag a step by its handle, or focus the handle and use Space and the arrow keys, or the Move buttons. Ranks are renumbered 1..n on save.'
              }
            >
              <div ref={stepsRef}>
                <SortableStepList
                  ids={steps.fields.map((f) => f.fieldKey)}
                  steps={steps.fields}
                  flowId={flowId}
                  readOnly={readOnly}
                  canAddPaths={canAddPaths ?? model.table.canInsert}
                  onMove={onMove}
                  onDrop={moveStep}
                  onRemove={onRemove}
                  onInsertAfter={(i) => {
                    setAfter(i);
                    typeRef.current?.focus();
                  }}
                />
              </div>
              {!readOnly && (
                <AddStepControl
                  steps={steps.fields}
                  after={after}
                  onAfterChange={setAfter}
                  onAdd={onAdd}
                  typeRef={typeRef}
                />
              )}
              {history.lastLabel && (
                <div className={styles.undoRow}>
                  <UndoButton label={history.lastLabel} onUndo={onUndo} />
                </div>
              )}
            </Card>
          )}
          <FormActions
            model={model}
            isNew={isNew}
            dirty={isDirty}
            saving={optionSave.saving}
            what="option"
            deleteMessage={deleteQuestion({
              what: 'option',
              name,
              // The stored steps go with it (the server deletes the path with what is on it).
              deletedWith: deletedWithPath(loaded.Steps ?? []),
            })}
            onDelete={optionSave.onDelete}
            deleting={optionSave.deleting}
          />
        </form>
      </FormProvider>
      <ConfirmDialog
        open={dropCheck.question !== null}
        onOpenChange={(open) => !open && dropCheck.cancel()}
        title="Delete the split’s paths?"
        message={dropCheck.question}
        confirmLabel="Save and delete paths"
        tone="danger"
        onConfirm={() => dropCheck.confirm(optionSave.onSubmit)}
      />
      <EditorLeaveDialog
        blocker={blocker}
        saving={isSubmitting}
        saveFailed={error !== null && failed === 'save'}
        what="option"
      />
    </FieldRightsProvider>
  );
}
