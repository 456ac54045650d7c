import type { WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { countOf } from '../logic/countText.ts';
import { deleteQuestion } from '../logic/deleteQuestion.ts';
import { areGoalGroupsHidden } from '../logic/goalGroupsHidden.ts';

/**
 * The goal delete dialog's message: the goal by the name its page gives it (`name`: "Goal:
 * Added to project", "Goal 3" when the user may not see its type, see goalName), the
 * restriction groups that go with it (not counted when the user may not see them), and what
 * deleting it does, as the option dialog says which steps go with an option.
 */
export const goalDeleteQuestion = (goal: WorkflowGoal, name: string): string => {
  const groups = areGoalGroupsHidden(goal) ? 0 : (goal.RestrictionGroups ?? []).length;
  return deleteQuestion({
    what: 'goal',
    name,
    deletedWith: groups > 0 ? `with its ${countOf(groups, 'restriction group')}` : null,
    outcome: 'Participants no longer leave the flow by reaching it.',
  });
};
