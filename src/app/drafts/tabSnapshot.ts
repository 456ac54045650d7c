import { createContext, useContext } from 'react';

/**
 * Which tab this is (tabIdentity), and which tabs were open as the page that keeps drafts per tab
 * was shown: known before its editor renders (WhenTabKnown), so the editor's first render already
 * reads its own draft and what was under way from it.
 */
export interface TabSnapshot {
  readonly id: string;
  /** The ids of the tabs open then; null when the browser cannot say. */
  readonly live: ReadonlySet<string> | null;
}

export const TabSnapshotContext = createContext<TabSnapshot | null>(null);

/** This tab, as WhenTabKnown learned it; null outside one (no draft is kept then). */
export function useTabSnapshot(): TabSnapshot | null {
  return useContext(TabSnapshotContext);
}
