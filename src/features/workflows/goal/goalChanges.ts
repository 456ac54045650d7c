import type { WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { withArticle } from '../logic/article.ts';
import { countOf } from '../logic/countText.ts';
import { goalTypeLabel } from '../logic/goalText.ts';
import { isGoalTypeHidden } from '../logic/goalTypeHidden.ts';
import { areGoalGroupsHidden, areGroupNamesHidden } from '../logic/goalGroupsHidden.ts';
import { listChanges, ownChanges } from '../logic/ownChanges.ts';
import type { GoalFormInput } from './goalForm.ts';

type Group = { Name?: string | null };

/** What the user changed in the goal, in words (see ownChanges). */
export const describeGoalChanges = (opened: GoalFormInput, mine: GoalFormInput) =>
  ownChanges(opened, mine, {
    GoalType: (v) => `Goal type: ${goalTypeLabel(v)}`,
    RestrictionGroups: (v, was) =>
      `Restriction groups: ${listChanges<Group>(was ?? [], v ?? [], 'group', (g) => g.Name ?? '')}`,
  });

const groupNames = (groups: readonly Group[] | null | undefined) =>
  (groups ?? []).map((g) => (g.Name ?? '').trim());

/** A goal "carries the same name" as the form's: the same type and groups of the same names. */
export function sameGoalName(goal: WorkflowGoal, values: GoalFormInput): boolean {
  const a = groupNames(goal.RestrictionGroups);
  const b = groupNames(values.RestrictionGroups as Group[]);
  return (
    (goal.GoalType ?? 'None') === (values.GoalType ?? 'None') &&
    a.length === b.length &&
    a.every((n, i) => n === b[i])
  );
}

/**
 * A goal named in a sentence: "an “Added to project” goal with the group “Dup goal group”"; by its
 * id when the user may not see its type ("goal 3 with …").
 */
export function goalName(goal: WorkflowGoal): string {
  const what = isGoalTypeHidden(goal)
    ? `goal ${goal.WorkflowGoalId}`
    : withArticle(`“${goalTypeLabel(goal.GoalType)}” goal`);
  // Groups the user may not see are not told of; names they may not see are not said.
  if (areGoalGroupsHidden(goal)) return what;
  const names = groupNames(goal.RestrictionGroups).map((n) => `“${n || 'Unnamed'}”`);
  if (names.length === 0) return `${what} with no groups`;
  if (areGroupNamesHidden(goal)) return `${what} with ${countOf(names.length, 'group')}`;
  return `${what} with the ${names.length === 1 ? 'group' : 'groups'} ${names.join(', ')}`;
}
