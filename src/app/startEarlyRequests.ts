import type { Connection } from '../api/session/connection.ts';
import { CONNECTION_STORAGE_KEY } from '../api/session/storageKey.ts';
import { sendEarly } from '../api/http/earlyRequests.ts';
import { agentPath, prepareRequest } from '../api/http/prepareRequest.ts';
import { routeOf } from '../api/http/appPath.ts';
import { groupForYearCall } from '../api/targets/groupForYearCall.ts';
import { readTargetsParams } from '../features/targets/model/targetsParams.ts';
import { warmNumberFormats } from '../features/targets/warmNumberFormats.ts';

/**
 * What the start script does (startScript.ts, inlined into index.html by the build) before the app's modules have even downloaded. A page whose data is large (the targets
 * grid's group, several MB) gets its request sent here, with the tab's stored connection, so the
 * data arrives together with the code rather than after it. The app's client takes the response
 * over when it makes the same call (earlyRequests.ts). Kept free of zod and React: it is part of
 * every page load.
 */
type EarlyStart = (conn: Connection, url: URL) => void;

const early: Record<string, EarlyStart> = {
  '/targets': (conn, url) => {
    const { year, dimensionId } = readTargetsParams(url.searchParams);
    const call = groupForYearCall(year, dimensionId);
    sendEarly(
      prepareRequest(conn, agentPath('Targets', call.method), { method: 'POST', body: call.body }),
    );
    // After the HTML is parsed (the module downloads are under way), not in the parser's way.
    setTimeout(() => warmNumberFormats(conn.culture), 0);
  },
};

/** The tab's stored connection as saved by the app (checked by its schema when the app loads). */
function storedConnection(): Connection | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(CONNECTION_STORAGE_KEY) ?? 'null');
    const c = value as Partial<Connection> | null;
    return c && typeof c.baseUrl === 'string' && typeof c.scheme === 'string'
      ? (c as Connection)
      : null;
  } catch {
    return null; // storage disabled or unreadable: the app signs in as usual
  }
}

/** Sends the early requests of the page at `url`, when the tab is signed in. */
export function startEarlyRequests(url: URL): void {
  const start = early[routeOf(url.pathname, import.meta.env.BASE_URL)] as EarlyStart | undefined;
  const conn = start ? storedConnection() : null;
  if (start && conn) start(conn, url);
}
