import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { parseFieldProperty } from '../../../rights/fieldAccess.ts';

/**
 * Whether the user's role may not see the group's period type (its FieldRight None, contract
 * §2.4). A tenant may still send PeriodType itself, so every text that would say it asks first.
 */
export const isPeriodTypeHidden = (group: { FieldProperties?: FieldPropertiesJson }): boolean =>
  parseFieldProperty(group.FieldProperties?.PeriodType).hidden;
