import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import type { RightsCarrier } from '../../../rights/index.ts';

/**
 * The rights an option's editor follows. GetWorkflowStepOption answers WorkflowStepOptionBase,
 * which has no TableRight or FieldProperties (contract §4), so an option loaded from a tenant says
 * nothing of what the user may do; it is part of its flow, so the flow's TableRight stands in
 * (a viewer then sees it read-only rather than a form the server would refuse). An option that
 * carries its own rights (Save's and CreateDefault's answers) follows them. Undefined while the
 * flow that would stand in is still loading; `flowFailed` gives the option as it is (unrestricted;
 * the server still refuses what the user may not do).
 */
export function optionRights(
  option: WorkflowStepOption,
  flow: RightsCarrier | undefined,
  flowFailed = false,
): RightsCarrier | undefined {
  if (Object.hasOwn(option, 'TableRight') || flowFailed) return option;
  if (!flow) return undefined;
  return { TableRight: flow.TableRight ?? null, FieldProperties: option.FieldProperties };
}
