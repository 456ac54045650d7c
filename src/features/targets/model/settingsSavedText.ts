import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { isPeriodTypeHidden } from './periodTypeHidden.ts';
import { periodTypeAdjective } from './periodTypeText.ts';

/**
 * The group's settings as Group settings says them once saved: "Targets 2027, monthly."; without
 * a period type the user may not see ("Targets 2027.").
 */
export function settingsSavedText(group: {
  Year: number;
  PeriodType: string;
  FieldProperties?: FieldPropertiesJson;
}): string {
  if (isPeriodTypeHidden(group)) return `Targets ${group.Year}.`;
  return `Targets ${group.Year}, ${periodTypeAdjective(group.PeriodType).toLowerCase()}.`;
}
