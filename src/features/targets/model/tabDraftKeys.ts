import {
  keptWorkKey,
  keptWorkKinds,
  keptWorkOwnerSuffix,
} from '../../../app/drafts/keptWorkKey.ts';

/**
 * Each tab keeps its own targets draft (`flowdesk.targets.draft.<group>~<tab>.<owner>`): tabs
 * of one browser share localStorage, and with one draft per group and user, one tab's save or
 * draft write removed or overwrote the unsaved edits of another. The key still ends in the
 * owner, so signing out finds it (keptWork.ts).
 */
export function tabDraftKey(groupId: number, owner: string, tabId: string): string {
  return keptWorkKey('targetsDraft', `${groupId}~${tabId}`, owner);
}

/** A draft of one group and owner found in storage: a tab's, or (tabId null) an older key's. */
export interface GroupDraftKey {
  readonly key: string;
  /** The tab that wrote it; null for a draft kept before drafts were per tab (one per group). */
  readonly tabId: string | null;
}

const subjectPattern = /^(\d+)(?:~([A-Za-z0-9-]+))?$/;

/** The drafts of `groupId` and `owner` among storage keys, each with the tab that wrote it. */
export function groupDraftKeys(
  keys: Iterable<string>,
  groupId: number,
  owner: string,
): GroupDraftKey[] {
  const prefix = keptWorkKinds.targetsDraft;
  const end = `.${keptWorkOwnerSuffix(owner)}`;
  const found: GroupDraftKey[] = [];
  for (const key of keys) {
    if (!key.startsWith(prefix) || !key.endsWith(end)) continue;
    const m = subjectPattern.exec(key.slice(prefix.length, key.length - end.length));
    if (!m || Number(m[1]) !== groupId) continue;
    found.push({ key, tabId: m[2] ?? null });
  }
  return found;
}

/**
 * The drafts a tab takes on when it opens the group: its own (kept over a reload), and those no
 * live tab holds (`liveTabs`): of a tab closed without saving, or under the older key. A live
 * tab's draft is that tab's, and is left alone.
 */
export function draftsToRestore(
  found: readonly GroupDraftKey[],
  ownTabId: string,
  liveTabs: ReadonlySet<string>,
): { own: GroupDraftKey | null; orphans: GroupDraftKey[] } {
  const own = found.find((d) => d.tabId === ownTabId) ?? null;
  const orphans = found.filter(
    (d) => d.tabId !== ownTabId && (d.tabId === null || !liveTabs.has(d.tabId)),
  );
  return { own, orphans };
}
