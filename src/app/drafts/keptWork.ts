import { keptWorkKinds, keptWorkOwnerSuffix, pendingSuffixes } from './keptWorkKey.ts';

/**
 * Everything a user keeps in this browser between visits: the workflow and event editors' drafts
 * and what was under way from them: creates, saves and sends
 * (`flowdesk.workflows.draft.<address>~<tab>.<owner>[.create|.save|.send]`, or without `~<tab>`
 * from before they were kept per tab), and the targets drafts
 * (`flowdesk.targets.draft.<group>~<tab>.<owner>`, or `<group>.<owner>` from before they were
 * kept per tab), all ending in the owner (see editorDraftOwner). Signing out removes one owner's, and no one else's: another user's drafts on
 * a shared browser are theirs to save or discard, and this user never sees them.
 */
const prefixes = Object.values(keptWorkKinds);

/** The tab an entry was kept in (`<subject>~<tab>` before the owner), null for older keys. */
const tabAtEnd = /~([A-Za-z0-9-]+)$/;

/**
 * The keys in `storage` that hold what `owner` kept, leaving out those kept by the tabs in
 * `openTabs`: a tab still open, signed in on its own, keeps its unsaved work.
 */
export function keptWorkKeys(
  storage: Pick<Storage, 'length' | 'key'>,
  owner: string,
  openTabs: ReadonlySet<string> = new Set(),
): string[] {
  const end = `.${keptWorkOwnerSuffix(owner)}`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key || !prefixes.some((p) => key.startsWith(p))) continue;
    const suffix = pendingSuffixes.find((s) => key.endsWith(end + s)) ?? '';
    if (!key.endsWith(end + suffix)) continue;
    const tab = tabAtEnd.exec(key.slice(0, key.length - end.length - suffix.length))?.[1];
    if (tab === undefined || !openTabs.has(tab)) keys.push(key);
  }
  return keys;
}

/**
 * Removes what `owner` kept in `storage`, except what the still open `openTabs` keep; returns
 * how many entries went.
 */
export function forgetKeptWork(
  storage: Storage,
  owner: string,
  openTabs: ReadonlySet<string> = new Set(),
): number {
  const keys = keptWorkKeys(storage, owner, openTabs);
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
