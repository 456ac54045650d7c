import { valuesStamp } from './editorDraft.ts';

/**
 * What says a closed tab's draft was taken (tabIdentity.markTaken): its key and a stamp of its
 * text, not the key alone. A closed tab reopened (Ctrl+Shift+T) gets its sessionStorage back, so
 * its id and its draft keys: a later draft it leaves under the same key is another draft, for the
 * next tab to take, though the tab that took the first one is still open.
 */
export interface TakenDraft {
  readonly key: string;
  /** The draft's text as it was taken. */
  readonly text: string;
}

const separator = '#';

/** The mark of `draft` (a Web Lock name, after tabIdentity's prefix). */
export function takenMark(draft: TakenDraft): string {
  return `${draft.key}${separator}${valuesStamp(draft.text)}`;
}

/**
 * The keys among `marks` whose draft `storage` still shows as it was taken: this tab's copy of
 * localStorage may lag a moment behind the writes of the tab that took it.
 */
export function takenKeys(marks: Iterable<string>, storage: Storage | null): Set<string> {
  const keys = new Set<string>();
  for (const mark of marks) {
    const key = mark.slice(0, Math.max(0, mark.lastIndexOf(separator)));
    let text: string | null = null;
    try {
      text = storage?.getItem(key) ?? null;
    } catch {
      // Storage refused: no draft shows there to leave alone.
    }
    if (text !== null && takenMark({ key, text }) === mark) keys.add(key);
  }
  return keys;
}
