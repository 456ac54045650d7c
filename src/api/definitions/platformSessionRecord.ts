/**
 * What this browser knows about its API platform session, kept in localStorage because the
 * platform's cookies are shared by every tab of the browser: which Flowdesk user it was signed in
 * for (`owner`, never a password), and the fedmember its sign-in named, whose CSRF cookie the
 * calls use.
 */
export interface PlatformSessionRecord {
  owner: string;
  fedMemberId: string | null;
}

const KEY = 'flowdesk.platformSession';

export function readPlatformSessionRecord(): PlatformSessionRecord | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { owner, fedMemberId } = parsed as Record<string, unknown>;
    if (typeof owner !== 'string') return null;
    return { owner, fedMemberId: typeof fedMemberId === 'string' ? fedMemberId : null };
  } catch {
    return null;
  }
}

export function writePlatformSessionRecord(record: PlatformSessionRecord | null): void {
  try {
    if (record) globalThis.localStorage?.setItem(KEY, JSON.stringify(record));
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Storage may be disabled (private mode): then every page starts without a known owner.
  }
}
