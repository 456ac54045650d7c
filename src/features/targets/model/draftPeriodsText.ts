import { PERIOD_TYPE_OPTIONS } from './groupSettings.ts';
import { PERIOD_COUNTS } from './types.ts';

/** "Half year" for 2 periods a year, "Quarter" for 4; "N periods a year" when no type has N. */
function periodTypeName(count: number): string {
  const option = PERIOD_TYPE_OPTIONS.find((o) => PERIOD_COUNTS[o.value] === count);
  return option ? option.label : `${count} periods a year`;
}

/**
 * Why a draft was not restored after the group's period type changed: its values, one per old
 * period, do not fit the new periods (a half year's value is not two quarters' values).
 */
export function draftPeriodsChangedText(from: number, to: number): string {
  return `The period type of these targets was changed from ${periodTypeName(from)} to ${periodTypeName(to)} after your changes were made, so your values no longer fit its periods and were not restored. Enter them again if you still want them.`;
}
