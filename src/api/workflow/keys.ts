/** Query keys of the Workflow agent. */
export const workflowKeys = {
  all: ['workflow'] as const,
  flows: () => [...workflowKeys.all, 'flows'] as const,
  flow: (id: number) => [...workflowKeys.all, 'flow', id] as const,
  goal: (id: number) => [...workflowKeys.all, 'goal', id] as const,
  /** Every cached step option (prefix of `stepOption(id)`). */
  stepOptions: () => [...workflowKeys.all, 'stepOption'] as const,
  stepOption: (id: number) => [...workflowKeys.stepOptions(), id] as const,
  step: (id: number) => [...workflowKeys.all, 'step', id] as const,
  restrictableFields: () => [...workflowKeys.all, 'restrictableFields'] as const,
  /** A CreateDefault… answer (never cached across uses; see the hooks). */
  defaults: (what: string, arg: unknown = null) =>
    [...workflowKeys.all, 'default', what, arg] as const,
};
