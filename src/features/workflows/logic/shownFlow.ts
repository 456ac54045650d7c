import type { EmailFlow } from '../../../api/workflow/schemas.ts';
import { buildAccessModel } from '../../../rights/accessModel.ts';

type FlowShown = Pick<
  EmailFlow,
  'Name' | 'Description' | 'Status' | 'TableRight' | 'FieldProperties'
>;

/**
 * A flow's name, description and status as the user may see them: null (false) for what the
 * server hides (a hidden flow's all three, or a field whose FieldRight is None, contract §2.4),
 * though a tenant may send them all the same. A flow without a name to show is named by its id.
 */
export function shownFlow(flow: FlowShown, flowId: number) {
  const model = buildAccessModel(flow);
  const shows = (field: string) => !model.recordHidden && !model.field(field).hidden;
  const name = shows('Name') ? flow.Name || null : null;
  return {
    /** The name, or null when hidden or blank. */
    name,
    /** What the flow is called on screen: its name, else "Flow 2". */
    title: name ?? `Flow ${flowId}`,
    description: shows('Description') ? (flow.Description ?? null) : null,
    /** Whether its status (badge) is shown: a null status is shown too, as "None". */
    showsStatus: shows('Status'),
  };
}
