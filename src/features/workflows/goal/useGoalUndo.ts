import { useUndoHistory } from '../components/useUndoHistory.ts';
import { moveCondition } from './conditionMove.ts';
import type { FormGroup, FormRestriction, GoalFormApi, GoalGroupsApi } from './goalFormTypes.ts';
import type { GroupFocus } from './useGroupFocus.ts';

/**
 * What undoing a removal puts back (into the groups as they are then, not a whole snapshot), or
 * a move takes back.
 */
export type GoalUndoItem =
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

/**
 * Removing or moving a group or a condition can be undone (button or Ctrl+Z). Undo puts back
 * just what was removed or moved, into the groups as they are now (edits made since stay), and
 * focuses it: a group's heading, a condition's field picker. (Moves are recorded too so that
 * the group and condition positions of older entries still hold when those are undone.)
 */
export function useGoalUndo(
  form: GoalFormApi,
  groups: GoalGroupsApi,
  focus: GroupFocus,
  readOnly: boolean,
) {
  return useUndoHistory<GoalUndoItem>((item) => {
    if (item.kind === 'groupMove') {
      groups.move(item.to, item.from);
      focus.focusAfterRender(item.from);
      return;
    }
    if (item.kind === 'conditionMove') {
      const path = `RestrictionGroups.${item.group}.Restrictions` as const;
      const now = form.getValues(path) ?? [];
      form.setValue(path, moveCondition(now, item.to, item.from), { shouldDirty: true });
      focus.focusNow({ group: item.group, condition: item.from });
      return;
    }
    if (item.kind === 'group') {
      groups.insert(Math.min(item.index, groups.fields.length), item.group, {
        shouldFocus: false,
      });
      focus.focusAfterRender(item.index);
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
    focus.focusNow({ group: item.group, condition: Math.min(item.index, now.length - 1) });
  }, readOnly);
}

export type GoalUndo = ReturnType<typeof useGoalUndo>;
