import { isApiError } from '../../../api/http/ApiError.ts';
import { buildAccessModel, type RightsCarrier } from '../../../rights/index.ts';
import { stepTypeLabel } from '../logic/stepText.ts';

/**
 * An id from an address segment or query parameter: a positive whole number written plainly
 * ("12"), else null ("abc", "0", "-1", "1.5", "1e3", " 1", "", missing).
 */
export function parseId(raw: string | null | undefined): number | null {
  if (raw == null || !/^[1-9]\d*$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * Where something that lives in flow `itemFlowId` belongs, when the address names another flow
 * (or none that is valid): `/workflows/<itemFlowId>/<rest>`. Null when the address is right or
 * the item does not say which flow it is in.
 */
export function addressInItsFlow(
  urlFlowId: number | null,
  itemFlowId: number | null | undefined,
  rest: string,
): string | null {
  if (itemFlowId == null || !(itemFlowId > 0) || itemFlowId === urlFlowId) return null;
  return `/workflows/${itemFlowId}/${rest.replace(/^\/+/, '')}`;
}

/** Why options cannot be added under this step, or null when it is a split step. */
export function notASplitStep(step: { WorkflowStepId: number; StepType: string }): string | null {
  if (step.StepType === 'Split') return null;
  return `Step ${step.WorkflowStepId} is a “${stepTypeLabel(step.StepType)}” step, not a split step: only split steps have options.`;
}

/**
 * Whether trying the same request again could help: not for an answer that says the request
 * itself is wrong (4xx, except an expired sign-in, a timeout or a rate limit), yes otherwise.
 */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error) || error.kind !== 'http') return true;
  const { status } = error;
  return !(status >= 400 && status < 500) || [401, 408, 429].includes(status);
}

/**
 * A "new" address opened by someone who may not add (the proposed carrier lacks Insert): what
 * to show instead of a form that could never be saved, or null when they may add.
 */
export function cannotAdd(
  proposed: RightsCarrier | undefined,
  what: 'option' | 'goal',
): { title: string; message: string } | null {
  if (!proposed) return null;
  const model = buildAccessModel(proposed, { isNew: true });
  if (model.table.canInsert) return null;
  const reason = model.readOnlyReason.replace(/[.!]?$/, '.');
  // Rights that lack Select are a flow hidden from the user (its TableRight stands in for a new
  // option's): its page shows none of its options, so it is not offered as where to see them.
  const hidden = !model.table.unrestricted && !model.table.canSelect;
  return {
    title: `You cannot add ${what}s`,
    message: hidden
      ? `${reason} The flow is hidden from you, so no ${what} can be added to it.`
      : `${reason} The flow page shows the ${what}s there are.`,
  };
}
