/** A flow opened in this browser, remembered for servers that do not list flows. */
export interface RecentFlow {
  id: number;
  name: string;
}

/** How many recently opened flows are remembered. */
export const recentFlowsKept = 8;

/** `flow` first, then the others it was not, at most `recentFlowsKept`. */
export function withRecentFlow(list: readonly RecentFlow[], flow: RecentFlow): RecentFlow[] {
  return [flow, ...list.filter((f) => f.id !== flow.id)].slice(0, recentFlowsKept);
}

/** The remembered list from its stored text; anything unreadable in it is left out. */
export function readRecentFlows(stored: string | null): RecentFlow[] {
  let json: unknown;
  try {
    json = stored === null ? [] : JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  return json
    .filter(
      (f): f is RecentFlow =>
        typeof f === 'object' &&
        f !== null &&
        Number.isSafeInteger((f as RecentFlow).id) &&
        (f as RecentFlow).id > 0 &&
        typeof (f as RecentFlow).name === 'string',
    )
    .map(({ id, name }) => ({ id, name }))
    .slice(0, recentFlowsKept);
}
