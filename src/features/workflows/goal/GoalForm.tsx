import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { FormProvider, useFieldArray, useForm, type Resolver } from 'react-hook-form';
import { Plus } from 'lucide-react';
import type { WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { useDeleteWorkflowGoal, useSaveWorkflowGoal } from '../../../api/workflow/useGoals.ts';
import { useRestrictableFields } from '../../../api/workflow/useFlows.ts';
import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import { applyServerError } from '../../../app/forms/applyServerError.ts';
import { UnsavedChangesDialog } from '../../../app/forms/UnsavedChangesDialog.tsx';
import { UndoButton } from '../components/UndoButton.tsx';
import { useAdoptFreshLoad } from '../components/useAdoptFreshLoad.ts';
import {
  laterEditsKept,
  showStoredKeepingLaterEdits,
} from '../components/showStoredKeepingLaterEdits.ts';
import { EditorDraftNotice } from '../components/EditorDraftNotice.tsx';
import { useEditorDraft } from '../components/useEditorDraft.ts';
import { useEditorExit } from '../components/useEditorExit.ts';
import { useUndoHistory } from '../components/useUndoHistory.ts';
import {
  buildAccessModel,
  FieldRightsProvider,
  ReadOnlyBanner,
  RightsSelectField,
  rightsResolver,
} from '../../../rights/index.ts';
import { announce, Button, Card, EmptyState } from '../../../ui/index.ts';
import { useToast } from '../../../ui/toastContext.ts';
import { FormActions } from '../components/FormActions.tsx';
import { ListLoadWarning } from '../components/ListLoadWarning.tsx';
import { SaveOutcome } from '../components/SaveOutcome.tsx';
import { goalTypeLabels, goalTypeLabel } from '../logic/goalText.ts';
import { collectionAccess } from '../logic/collectionAccess.ts';
import { countOf } from '../logic/countText.ts';
import { saveFailureMessage } from '../logic/saveFailure.ts';
import { summarizeGroup } from '../logic/restrictionSummary.ts';
import {
  goalFormFields,
  makeGoalFormSchema,
  groupRightsNames,
  toGoalFormValues,
  toGoalSaveBody,
  type GoalFormInput,
  type GoalFormValues,
} from './goalForm.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import { moveCondition } from './conditionMove.ts';
import { RestrictionGroupCard } from './RestrictionGroupCard.tsx';
import styles from './GoalForm.module.css';

type FormGroup = GoalFormValues['RestrictionGroups'][number];
type FormRestriction = NonNullable<FormGroup['Restrictions']>[number];

/**
 * What undoing a removal puts back (into the groups as they are then, not a whole snapshot), or
 * a move takes back.
 */
type UndoItem =
  | { kind: 'group'; index: number; group: FormGroup }
  | { kind: 'groupMove'; from: number; to: number }
  | { kind: 'conditionMove'; group: number; from: number; to: number }
  | {
      kind: 'condition';
      group: number;
      index: number;
      condition: FormRestriction;
      /** The condition before a removed last one was joined to nothing; its join comes back. */
      neighbour: { index: number; interOperator: string | null } | null;
    };

export interface GoalFormProps {
  loaded: WorkflowGoal;
  isNew: boolean;
  flowId: number;
  initialMessage?: string | null;
}

/** Edit a goal: its type and its restriction groups (the condition builder). */
export function GoalForm({ loaded, isNew, flowId, initialMessage }: GoalFormProps) {
  const model = useMemo(() => buildAccessModel(loaded, { isNew }), [loaded, isNew]);
  const fields = useRestrictableFields();
  const typeOf = (name: string) => fields.data?.find((f) => f.Name === name)?.Type;
  const resolver: Resolver<GoalFormInput, unknown, GoalFormValues> = (values, ctx, opts) =>
    rightsResolver(makeGoalFormSchema(typeOf), () => model, [
      'GoalType',
      ...groupRightsNames(values as GoalFormValues),
    ])(values, ctx, opts);
  const form = useForm<GoalFormInput, unknown, GoalFormValues>({
    defaultValues: toGoalFormValues(loaded),
    resolver,
  });
  const { isDirty, dirtyFields } = form.formState;
  const groups = useFieldArray({
    control: form.control,
    name: 'RestrictionGroups',
    keyName: 'fieldKey',
  });
  const save = useSaveWorkflowGoal();
  const remove = useDeleteWorkflowGoal();
  const goalTypes = useMdoList('workflowgoaltype');
  const { toast } = useToast();
  const [error, setError] = useState<string | null>(null);
  /** What the error banner is about: the last save, or a delete. */
  const [failed, setFailed] = useState<'save' | 'delete'>('save');
  const [saved, setSaved] = useState<string | null>(initialMessage ?? null);
  const { blocker, leave } = useEditorExit(isDirty);
  const groupsAccess = collectionAccess(model, 'RestrictionGroups');
  const readOnly = groupsAccess.readOnly;
  const draft = useEditorDraft(form, isDirty, model.formReadOnly);
  const fieldList = fields.data ?? [];
  const { locale } = useDateTimeSettings();
  const groupsRef = useRef<HTMLDivElement>(null);
  const addGroupRef = useRef<HTMLButtonElement>(null);
  /**
   * Removing or moving a group or a condition can be undone (button or Ctrl+Z). Undo puts back
   * just what was removed or moved, into the groups as they are now (edits made since stay), and
   * focuses it: a group's heading, a condition's field picker. (Moves are recorded too so that
   * the group and condition positions of older entries still hold when those are undone.)
   */
  const history = useUndoHistory<UndoItem>((item) => {
    if (item.kind === 'groupMove') {
      groups.move(item.to, item.from);
      focusGroup.current = item.from;
      return;
    }
    if (item.kind === 'conditionMove') {
      const path = `RestrictionGroups.${item.group}.Restrictions` as const;
      const now = form.getValues(path) ?? [];
      form.setValue(path, moveCondition(now, item.to, item.from), { shouldDirty: true });
      focusGroup.current = { group: item.group, condition: item.from };
      requestFocus();
      return;
    }
    if (item.kind === 'group') {
      groups.insert(Math.min(item.index, groups.fields.length), item.group, {
        shouldFocus: false,
      });
      focusGroup.current = item.index;
      return;
    }
    const path = `RestrictionGroups.${item.group}.Restrictions` as const;
    const now = [...(form.getValues(path) ?? [])];
    if (item.neighbour && now[item.neighbour.index])
      now[item.neighbour.index] = {
        ...now[item.neighbour.index],
        InterOperator: item.neighbour.interOperator,
      };
    now.splice(Math.min(item.index, now.length), 0, item.condition);
    form.setValue(path, now, { shouldDirty: true });
    // The groups themselves do not change: ask for the focus pass explicitly.
    focusGroup.current = { group: item.group, condition: Math.min(item.index, now.length - 1) };
    requestFocus();
  }, readOnly);
  useAdoptFreshLoad(form, loaded, toGoalFormValues, history.clear);
  /**
   * Where focus goes once the groups have re-rendered: after a group is removed, the heading of
   * the group now in its place, or "Add group"; after an undo, what came back.
   */
  const focusGroup = useRef<
    number | { group: number; condition: number } | { newGroupName: number } | 'add' | null
  >(null);
  const [focusTick, requestFocus] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const target = focusGroup.current;
    if (target === null) return;
    focusGroup.current = null;
    if (target === 'add') addGroupRef.current?.focus();
    else if (typeof target === 'number')
      groupsRef.current?.querySelectorAll<HTMLElement>('[data-group-heading]')[target]?.focus();
    else if ('newGroupName' in target)
      // Selected, so that the name typed replaces "Group n" rather than being added to it.
      form.setFocus(`RestrictionGroups.${target.newGroupName}.Name`, { shouldSelect: true });
    else {
      const group = groupsRef.current?.querySelectorAll('section')[target.group];
      const row = group?.querySelectorAll(':scope ol > li')[target.condition];
      row?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
    }
  }, [groups.fields, focusTick, form]);

  const describeSaved = (g: WorkflowGoal) => {
    const groups = g.RestrictionGroups ?? [];
    const what = `The server stored a “${goalTypeLabel(g.GoalType)}” goal`;
    if (groups.length === 0) return `${what} with no restriction groups.`;
    return `${what} with ${countOf(groups.length, 'group')}: ${groups
      .map((gr) => `${gr.Rank}. ${gr.Name || 'Unnamed'} — ${summarizeGroup(gr, fieldList, locale)}`)
      .join('; ')}.`;
  };

  const formRef = useRef<HTMLFormElement>(null);
  /**
   * A refused save (a condition without a field, unbalanced parentheses) is reported next to the
   * condition, which may be far from Save: focus goes to the first problem so it is seen and heard.
   */
  const refused = useRef(false);
  const { submitCount } = form.formState;
  // react-hook-form renders the errors with the submit count, after onInvalid has run.
  useEffect(() => {
    if (!refused.current) return;
    refused.current = false;
    formRef.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [data-save-blocker]')
      ?.focus();
  }, [submitCount]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setError(null);
      setFailed('save');
      setSaved(null);
      const sent = structuredClone(form.getValues());
      try {
        const result = await save.mutateAsync(toGoalSaveBody(loaded, values, dirtyFields, typeOf));
        const stored = toGoalFormValues(result);
        const later = showStoredKeepingLaterEdits(form, sent, stored, !isNew);
        history.clear();
        const message = later
          ? `${describeSaved(result)} ${laterEditsKept}`
          : describeSaved(result);
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
    },
    () => {
      refused.current = true;
    },
  );

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

  const moveGroup = (from: number, to: number) => {
    if (to < 0 || to >= groups.fields.length) return;
    const name = form.getValues(`RestrictionGroups.${from}.Name`) || 'Unnamed group';
    history.remember(`moved ${name}`, { kind: 'groupMove', from, to });
    groups.move(from, to);
    announce(`${name} moved to position ${to + 1} of ${groups.fields.length}.`);
  };

  const groupsNote = `The goal is reached when a participant matches any one group. Within a group, conditions join with And/Or; parentheses group them.${
    readOnly
      ? groupsAccess.reason && ` ${groupsAccess.reason}`
      : ' Reorder with the Move buttons, or drag a condition by its handle: joins and parentheses stay in place.'
  }`;

  const typeOptions = (
    goalTypes.data?.map((i) => ({ value: i.ExtraInfo || String(i.Id), label: i.Name })) ??
    Object.entries(goalTypeLabels).map(([value, label]) => ({ value, label }))
  ).filter((o) => o.value !== 'None');

  return (
    <FieldRightsProvider model={model}>
      <FormProvider {...form}>
        <form
          ref={formRef}
          className={styles.form}
          onSubmit={onSubmit}
          onKeyDown={history.onKeyDown}
          noValidate
          aria-label="Goal"
        >
          <ReadOnlyBanner />
          {draft.notice && (
            <EditorDraftNotice
              notice={draft.notice}
              what="goal"
              isNew={isNew}
              onKeep={draft.dismiss}
              onDiscard={() => {
                draft.discard();
                history.clear();
              }}
            />
          )}
          <SaveOutcome error={error} saved={saved} failed={failed} />
          {fields.isError && (
            <ListLoadWarning
              what="the fields conditions can use"
              error={fields.error}
              meanwhile="Meanwhile each condition shows what is stored with it, and no other field can be chosen."
              retrying={fields.isFetching}
              onRetry={async () => (await fields.refetch()).isSuccess}
              focusAfter={() =>
                groupsRef.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus()
              }
            />
          )}
          {goalTypes.isError && (
            <ListLoadWarning
              what="the goal types"
              error={goalTypes.error}
              meanwhile="Goal type offers the standard types meanwhile."
              retrying={goalTypes.isFetching}
              onRetry={async () => (await goalTypes.refetch()).isSuccess}
              focusAfter={() => form.setFocus('GoalType')}
            />
          )}
          <Card title="Goal">
            <div className={styles.typeRow}>
              <RightsSelectField name="GoalType" label="Goal type" options={typeOptions} />
            </div>
          </Card>
          {!groupsAccess.hidden && (
            <Card title="Restriction groups" description={groupsNote}>
              <div className={styles.groups} ref={groupsRef}>
                {groups.fields.length === 0 && (
                  <EmptyState
                    title="No restriction groups"
                    text="Without a group, any participant who does the action reaches the goal."
                    headingLevel={3}
                  />
                )}
                {groups.fields.map((g, i) => (
                  <RestrictionGroupCard
                    key={g.fieldKey}
                    index={i}
                    count={groups.fields.length}
                    fields={fieldList}
                    onMove={moveGroup}
                    onWillMoveCondition={(from, to, label) =>
                      history.remember(label, { kind: 'conditionMove', group: i, from, to })
                    }
                    onWillRemoveCondition={(ri, label) => {
                      const rs = form.getValues(`RestrictionGroups.${i}.Restrictions`) ?? [];
                      const prev = ri === rs.length - 1 && ri > 0 ? rs[ri - 1] : null;
                      history.remember(label, {
                        kind: 'condition',
                        group: i,
                        index: ri,
                        condition: rs[ri],
                        neighbour: prev
                          ? { index: ri - 1, interOperator: prev.InterOperator ?? null }
                          : null,
                      });
                    }}
                    onRemove={(gi) => {
                      const name = form.getValues(`RestrictionGroups.${gi}.Name`);
                      history.remember(`removed ${name || `group ${gi + 1}`}`, {
                        kind: 'group',
                        index: gi,
                        group: form.getValues(`RestrictionGroups.${gi}`),
                      });
                      const left = groups.fields.length - 1;
                      focusGroup.current = left === 0 ? 'add' : Math.min(gi, left - 1);
                      groups.remove(gi);
                      announce(`Group ${gi + 1} removed.`);
                    }}
                  />
                ))}
                {!readOnly && (
                  <div className={styles.groupTools}>
                    <Button
                      ref={addGroupRef}
                      icon={<Plus size={16} />}
                      onClick={() => {
                        focusGroup.current = { newGroupName: groups.fields.length };
                        groups.append(
                          {
                            Name: `Group ${groups.fields.length + 1}`,
                            Description: '',
                            Rank: 0,
                            Restrictions: [],
                          },
                          { shouldFocus: false },
                        );
                        announce(`Group ${groups.fields.length + 1} added.`);
                      }}
                    >
                      Add group
                    </Button>
                    <UndoButton label={history.lastLabel} onUndo={() => void history.undo()} />
                  </div>
                )}
              </div>
            </Card>
          )}
          <FormActions
            model={model}
            isNew={isNew}
            dirty={isDirty}
            saving={save.isPending}
            what="goal"
            onDelete={onDelete}
            deleting={remove.isPending}
          />
        </form>
      </FormProvider>
      <UnsavedChangesDialog blocker={blocker} />
    </FieldRightsProvider>
  );
}
