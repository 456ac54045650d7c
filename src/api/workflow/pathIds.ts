import type { WorkflowStepBase } from './schemas.ts';

/** Every step and option id in a path, at any depth (what a save of that path changes). */
export function pathIds(steps: readonly WorkflowStepBase[] | null | undefined): {
  stepIds: number[];
  optionIds: number[];
} {
  const stepIds: number[] = [];
  const optionIds: number[] = [];
  const walk = (list: readonly WorkflowStepBase[] | null | undefined) => {
    for (const s of list ?? []) {
      if (s.WorkflowStepId > 0) stepIds.push(s.WorkflowStepId);
      for (const o of s.Options ?? []) {
        if (o.WorkflowStepOptionId > 0) optionIds.push(o.WorkflowStepOptionId);
        walk(o.Steps);
      }
    }
  };
  walk(steps);
  return { stepIds, optionIds };
}
