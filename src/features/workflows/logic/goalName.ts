import type { WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { goalTypeLabel } from './goalText.ts';
import { isGoalTypeHidden } from './goalTypeHidden.ts';
import { areGroupNamesHidden } from './goalGroupsHidden.ts';
import { sortByRank } from './ranks.ts';

type NamedGoal = Pick<WorkflowGoal, 'WorkflowGoalId' | 'GoalType' | 'RestrictionGroups'> &
  Partial<Pick<WorkflowGoal, 'FieldProperties'>>;

// A name the user may not see counts as blank: the goal is told apart by its place instead.
const firstGroupName = (g: NamedGoal) =>
  areGroupNamesHidden(g) ? '' : (sortByRank(g.RestrictionGroups ?? [])[0]?.Name?.trim() ?? '');

/**
 * A goal's name in links and page titles: "Goal: Added to project". Goals have no name of their
 * own, so when the flow has others of the same type it is told apart by its first group's name
 * ("Goal: Added to project, “Spring fair”"), or, when that is blank or shared, by its place among
 * them ("Goal: Added to project #2"). `goals` are the flow's, in the order the flow lists them.
 * A goal whose type the user may not see is named by its id ("Goal 3"), as a hidden goal is, and
 * is left out of the others' count: their names would tell that it has their type.
 */
export function goalName(goal: NamedGoal, goals: readonly NamedGoal[]): string {
  if (isGoalTypeHidden(goal)) return `Goal ${goal.WorkflowGoalId}`;
  const plain = `Goal: ${goalTypeLabel(goal.GoalType)}`;
  const same = goals.filter((g) => g.GoalType === goal.GoalType && !isGoalTypeHidden(g));
  const at = same.findIndex((g) => g.WorkflowGoalId === goal.WorkflowGoalId);
  if (same.length < 2 || at < 0) return plain;
  const group = firstGroupName(goal);
  const shared = same.filter((g) => firstGroupName(g) === group).length > 1;
  return group && !shared ? `${plain}, “${group}”` : `${plain} #${at + 1}`;
}
