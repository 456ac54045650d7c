import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { parseFieldProperty } from '../../../rights/fieldAccess.ts';

type WithRights = { FieldProperties?: FieldPropertiesJson };

/**
 * Whether the user's role may not see a goal's restriction groups (RestrictionGroups' FieldRight
 * None, contract §2.4): then neither how many there are, nor their names or conditions, are said
 * anywhere, though a tenant may send them all the same.
 */
export const areGoalGroupsHidden = (goal: WithRights): boolean =>
  parseFieldProperty(goal.FieldProperties?.RestrictionGroups).hidden;

/** Whether the groups' names are hidden: with the groups, or on their own (RestrictionGroups.Name). */
export const areGroupNamesHidden = (goal: WithRights): boolean =>
  areGoalGroupsHidden(goal) ||
  parseFieldProperty(goal.FieldProperties?.['RestrictionGroups.Name']).hidden;
