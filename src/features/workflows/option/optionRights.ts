import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import type { RightsCarrier } from '../../../rights/index.ts';

/** Why an option is read-only when the flow whose rights it follows could not be loaded. */
export const FLOW_NOT_LOADED_REASON =
  'The flow this option belongs to could not be loaded, so what you may change here is not known. Reload the page to edit the option.';

/**
 * The rights an option's editor follows. GetWorkflowStepOption answers WorkflowStepOptionBase,
 * which has no TableRight or FieldProperties (contract §4), so an option loaded from a tenant says
 * nothing of what the user may do; it is part of its flow, so the flow's TableRight stands in
 * (a viewer then sees it read-only rather than a form the server would refuse). An option that
 * carries its own rights (Save's and CreateDefault's answers) follows them. Undefined while the
 * flow that would stand in is still loading. The flow's data is used whenever there is some, even
 * with `flowFailed`: a failed refetch keeps the last data (TanStack Query), and a viewer must not
 * get an editable form from it. A flow that never loaded leaves the rights unknown: the option is
 * then read-only, saying why, rather than unrestricted.
 */
export function optionRights(
  option: WorkflowStepOption,
  flow: RightsCarrier | undefined,
  flowFailed = false,
): RightsCarrier | undefined {
  if (Object.hasOwn(option, 'TableRight')) return option;
  if (flow) return { TableRight: flow.TableRight ?? null, FieldProperties: option.FieldProperties };
  if (!flowFailed) return undefined;
  return {
    TableRight: { Mask: 'Select', Reason: FLOW_NOT_LOADED_REASON },
    FieldProperties: option.FieldProperties,
  };
}
