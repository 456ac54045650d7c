import type { ArchiveRestrictionInfo } from '../../../api/workflow/schemas.ts';

/**
 * The conditions of a group with the one at `from` moved to `to`. What moves is the condition
 * itself (field, operator, values, active, and everything else on it); how the positions join
 * (InterOperator) and their parentheses stay where they were. So "A and (B or C)" with C moved
 * up reads "A and (C or B)", the last condition still joins to nothing, and a move never
 * unbalances the parentheses.
 */
export function moveCondition(
  rs: readonly ArchiveRestrictionInfo[],
  from: number,
  to: number,
): ArchiveRestrictionInfo[] {
  if (from === to || from < 0 || to < 0 || from >= rs.length || to >= rs.length) return [...rs];
  const order = [...rs];
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved);
  return order.map((r, i) => ({
    ...r,
    InterOperator: rs[i].InterOperator,
    InterParenthesis: rs[i].InterParenthesis,
  }));
}

/** "Condition 3 moved to position 1 of 3 in Group 1: Converted." */
export const conditionMoveAnnouncement = (
  from: number,
  to: number,
  count: number,
  groupTitle: string,
) => `Condition ${from + 1} moved to position ${to + 1} of ${count} in ${groupTitle}.`;
