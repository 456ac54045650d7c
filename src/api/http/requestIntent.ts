/**
 * What a call does, so a failure can say whether anything the user typed is at stake: a failed
 * load or delete has no edits to keep; a failed save does, and the form keeps them.
 */
export type RequestIntent = 'load' | 'save' | 'delete';

/**
 * Reads the intent from a request label (`"POST /api/v1/Agents/Workflow/GetWorkflowGoal"`).
 * SuperOffice agent calls are all POST, so for them the method name decides: Get… and
 * CreateDefault… (a blank carrier, nothing stored) load; Delete… deletes; Save…, AddAfter…,
 * SendEvent save.
 */
export function requestIntent(label: string): RequestIntent {
  const [verb = '', path = ''] = label.split(' ', 2);
  const agentMethod = /\/Agents\/[^/]+\/([^/?]+)/.exec(path)?.[1];
  if (agentMethod !== undefined) {
    if (/^(Get|CreateDefault)/.test(agentMethod)) return 'load';
    return agentMethod.startsWith('Delete') ? 'delete' : 'save';
  }
  if (verb === 'GET' || verb === 'HEAD') return 'load';
  return verb === 'DELETE' ? 'delete' : 'save';
}
