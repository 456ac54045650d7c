import type { AgentMethod } from '../../http/agent.ts';
import { assignmentMethods } from './assignmentMethods.ts';
import { dimensionMethods } from './dimensions.ts';
import { groupMethods } from './groupMethods.ts';
import { revisionMethods } from './revisions.ts';

/** Tables of the Targets agent. */
export { targetsSchema } from './schema.ts';

/** Demo data for the Targets agent (runs once, on a new database). */
export { seedTargets } from './seed.ts';

/** MDO lists this agent provides. */
export { targetsLists } from './lists.ts';

/** The sandbox-only endpoint that creates the benchmark's large group. */
export { mountTargetsSandbox } from './largeGroup.ts';

/** `POST /api/v1/Agents/Targets/{method}`. */
export const targetsMethods: Record<string, AgentMethod> = {
  ...groupMethods,
  ...dimensionMethods,
  ...assignmentMethods,
  ...revisionMethods,
};
