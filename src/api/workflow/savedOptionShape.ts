import type { WorkflowStepOption } from './schemas.ts';

/**
 * Save answers WorkflowStepOption, with a Key; GetWorkflowStepOption answers
 * WorkflowStepOptionBase, without one (contract §4). An option sent without a Key was loaded so,
 * and every later check reads it so (has someone else saved it since? is this my own save?): the
 * answer's Key is dropped, or the same option would look changed (Key “x” against none) and the
 * next Save would be refused as someone else's. The Key cannot change once saved anyway, and the
 * next save sends it back all the same (knownOptionKeys keeps it).
 */
export function savedOptionShape(
  sent: WorkflowStepOption,
  saved: WorkflowStepOption,
): WorkflowStepOption {
  if (Object.hasOwn(sent, 'Key') || !Object.hasOwn(saved, 'Key')) return saved;
  const { Key, ...asLoaded } = saved;
  void Key;
  return asLoaded;
}
