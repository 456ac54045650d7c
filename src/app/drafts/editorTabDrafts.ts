import { editorDraftKey } from './editorDraft.ts';
import { keptWorkKinds, keptWorkOwnerSuffix, pendingSuffixes } from './keptWorkKey.ts';

/**
 * Each tab keeps its own editor draft (`flowdesk.workflows.draft.<address>~<tab>.<owner>`): tabs
 * of one browser share localStorage, and with one draft per address and user, one tab's save,
 * discard or draft write removed or overwrote the unsaved edits of another. What is under way
 * from a draft (a create, save or send: its key plus a pending suffix) is kept beside it, so it is
 * per tab too. The key still ends in the owner, so signing out finds it (keptWork.ts).
 */
export function editorTabDraftKey(address: string, owner: string, tabId: string): string {
  return editorDraftKey(`${address}~${tabId}`, owner);
}

/** One tab's kept work for an editor: its draft's key, and the keys found in storage. */
export interface EditorTabWork {
  /** The draft's key (what is under way from it adds a pending suffix). */
  readonly draftKey: string;
  /** The tab that wrote it; null for work kept before drafts were per tab (one per address). */
  readonly tabId: string | null;
  /** The keys of this tab's work found: the draft's, and those of what was under way from it. */
  readonly keys: readonly string[];
}

const tabPattern = /^~([A-Za-z0-9-]+)$/;

/** The kept work of `address` and `owner` among storage keys, one entry per tab that kept any. */
export function editorTabWork(
  keys: Iterable<string>,
  address: string,
  owner: string,
): EditorTabWork[] {
  const start = keptWorkKinds.workflowDraft + address;
  const end = `.${keptWorkOwnerSuffix(owner)}`;
  const byDraft = new Map<string, { tabId: string | null; keys: string[] }>();
  for (const key of keys) {
    if (!key.startsWith(start)) continue;
    const suffix = pendingSuffixes.find((s) => key.endsWith(end + s)) ?? '';
    const draftKey = key.slice(0, key.length - suffix.length);
    if (!draftKey.endsWith(end)) continue;
    const middle = draftKey.slice(start.length, draftKey.length - end.length);
    const tab = tabPattern.exec(middle);
    if (middle !== '' && !tab) continue;
    const entry = byDraft.get(draftKey) ?? { tabId: tab?.[1] ?? null, keys: [] };
    entry.keys.push(key);
    byDraft.set(draftKey, entry);
  }
  return [...byDraft].map(([draftKey, e]) => ({ draftKey, tabId: e.tabId, keys: e.keys }));
}

/**
 * The work a tab takes on when it opens an editor and has none of its own there: of tabs closed
 * without saving (no live tab holds it: `liveTabs`, null when the browser cannot tell, so only
 * work under the older per-address key is taken), the newest (`savedAtOf` its draft key) first.
 * A live tab's work is that tab's, and is left alone.
 */
export function editorWorkToAdopt(
  found: readonly EditorTabWork[],
  ownTabId: string,
  liveTabs: ReadonlySet<string> | null,
  savedAtOf: (work: EditorTabWork) => string,
): EditorTabWork[] {
  return found
    .filter((w) => w.tabId !== ownTabId)
    .filter((w) => w.tabId === null || (liveTabs !== null && !liveTabs.has(w.tabId)))
    .sort((x, y) => savedAtOf(y).localeCompare(savedAtOf(x)));
}
