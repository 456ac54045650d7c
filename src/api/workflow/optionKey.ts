import type { WorkflowStepBase, WorkflowStepOption } from './schemas.ts';

/**
 * The Key of option `id` as its split's Options list it, at any depth. The contract's
 * WorkflowStepOptionBase has none (§4), but a tenant that lists it there tells it, and Save takes
 * the option with its Key ("a key used to refer to this option", seed 001).
 */
export function keyInSteps(
  steps: readonly WorkflowStepBase[] | null | undefined,
  id: number,
): string | undefined {
  for (const step of steps ?? [])
    for (const option of step.Options ?? []) {
      if (option.WorkflowStepOptionId === id) return option.Key || undefined;
      const nested = keyInSteps(option.Steps, id);
      if (nested) return nested;
    }
  return undefined;
}

/**
 * The option as Save gets it: with the Key known for it when it was loaded without one
 * (GetWorkflowStepOption answers none). Never made up: an option with no known Key, or a new one
 * (the server gives it its Key), goes as it is.
 */
export function withKnownKey(
  option: WorkflowStepOption,
  known: string | undefined,
): WorkflowStepOption {
  if (option.Key || !known || option.WorkflowStepOptionId <= 0) return option;
  return { ...option, Key: known };
}
