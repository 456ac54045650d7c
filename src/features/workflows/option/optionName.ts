import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { parseFieldProperty } from '../../../rights/fieldAccess.ts';

type NamedOption = Pick<WorkflowStepOption, 'WorkflowStepOptionId' | 'Name' | 'FieldProperties'>;

/**
 * Whether the user's role may not see the option's Name (its FieldRight is None, contract §2.4).
 * A tenant may still send the name, so every place that names the option asks this first.
 */
export const isOptionNameHidden = (o: Pick<WorkflowStepOption, 'FieldProperties'>): boolean =>
  parseFieldProperty(o.FieldProperties?.Name).hidden;

/**
 * How a message names an option: “Sweden”; by its id when its name is hidden ("Option 4", as its
 * heading says); `blank` when the name is empty.
 */
export function optionInMessage(o: NamedOption, blank: string): string {
  if (isOptionNameHidden(o)) return `Option ${o.WorkflowStepOptionId}`;
  const name = (o.Name ?? '').trim();
  return name ? `“${name}”` : blank;
}
