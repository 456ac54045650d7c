import type { AssignmentForRows } from './rows.ts';

/** Which owners a target type (its AssignmentLevel flags) has targets for. */
export interface AssignmentLevels {
  readonly company: boolean;
  readonly group: boolean;
  readonly associate: boolean;
}

/**
 * The rows a new group of a target type starts with: the template's rows of the owners the type
 * has targets for. A type "available on company and group level only" (AssignmentLevel without
 * Associate, contract §9) has no user rows; its group would otherwise have stored targets for
 * every user. A type with no level flags at all (none sent) keeps every row.
 */
export function rowsForLevels<A extends AssignmentForRows>(
  assignments: readonly A[],
  levels: AssignmentLevels,
): A[] {
  if (!levels.company && !levels.group && !levels.associate) return [...assignments];
  return assignments.filter((a) =>
    a.TargetAssociate ? levels.associate : a.TargetUserGroup ? levels.group : levels.company,
  );
}

/** What the rows of a new group are, in the words of the Create panel. */
export function levelsText(levels: AssignmentLevels): string {
  const { company, group, associate } = levels;
  const owners = [
    company && 'the company',
    group && 'each user group',
    associate && (group ? 'its users' : 'each user'),
  ].filter((o): o is string => typeof o === 'string');
  if (owners.length === 0 || owners.length === 3)
    return 'a row for the company, each user group and its users';
  return `a row for ${owners.join(' and ')}`;
}
