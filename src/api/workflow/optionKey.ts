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
 * The option as Save can send it: Save takes the option with its Key, so one loaded without it
 * (GetWorkflowStepOption answers none) gets the Key known for it. Never made up: an option with
 * no known Key, or a new one (the server gives it its Key), goes as it is. (Not to be confused
 * with workflows/option/withKnownKey, which puts the editor's Key on an option read again before
 * a save, so the two compare.)
 */
export function withSendableKey(
  option: WorkflowStepOption,
  known: string | undefined,
): WorkflowStepOption {
  if (option.Key || !known || option.WorkflowStepOptionId <= 0) return option;
  return { ...option, Key: known };
}
