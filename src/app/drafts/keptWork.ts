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

/** The keys in `storage` that hold what `owner` kept. */
export function keptWorkKeys(storage: Pick<Storage, 'length' | 'key'>, owner: string): string[] {
  const end = `.${keptWorkOwnerSuffix(owner)}`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key || !prefixes.some((p) => key.startsWith(p))) continue;
    if (key.endsWith(end) || pendingSuffixes.some((s) => key.endsWith(end + s))) keys.push(key);
  }
  return keys;
}

/** Removes what `owner` kept in `storage`; returns how many entries went. */
export function forgetKeptWork(storage: Storage, owner: string): number {
  const keys = keptWorkKeys(storage, owner);
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
