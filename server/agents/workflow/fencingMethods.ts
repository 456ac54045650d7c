import type { AgentMethod } from '../../http/agent.ts';

/**
 * How many flows may run at once in the sandbox. SuperOffice's limit depends on the licence and
 * is not documented (contract §3); this one is far above the seeded flows, so no warning shows
 * unless a test starts many.
 */
const MAXIMUM_RUNNING_FLOWS = 20;

/** From this share of the maximum on, the answer says the limit is near. */
const NEARING_SHARE = 0.8;

/**
 * GetWorkflowFencingInfo (contract §3, WA:GetWorkflowFencingInfo): the running flows against the
 * maximum, with the warning a tenant shows when the limit is near or reached (empty otherwise).
 */
export const fencingMethods: Record<string, AgentMethod> = {
  GetWorkflowFencingInfo: (call) => {
    const active =
      call.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM workflow WHERE status = 'Running'")
        ?.n ?? 0;
    const reached = active >= MAXIMUM_RUNNING_FLOWS;
    const nearing = !reached && active >= MAXIMUM_RUNNING_FLOWS * NEARING_SHARE;
    return {
      ActiveCount: active,
      Maximum: MAXIMUM_RUNNING_FLOWS,
      IsNearingMaximum: nearing,
      HasReachedMaximum: reached,
      WarningMessage: reached
        ? `${active} flows are running, the most allowed. Stop or pause a flow before starting another.`
        : nearing
          ? `${active} of at most ${MAXIMUM_RUNNING_FLOWS} flows are running.`
          : '',
      WarningTooltip: reached || nearing ? 'Only a limited number of flows may run at once.' : '',
    };
  },
};
