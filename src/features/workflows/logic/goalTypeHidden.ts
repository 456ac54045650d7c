import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { parseFieldProperty } from '../../../rights/fieldAccess.ts';

/**
 * Whether the user's role may not see the goal's type (its FieldRight is None, contract §2.4).
 * A tenant may still send the type itself, so every place that names a goal by its type (links,
 * titles, messages) asks this first and names it by its id instead.
 */
export const isGoalTypeHidden = (goal: { FieldProperties?: FieldPropertiesJson }): boolean =>
  parseFieldProperty(goal.FieldProperties?.GoalType).hidden;
