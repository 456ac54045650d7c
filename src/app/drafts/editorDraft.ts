import { keptWorkKey } from './keptWorkKey.ts';

/**
 * Unsaved edits of an editor (a workflow option or goal, the event console) kept in storage, so
 * a reload, a closed tab or a crash does not lose them. A draft holds the form values and a stamp
 * of the values it was made on, so the editor can tell when the record was saved (by someone) in
 * between.
 */

/**
 * Who a draft belongs to: the server and the user signed in to it (user names compare without
 * case), so another user, or the same ids on another tenant, never get someone else's edits.
 */
export function editorDraftOwner(baseUrl: string, userName: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '').toLowerCase()}|${userName.trim().toLowerCase()}`;
}

/** The storage key of `owner`'s draft for an editor address ("/workflows/1/options/1"). */
export function editorDraftKey(address: string, owner: string): string {
  return keptWorkKey('workflowDraft', address, owner);
}

/** A stamp of values (FNV-1a over their JSON): equal values, equal stamps. */
export function valuesStamp(values: unknown): string {
  const text = JSON.stringify(values) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}-${(h >>> 0).toString(36)}`;
}

interface DraftJson {
  v: 1;
  savedAt: string;
  base: string;
  values: unknown;
  /** Taken on from a tab closed before they were saved (adoptClosedTabWork). */
  fromClosedTab?: true;
}

/** The draft of `values`, edited from the values stamped `base`. */
export function serializeEditorDraft(base: string, values: unknown, now = new Date()): string {
  const json: DraftJson = { v: 1, savedAt: now.toISOString(), base, values };
  return JSON.stringify(json);
}

export interface EditorDraft<T> {
  values: T;
  savedAt: string;
  /** The record was saved since the draft was made: its values are not what the edits began from. */
  stale: boolean;
  /** The edits were made in a tab that was closed before they were saved. */
  fromClosedTab: boolean;
}

/** The draft `text` marked as taken on from a closed tab (left as it is when it is not one). */
export function markedFromClosedTab(text: string): string {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null) return text;
    return JSON.stringify({ ...json, fromClosedTab: true });
  } catch {
    return text;
  }
}

/**
 * Reads a stored draft against the values loaded now (their stamp); null when the text is not a
 * draft this version wrote (or `isValues` refuses its values).
 */
export function readEditorDraft<T>(
  text: string,
  loadedStamp: string,
  isValues: (v: unknown) => v is T,
): EditorDraft<T> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const d = json as Partial<DraftJson>;
  if (d.v !== 1 || typeof d.savedAt !== 'string' || typeof d.base !== 'string') return null;
  if (Number.isNaN(Date.parse(d.savedAt)) || !isValues(d.values)) return null;
  return {
    values: d.values,
    savedAt: d.savedAt,
    stale: d.base !== loadedStamp,
    fromClosedTab: d.fromClosedTab === true,
  };
}
