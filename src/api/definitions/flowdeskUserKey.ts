import type { Connection } from '../session/connection.ts';

/**
 * Who a platform session is for: the Flowdesk user of a connection, as its API address and user
 * name (or, signed in with a ticket or token, the name the API gave); null when signed out.
 */
export function flowdeskUserKey(c: Connection | null): string | null {
  if (!c) return null;
  const who = (c.userName || c.displayName).trim().toLowerCase();
  return `${c.baseUrl.trim().replace(/\/+$/, '').toLowerCase()}|${who}`;
}
