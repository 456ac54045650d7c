import { z } from '../schemas/zod.ts';
import { isApiError } from '../http/ApiError.ts';
import { connectionStore } from '../session/connectionStore.ts';
import { akanaRequest } from './akanaTransport.ts';
import { platformLoginSchema, type PlatformAccount } from './schemas.ts';
import { documentCookies, fedMemberSetBetween } from './csrf.ts';
import { readPlatformSessionRecord, writePlatformSessionRecord } from './platformSessionRecord.ts';
import { flowdeskUserKey } from './flowdeskUserKey.ts';

/** Whether a platform call has succeeded in this page: a later 401 means the session was lost. */
let established = false;
/** Who signed in to the platform last (the sandbox says whether they may edit definitions). */
let account: PlatformAccount | null = null;
/** The Flowdesk user (flowdeskUserKey) the account was signed in for. */
let accountFor: string | null = null;

/** Told of each sign-in to the platform, whichever call made it (see `onPlatformSignIn`). */
const signInListeners = new Set<(account: PlatformAccount) => void>();

/**
 * Calls `listener` with the account after each sign-in to the platform, also the silent one a
 * call's 401 makes: the page's rights follow who is signed in. Returns the unsubscribe.
 */
export function onPlatformSignIn(listener: (account: PlatformAccount) => void): () => void {
  signInListeners.add(listener);
  return () => {
    signInListeners.delete(listener);
  };
}

/** Signs in to the API platform (`POST /api/login`), which sets the login and CSRF cookies. */
export async function signInToPlatform(
  userName: string,
  password: string,
): Promise<PlatformAccount> {
  const cookiesBefore = documentCookies();
  const result = await akanaRequest({
    method: 'POST',
    path: '/api/login',
    body: { email: userName, password },
    schema: platformLoginSchema,
  });
  // Whose CSRF cookie the calls use: the fedmember the answer names, else the one it set.
  const fedMemberId = result.fedMemberId || fedMemberSetBetween(cookiesBefore, documentCookies());
  const owner = flowdeskUserKey(connectionStore.get());
  writePlatformSessionRecord({ owner: owner ?? '', fedMemberId });
  account = result;
  accountFor = owner;
  claimedFor = owner;
  established = true;
  for (const listener of signInListeners) listener(result);
  return result;
}

function forgetAccount() {
  account = null;
  accountFor = null;
  established = false;
}

/**
 * Ends the platform session in this browser's cookies (`POST /api/logout`, with the CSRF header
 * a write needs). A 401 means there is no session there to end.
 */
async function endPlatformSession(): Promise<void> {
  forgetAccount();
  try {
    await akanaRequest({ method: 'POST', path: '/api/logout', schema: z.unknown() });
  } catch (e) {
    if (!isApiError(e) || !e.isUnauthorized) throw e;
  }
  writePlatformSessionRecord(null);
}

/** The Flowdesk user this page last made sure the platform session is for. */
let claimedFor: string | null = null;
let claiming: Promise<void> | null = null;

/**
 * The platform's cookies belong to the browser, not to a Flowdesk user: a session left there by
 * someone else (who closed the tab, whose sign-out did not reach the platform, or who signed in
 * in another tab) would let this user list and delete as them. So before a call, a session not
 * known to be this user's is ended, or replaced by a sign-in with the stored credentials when it
 * cannot be ended; the call's 401 then signs this user in.
 */
async function claimPlatformSession(): Promise<void> {
  const me = flowdeskUserKey(connectionStore.get());
  if (me === null) return;
  const record = readPlatformSessionRecord();
  if (record?.owner === me || (!record && claimedFor === me)) {
    claimedFor = me;
    return;
  }
  claiming ??= endPlatformSession()
    .catch(async (e: unknown) => {
      const stored = storedCredentials();
      if (!stored) throw e;
      await signInToPlatform(stored.userName, stored.password);
    })
    .finally(() => {
      claiming = null;
    });
  await claiming;
  claimedFor = me;
}

let signedInAs = flowdeskUserKey(connectionStore.get());
connectionStore.subscribe((c) => {
  const key = flowdeskUserKey(c);
  const previous = signedInAs;
  signedInAs = key;
  if (c && key === accountFor) return;
  const hadSession =
    established || (previous !== null && readPlatformSessionRecord()?.owner === previous);
  forgetAccount();
  // Signed out of Flowdesk: end the platform session too (best effort; if it fails, the next
  // user's first call ends it, as it is recorded as someone else's).
  if (!c && hadSession) void endPlatformSession().catch(() => {});
});

/**
 * Makes sure the platform session exists and is this user's, signing in with the stored
 * credentials when there is no account yet; null when that is not possible (then the first
 * call's 401 asks the user).
 */
export async function ensurePlatformAccount(): Promise<PlatformAccount | null> {
  await claimPlatformSession().catch(() => {});
  if (account) return account;
  const stored = storedCredentials();
  if (!stored) return null;
  return signInToPlatform(stored.userName, stored.password).catch(() => null);
}
/**
 * Why the user is asked to sign in to the platform: `first` when no platform call has succeeded
 * in this page (signed in to Flowdesk with a ticket or token, or the stored password refused),
 * `ended` when a session there worked and has since been lost.
 */
export type PlatformSignInReason = 'first' | 'ended';
type Prompt = (reason: PlatformSignInReason) => Promise<void>;
let prompt: Prompt | null = null;
let pendingPrompt: Promise<void> | null = null;

/**
 * The page registers how to ask the user to sign in to the platform again (a dialog); the
 * promise resolves once signed in and rejects when the user cancels.
 */
export function setPlatformSignInPrompt(p: Prompt): () => void {
  prompt = p;
  return () => {
    if (prompt === p) prompt = null;
  };
}

/** The user name and password the user signed in to Flowdesk with, when the connection has them. */
export function storedCredentials(): { userName: string; password: string } | null {
  const c = connectionStore.get();
  return c && c.userName && c.password ? { userName: c.userName, password: c.password } : null;
}

async function reauthenticate(): Promise<boolean> {
  const stored = storedCredentials();
  if (!established && stored) {
    const ok = await signInToPlatform(stored.userName, stored.password).then(
      () => true,
      () => false,
    );
    if (ok) return true;
  }
  if (!prompt) return false;
  pendingPrompt ??= prompt(established ? 'ended' : 'first').finally(() => {
    pendingPrompt = null;
  });
  return pendingPrompt.then(
    () => true,
    () => false,
  );
}

/**
 * Runs a platform call; on 401 signs in (silently with the stored credentials the first time,
 * else by asking the user) and runs it once more. Without a sign-in the 401 is thrown.
 */
export async function withPlatformSession<T>(call: () => Promise<T>): Promise<T> {
  await claimPlatformSession();
  try {
    const result = await call();
    established = true;
    return result;
  } catch (e) {
    if (!isApiError(e) || !e.isUnauthorized) throw e;
    if (!(await reauthenticate())) throw e;
    const result = await call();
    established = true;
    return result;
  }
}

/** For tests: forget that a session was established. */
export function resetPlatformSessionState() {
  established = false;
  account = null;
  accountFor = null;
  claimedFor = null;
  claiming = null;
  pendingPrompt = null;
  prompt = null;
}
