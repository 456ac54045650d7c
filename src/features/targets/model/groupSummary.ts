import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { isPeriodTypeHidden } from './periodTypeHidden.ts';
import { periodTypeAdjective } from './periodTypeText.ts';

interface SummarizedGroup {
  readonly PeriodType: string;
  readonly TargetAssignments?: readonly unknown[] | null;
  readonly FieldProperties?: FieldPropertiesJson;
}

/**
 * The line above the grid: "Monthly · 1,234 assignments". A period type the user's role may not
 * see (FieldRight None, contract §2.4) is left out, though the tenant may send it all the same.
 */
export function groupSummary(group: SummarizedGroup, count: Intl.NumberFormat): string {
  const assignments = `${count.format(group.TargetAssignments?.length ?? 0)} assignments`;
  if (isPeriodTypeHidden(group)) return assignments;
  return `${periodTypeAdjective(group.PeriodType)} · ${assignments}`;
}
