import type { AgentMethod } from '../../http/agent.ts';
import { emailFlowJson, emailFlowList } from './flows.ts';
import { columnInfoFor, restrictableFields } from './restrictableFields.ts';

/** GetEmailFlow (contract §3) and the sandbox's own list methods. */
export const flowMethods: Record<string, AgentMethod> = {
  GetEmailFlow: (call) => emailFlowJson(call, call.args.int('EmailFlowId')),
  /** Sandbox only: SuperOffice has no list of flows (contract §12). */
  GetEmailFlowList: (call) => emailFlowList(call.db),
  /** Sandbox only: the fields goal restrictions can test, with their types. */
  // Each with the ColumnInfo a restriction on it carries, as SuperOffice's archive columns do.
  GetRestrictableFields: () =>
    restrictableFields.map((f) => ({ ...f, ColumnInfo: columnInfoFor(f) })),
};
