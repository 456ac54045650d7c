import type { SandboxDatabase } from '../../db/database.ts';
import type { AgentMethod } from '../../http/agent.ts';
import type { MdoListProvider } from '../../mdo/mdoList.ts';

/** Tables of the Workflow agent. */
export const workflowSchema = '';

/** Demo data for the Workflow agent (runs once, on a new database). */
export function seedWorkflow(_db: SandboxDatabase): void {}

/** `POST /api/v1/Agents/Workflow/{method}`. */
export const workflowMethods: Record<string, AgentMethod> = {};

/** MDO lists this agent provides. */
export const workflowLists: Record<string, MdoListProvider> = {};
