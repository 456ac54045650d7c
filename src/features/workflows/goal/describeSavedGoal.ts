import type { RestrictableField, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { withArticle } from '../logic/article.ts';
import { countOf } from '../logic/countText.ts';
import { goalTypeLabel } from '../logic/goalText.ts';
import { isGoalTypeHidden } from '../logic/goalTypeHidden.ts';
import { areGoalGroupsHidden, areGroupNamesHidden } from '../logic/goalGroupsHidden.ts';
import { summarizeGroup } from '../logic/restrictionSummary.ts';

/**
 * What the server stored, said after a save: the goal type (or, when the user may not see it, the
 * goal's id) and each group's summary.
 */
export function describeSavedGoal(
  g: WorkflowGoal,
  fields: readonly RestrictableField[],
  locale?: string,
): string {
  const groups = g.RestrictionGroups ?? [];
  const what = `The server stored ${
    isGoalTypeHidden(g)
      ? `goal ${g.WorkflowGoalId}`
      : withArticle(`“${goalTypeLabel(g.GoalType)}” goal`)
  }`;
  // Groups the user may not see are not told of; names they may not see are not said.
  if (areGoalGroupsHidden(g)) return `${what}.`;
  if (groups.length === 0) return `${what} with no restriction groups.`;
  const name = (gr: (typeof groups)[number]) =>
    areGroupNamesHidden(g) ? '' : `${gr.Name || 'Unnamed'} — `;
  return `${what} with ${countOf(groups.length, 'group')}: ${groups
    .map((gr) => `${gr.Rank}. ${name(gr)}${summarizeGroup(gr, fields, locale)}`)
    .join('; ')}.`;
}
