import type { EmailFlow, WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { buildAccessModel } from '../../../rights/index.ts';
import { optionNameInFlow } from '../logic/knownNames.ts';
import { optionRights } from './optionRights.ts';
import { isOptionNameHidden } from './optionName.ts';

/**
 * The heading and tab title of an existing option (`option` and `flow` undefined while they load).
 * An option the server hides, by its own rights or its flow's (optionRights), is named by its id
 * only, as is one whose Name the role may not see; so is one whose rights are not known yet (loaded before the flow whose rights stand in
 * for its own), since the title is shown and announced at once and cannot be taken back. While
 * the option loads, it is named as the flow page named it, unless that flow is hidden.
 */
export function existingOptionTitle(
  optionId: number,
  option: WorkflowStepOption | undefined,
  flow: EmailFlow | undefined,
  flowFailed: boolean,
): string {
  const byId = `Option ${optionId}`;
  if (option) {
    const rights = optionRights(option, flow, flowFailed);
    if (!rights || buildAccessModel(rights).recordHidden) return byId;
    // A name the role may not see is not looked up on the flow either.
    if (isOptionNameHidden(option)) return byId;
    return option.Name || optionNameInFlow(flow, optionId) || byId;
  }
  if (!flow || buildAccessModel(flow).recordHidden) return byId;
  return optionNameInFlow(flow, optionId) || byId;
}
