import { markedFromClosedTab } from './editorDraft.ts';
import { editorTabDraftKey, editorTabWork, editorWorkToAdopt } from './editorTabDrafts.ts';
import type { TabSnapshot } from './tabSnapshot.ts';
import type { TakenDraft } from './takenMark.ts';

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

function savedAtOf(text: string | null): string {
  try {
    const json: unknown = JSON.parse(text ?? '');
    const savedAt = (json as { savedAt?: unknown } | null)?.savedAt;
    return typeof savedAt === 'string' ? savedAt : '';
  } catch {
    return '';
  }
}

/**
 * A tab opening an editor where it kept nothing takes on the newest work a closed tab left there
 * (editorWorkToAdopt): its draft, marked as made in a closed tab, and what was under way from it
 * move whole under this tab's key, so the editor restores them as its own. Moved only once all
 * is copied: storage that is full leaves them where they were, for the next tab. Gives the
 * draft taken on (its key, and its text as it was there), or null.
 */
export function adoptClosedTabWork(
  storage: Storage | null,
  address: string,
  owner: string,
  tab: TabSnapshot,
  /** Drafts another open tab took already (its writes may not have reached this tab yet). */
  taken: ReadonlySet<string> = new Set(),
): TakenDraft | null {
  if (!storage) return null;
  try {
    const found = editorTabWork(keysOf(storage), address, owner);
    if (found.some((w) => w.tabId === tab.id)) return null;
    const [take] = editorWorkToAdopt(
      found.filter((w) => !taken.has(w.draftKey)),
      tab.id,
      tab.live,
      (w) => savedAtOf(storage.getItem(w.draftKey)),
    );
    if (!take) return null;
    const text = storage.getItem(take.draftKey) ?? '';
    const ownKey = editorTabDraftKey(address, owner, tab.id);
    const moves = take.keys.map((from) => ({
      from,
      to: ownKey + from.slice(take.draftKey.length),
    }));
    try {
      for (const { from, to } of moves) {
        const text = storage.getItem(from);
        if (text === null) continue;
        // Under the older key it may be this tab's own, from before drafts were kept per tab.
        const closed = from === take.draftKey && take.tabId !== null;
        storage.setItem(to, closed ? markedFromClosedTab(text) : text);
      }
    } catch {
      for (const { to } of moves) storage.removeItem(to);
      return null;
    }
    for (const { from } of moves) storage.removeItem(from);
    return { key: take.draftKey, text };
  } catch {
    // Storage refused: the editor keeps nothing, as without storage.
    return null;
  }
}
