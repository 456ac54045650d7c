import type { SandboxDatabase } from '../../db/database.ts';
import type { AgentMethod } from '../../http/agent.ts';
import type { MdoListProvider } from '../../mdo/mdoList.ts';

/** Tables of the Targets agent. */
export const targetsSchema = '';

/** Demo data for the Targets agent (runs once, on a new database). */
export function seedTargets(_db: SandboxDatabase): void {}

/** `POST /api/v1/Agents/Targets/{method}`. */
export const targetsMethods: Record<string, AgentMethod> = {};

/** MDO lists this agent provides. */
export const targetsLists: Record<string, MdoListProvider> = {};
