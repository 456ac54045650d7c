import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { draftKey, groupStamp, restoreDraft, serializeDraft } from '../model/draft.ts';
import type { Edits, TargetGroupLike } from '../model/types.ts';

export interface DraftNotice {
  count: number;
  savedAt: string;
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
 * loaded state) shortly after each change; offered back once on load when the stamp still
 * matches; removed when the edits are discarded, undone to nothing or saved.
 */
export function useDraft(
  group: TargetGroupLike,
  edits: Edits,
  /** Applies restored edits; returns how many changes they hold. */
  restore: (edits: Edits) => number,
) {
  const key = draftKey(group.TargetGroupId);
  // A pass over every value: computed when a draft is read or written, not on every load.
  const stampOf = useMemo(() => {
    let stamp: string | null = null;
    return () => (stamp ??= groupStamp(group));
  }, [group]);
  const [notice, setNotice] = useState<DraftNotice | null>(null);
  const restored = useRef(false);

  // Once per loaded group: restore a matching draft.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const saved = storage()?.getItem(key) ?? null;
    if (saved === null) return;
    const draft = restoreDraft(saved, group.TargetGroupId, stampOf());
    if (!draft || draft.edits.size === 0) return;
    const count = restore(draft.edits);
    setNotice({ count, savedAt: draft.savedAt });
  }, [key, group.TargetGroupId, stampOf, restore]);

  // Write after changes (debounced); an empty edit set removes the draft.
  useEffect(() => {
    if (!restored.current) return;
    const s = storage();
    if (!s) return;
    const t = setTimeout(() => {
      if (edits.size === 0) s.removeItem(key);
      else s.setItem(key, serializeDraft(group.TargetGroupId, stampOf(), edits));
    }, 250);
    return () => clearTimeout(t);
  }, [edits, key, group.TargetGroupId, stampOf]);

  const discardDraft = useCallback(() => {
    storage()?.removeItem(key);
    setNotice(null);
  }, [key]);

  return { notice, dismissNotice: () => setNotice(null), discardDraft };
}
