import type { RestrictableField, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { withArticle } from '../logic/article.ts';
import { countOf } from '../logic/countText.ts';
import { goalTypeLabel } from '../logic/goalText.ts';
import { isGoalTypeHidden } from '../logic/goalTypeHidden.ts';
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
  if (groups.length === 0) return `${what} with no restriction groups.`;
  return `${what} with ${countOf(groups.length, 'group')}: ${groups
    .map((gr) => `${gr.Rank}. ${gr.Name || 'Unnamed'} — ${summarizeGroup(gr, fields, locale)}`)
    .join('; ')}.`;
}
