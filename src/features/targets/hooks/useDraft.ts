import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { connectionStore } from '../../../api/session/connectionStore.ts';
import {
  draftKey,
  groupStamp,
  restoreDraft,
  serializeDraft,
  type DraftBase,
  type DraftConflict,
} from '../model/draft.ts';
import type { Edits, TargetGroupLike } from '../model/types.ts';

export interface DraftNotice {
  count: number;
  savedAt: string;
  /** Someone saved the group since the draft was written; their values are under the draft's. */
  rebased: boolean;
  conflicts: readonly DraftConflict[];
  dropped: readonly number[];
  /** The period type changed since: the draft's values did not fit and were not restored. */
  periodsChanged?: { readonly from: number; readonly to: number };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode / disabled storage: drafts are simply off
  }
}

/**
 * Unsaved edits survive a reload: written to localStorage (keyed by group, stamped with the
 * loaded state, each edited row with its loaded values) shortly after each change, and at once
 * when the page is left; offered back once on load, put on top of the current values when
 * someone saved in between; removed when the edits are discarded, undone to nothing or saved.
 * Drafts are the signed-in user's own (`owner`, see draftOwner): another user on the same
 * browser never gets them, and signing out with unsaved work ("Sign out and discard") drops it.
 */
export function useDraft(
  group: TargetGroupLike,
  edits: Edits,
  /** Applies restored edits; returns how many changes they hold. */
  restore: (edits: Edits) => number,
  /** Whose drafts these are; null keeps no draft (a user who may not edit). */
  ownerNow: string | null,
  /** The edits are already the latest (carried over from a save): a stored draft is older. */
  skipRestore = false,
) {
  // The user does not change while the workspace is shown (another user signs in after a
  // sign-out, which leaves the page), so the first owner is the one.
  const [owner] = useState(ownerNow);
  const key = owner === null ? null : draftKey(group.TargetGroupId, owner);
  // A pass over every value: computed when a draft is read or written, not on every load.
  const stampOf = useMemo(() => {
    let stamp: string | null = null;
    return () => (stamp ??= groupStamp(group));
  }, [group]);
  // The rows as loaded, by id: what a draft's changes are measured against.
  const baseOf = useMemo(() => {
    let byId: Map<number, DraftBase> | null = null;
    return (id: number): DraftBase | undefined => {
      byId ??= new Map(
        (group.TargetAssignments ?? []).map((a) => [
          a.TargetAssignmentInfoId,
          { values: a.Values, locked: !!a.Locked },
        ]),
      );
      return byId.get(id);
    };
  }, [group]);
  const [notice, setNotice] = useState<DraftNotice | null>(null);
  const restored = useRef(false);

  // Once per loaded group: restore a matching draft.
  useEffect(() => {
    if (restored.current || key === null) return;
    restored.current = true;
    if (skipRestore) return;
    const saved = storage()?.getItem(key) ?? null;
    if (saved === null) return;
    const draft = restoreDraft(saved, group.TargetGroupId, stampOf(), baseOf);
    if (!draft) return;
    const { savedAt, rebased, conflicts, dropped, periodsChanged } = draft;
    if (draft.edits.size === 0 && dropped.length === 0 && !periodsChanged) return;
    const count = draft.edits.size ? restore(draft.edits) : 0;
    setNotice({ count, savedAt, rebased, conflicts, dropped, periodsChanged });
  }, [key, group.TargetGroupId, stampOf, baseOf, restore, skipRestore]);

  // Write after changes (debounced), and at once when the page goes (another year, a reload);
  // an empty edit set removes the draft.
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!restored.current || key === null) return;
    const s = storage();
    if (!s) return;
    const write = () => {
      pending.current = null;
      if (edits.size === 0) s.removeItem(key);
      else s.setItem(key, serializeDraft(group.TargetGroupId, stampOf(), edits, baseOf));
    };
    pending.current = write;
    const t = setTimeout(write, 250);
    return () => clearTimeout(t);
  }, [edits, key, group.TargetGroupId, stampOf, baseOf]);
  const discardDraft = useCallback(() => {
    pending.current = null;
    if (key !== null) storage()?.removeItem(key);
    setNotice(null);
  }, [key]);
  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      // Signed out: the user chose to discard their unsaved changes (nobody is asked otherwise).
      if (connectionStore.get() === null) discardDraft();
      else flush();
    };
  }, [discardDraft]);

  return { notice, dismissNotice: () => setNotice(null), discardDraft };
}
