import type { AgentMethod } from '../../http/agent.ts';
import { eventMethods } from './eventMethods.ts';
import { fencingMethods } from './fencingMethods.ts';
import { flowMethods } from './flowMethods.ts';
import { goalMethods } from './goalMethods.ts';
import { optionMethods } from './optionMethods.ts';
import { stepMethods } from './stepMethods.ts';

/** Tables of the Workflow agent. */
export { workflowSchema } from './schema.ts';

/** Demo data for the Workflow agent (runs once, on a new database). */
export { seedWorkflow } from './seed.ts';

/** MDO lists this agent provides. */
export { workflowLists } from './lists.ts';

/** `POST /api/v1/Agents/Workflow/{method}`. */
export const workflowMethods: Record<string, AgentMethod> = {
  ...flowMethods,
  ...goalMethods,
  ...optionMethods,
  ...stepMethods,
  ...eventMethods,
  ...fencingMethods,
};
