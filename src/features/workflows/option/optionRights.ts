import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { parseTableRight, type RightsCarrier } from '../../../rights/index.ts';

/** Why an option is read-only when the flow whose rights it follows could not be loaded. */
export const FLOW_NOT_LOADED_REASON =
  'The flow this option belongs to could not be loaded, so what you may change here is not known. Reload the page to edit the option.';

/**
 * The option's FieldProperties, with Name marked mandatory when they do not speak of it and the
 * flow's rights let the user write: the editor refuses a blank name (optionFormSchema), as the
 * server does, so the field is marked required however the option was loaded, not only once a
 * Save answer brought its rights. (A read-only form marks nothing required, as the server's own
 * answers to a viewer do.)
 */
function withNameRequired(
  props: FieldPropertiesJson | undefined,
  flow: RightsCarrier,
): FieldPropertiesJson | undefined {
  const table = parseTableRight(flow.TableRight);
  if (!table.canUpdate && !table.canInsert) return props;
  if (props && Object.keys(props).some((k) => k.toLowerCase() === 'name')) return props;
  return {
    ...props,
    Name: {
      FieldRight: { Mask: 'Update, UIHintMandatory', Reason: '' },
      FieldType: 'System.String',
      FieldLength: 0,
    },
  };
}

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
  if (flow)
    return {
      TableRight: flow.TableRight ?? null,
      FieldProperties: withNameRequired(option.FieldProperties, flow),
    };
  if (!flowFailed) return undefined;
  return {
    TableRight: { Mask: 'Select', Reason: FLOW_NOT_LOADED_REASON },
    FieldProperties: option.FieldProperties,
  };
}
