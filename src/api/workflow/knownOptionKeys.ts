import type { QueryClient } from '@tanstack/react-query';
import { workflowKeys } from './keys.ts';
import { keyInSteps } from './optionKey.ts';
import type { EmailFlow, WorkflowStepBase, WorkflowStepOption } from './schemas.ts';

/**
 * The Keys that saves of options answered in this page, per query client (one per app). The
 * cached option keeps the shape it was loaded in, without a Key (savedOptionShape), so the Key
 * is kept here for the next save of the same option.
 */
const answered = new WeakMap<QueryClient, Map<number, string>>();

export function noteAnsweredKey(qc: QueryClient, answer: WorkflowStepOption): void {
  if (!answer.Key || answer.WorkflowStepOptionId <= 0) return;
  const keys = answered.get(qc) ?? new Map<number, string>();
  keys.set(answer.WorkflowStepOptionId, answer.Key);
  answered.set(qc, keys);
}

/**
 * The Key known for an option: the one its last save in this page answered, else the one its
 * split lists (the cached split step, or the split in the cached flow), else none.
 */
export function knownOptionKey(qc: QueryClient, option: WorkflowStepOption): string | undefined {
  const id = option.WorkflowStepOptionId;
  const fromSave = answered.get(qc)?.get(id);
  if (fromSave) return fromSave;
  const split = option.WorkflowStepId
    ? qc.getQueryData<WorkflowStepBase>(workflowKeys.step(option.WorkflowStepId))
    : undefined;
  const flow = option.WorkflowId
    ? qc.getQueryData<EmailFlow>(workflowKeys.flow(option.WorkflowId))
    : undefined;
  return keyInSteps(split ? [split] : [], id) ?? keyInSteps(flow?.Steps, id);
}
