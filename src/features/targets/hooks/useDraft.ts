import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { connectionStore } from '../../../api/session/connectionStore.ts';
import {
  groupStamp,
  restoreDraft,
  withoutReadOnlyRows,
  serializeDraft,
  type DraftBase,
  type DraftConflict,
  type RestoredDraft,
} from '../model/draft.ts';
import type { Edits, TargetGroupLike } from '../model/types.ts';
import { localStore } from '../../../app/storage/localStore.ts';
import { tabIdentity } from '../../../app/drafts/tabIdentity.ts';
import { claimGroupDrafts, ownDraftKey } from '../model/claimGroupDrafts.ts';
import { mergeDrafts } from '../model/mergeDrafts.ts';
import { groupDraftKeys } from '../model/tabDraftKeys.ts';
import type { DraftPage } from '../model/draftPage.ts';
import { changedBack, noteCells, noteTouched, type TouchedCells } from '../model/changedBack.ts';

export interface DraftNotice {
  count: number;
  savedAt: string;
  /** Someone saved the group since the draft was written; their values are under the draft's. */
  rebased: boolean;
  conflicts: readonly DraftConflict[];
  dropped: readonly number[];
  /** The period type changed since: the draft's values did not fit and were not restored. */
  periodsChanged?: { readonly from: number; readonly to: number };
  /** The page was left while a save of these changes was under way: it may have been stored. */
  savingSince?: string;
  /** The edits as restored: "Discard restored changes" drops these, not the ones made since. */
  restored?: Edits;
  /** Some of the edits were made in another tab, closed before they were saved. */
  fromClosedTab?: boolean;
}

/** Reads a draft; null when there is none or the browser does not let the page read storage. */
function readDraft(key: string): string | null {
  try {
    return localStore()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Writes (or with null, removes) a draft; false when the browser refused (storage full, turned
 * off, Safari's private mode). A refused write removes the older draft, if it can, so a reload
 * does not bring back changes the planner has since changed again.
 */
function writeDraft(key: string, text: string | null): boolean {
  const s = localStore();
  try {
    if (!s) return text === null;
    if (text === null) s.removeItem(key);
    else s.setItem(key, text);
    return true;
  } catch {
    try {
      s?.removeItem(key);
    } catch {
      // Nothing more to do: the draft is off in this browser.
    }
    return false;
  }
}

/**
 * Whether storage keeps drafts of the group other than `mine` (this tab's, and those it took on):
 * of tabs still open, whose older values for the cells this tab set back must not come back.
 */
function othersKept(groupId: number, owner: string, mine: readonly string[]): boolean {
  const keys: string[] = [];
  try {
    const s = localStore();
    for (let i = 0; s && i < s.length; i++) keys.push(s.key(i) ?? '');
  } catch {
    return false;
  }
  return groupDraftKeys(keys, groupId, owner).some((d) => !mine.includes(d.key));
}

/** What the page says of restored edits; null when there is nothing to say. */
function noticeOf(draft: RestoredDraft, count: number, fromClosedTab = false): DraftNotice | null {
  const { savedAt, rebased, conflicts, dropped, periodsChanged, savingSince } = draft;
  if (draft.edits.size === 0 && dropped.length === 0 && !periodsChanged) return null;
  const restored = draft.edits;
  return {
    count,
    savedAt,
    rebased,
    conflicts,
    dropped,
    periodsChanged,
    savingSince,
    restored,
    ...(fromClosedTab && { fromClosedTab }),
  };
}

/** The planner closed the "not kept" warning: it is not shown again until the page is reloaded. */
let notKeptDismissed = false;

/**
 * Unsaved edits survive a reload: written to localStorage (keyed by group and tab, so tabs on one
 * group never overwrite or remove each other's, and a tab closed without saving leaves its draft
 * to the next tab that opens the group: see tabDraftKeys and tabIdentity; stamped with the
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
  /**
   * The edits were put on the group read again by Reload, from memory (see useSaveFlow), with
   * `count` changes: said as a restored draft is.
   */
  restoredInMemory?: { restored: RestoredDraft; count: number },
  /** Rows the user may not change by their own rights: a draft's changes to them are dropped. */
  readOnlyRow: (assignmentId: number) => boolean = () => false,
  /** The page the group is on (year, target type), kept with the draft to link back to it. */
  page?: DraftPage,
) {
  // The user does not change while the workspace is shown (another user signs in after a
  // sign-out, which leaves the page), so the first owner is the one.
  const [owner] = useState(ownerNow);
  // This tab's own draft (tabDraftKeys): known once the tab knows which it is (tabIdentity).
  const [key, setKey] = useState<string | null>(null);
  // Drafts of tabs closed without saving, taken on here: removed once this tab's draft holds
  // their edits (or they are discarded), never before, so closing this tab first loses nothing.
  const adopted = useRef<string[]>([]);
  const dropAdopted = useCallback(() => {
    for (const k of adopted.current.splice(0)) writeDraft(k, null);
  }, []);
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
  const [notice, setNotice] = useState<DraftNotice | null>(() =>
    restoredInMemory ? noticeOf(restoredInMemory.restored, restoredInMemory.count) : null,
  );
  const restored = useRef(false);
  // Until the drafts are read (the tab's id and the open tabs come a moment after the grid):
  // the grid says it is busy (aria-busy), and what is typed meanwhile stays on top.
  const [restoring, setRestoring] = useState(ownerNow !== null && !skipRestore);
  // The cells changed since the group was loaded: those set back again are written with the
  // draft (even with no edits left), so an older draft of another tab does not bring their old
  // value back (mergeDrafts); a restored draft's set-back cells stay so.
  const touched = useRef<TouchedCells>(new Map());
  useEffect(() => {
    touched.current = new Map();
  }, [baseOf]);

  // Once per loaded group: restore this tab's draft, and those of tabs closed without saving.
  const restoreStarted = useRef(false);
  useEffect(() => {
    if (restoreStarted.current || owner === null) return;
    restoreStarted.current = true;
    const groupId = group.TargetGroupId;
    let gone = false;
    void (async () => {
      const tab = await tabIdentity();
      if (skipRestore) {
        const live = await tab.liveTabs();
        if (gone) return;
        restored.current = true;
        setKey(ownDraftKey(groupId, owner, tab.id, live));
        return;
      }
      // Under the tab's claim, so two tabs opening the group together do not both take a closed
      // tab's draft (claimGroupDrafts); the keys taken on are given back.
      await claimGroupDrafts(tab, localStore(), groupId, owner, ({ ownKey, own, orphans }) => {
        if (gone) return [];
        restored.current = true;
        setKey(ownKey);
        const drafts: RestoredDraft[] = [];
        const keys: string[] = [];
        let fromClosedTab = false;
        for (const d of own ? [own, ...orphans] : orphans) {
          const draft = restoreDraft(readDraft(d.key), groupId, stampOf(), baseOf);
          if (draft) drafts.push(draft);
          if (d === own) continue;
          keys.push(d.key);
          // A draft under the older key may be this tab's own from before a reload.
          if (draft && d.tabId !== null) fromClosedTab = true;
        }
        const stored = mergeDrafts(drafts, baseOf);
        if (!stored) {
          for (const k of keys) writeDraft(k, null);
          return keys;
        }
        const draft = withoutReadOnlyRows(stored, readOnlyRow);
        const count = draft.edits.size ? restore(draft.edits) : 0;
        // A copy: dropping the adopted drafts empties the list, and `keys` says what was taken.
        adopted.current = [...keys];
        // This tab's draft holds the closed tabs' edits (and cells set back) at once (then theirs
        // go), before the claim is let go; with neither, theirs have nothing more to give.
        // Set-back cells are carried on only while an open tab's draft may still hold them: not for
        // ever, from tab to tab.
        const reverted = othersKept(groupId, owner, [ownKey, ...keys])
          ? (draft.reverted ?? [])
          : [];
        noteCells(touched.current, reverted);
        const text =
          draft.edits.size === 0 && reverted.length === 0
            ? null
            : serializeDraft(
                groupId,
                stampOf(),
                draft.edits,
                baseOf,
                undefined,
                undefined,
                reverted,
                page,
              );
        if (text === null || (keys.length > 0 && writeDraft(ownKey, text))) dropAdopted();
        const next = noticeOf(draft, count, fromClosedTab);
        if (next) setNotice(next);
        return keys;
      });
      if (!gone || restored.current) setRestoring(false);
    })();
    return () => {
      gone = true;
      if (!restored.current) restoreStarted.current = false;
    };
  }, [
    owner,
    group.TargetGroupId,
    stampOf,
    baseOf,
    restore,
    skipRestore,
    readOnlyRow,
    dropAdopted,
    page,
  ]);

  // Write after changes (debounced), and at once when the page goes (another year, a reload);
  // no edits and no cells set back removes the draft. Undone to nothing, the cells set back are
  // still written (a draft without edits, restored as nothing): an older tab's draft must not
  // bring their value back.
  const pending = useRef<(() => void) | null>(null);
  // The browser refused to store the draft: the planner is told, once (see notKeptDismissed).
  const [notKept, setNotKept] = useState(false);
  // A save is under way (since then): the draft says so, in case the page is left before it
  // answers (it may be stored after all). `writeNow` writes the latest edits.
  const savingSince = useRef<string | undefined>(undefined);
  // The edits when a save ended without an answer: the mark stays until they change (the planner
  // edits again, after which the draft is no longer what may have been stored).
  const unansweredEdits = useRef<Edits | null>(null);
  const latestEdits = useRef(edits);
  const writeNow = useRef<(() => void) | null>(null);
  useEffect(() => {
    latestEdits.current = edits;
    noteTouched(touched.current, edits, baseOf);
    if (unansweredEdits.current !== null && unansweredEdits.current !== edits) {
      unansweredEdits.current = null;
      savingSince.current = undefined;
    }
    if (!restored.current || key === null) return;
    const write = () => {
      pending.current = null;
      const reverted = changedBack(touched.current, edits, baseOf);
      const text =
        edits.size === 0 && reverted.length === 0
          ? null
          : serializeDraft(
              group.TargetGroupId,
              stampOf(),
              edits,
              baseOf,
              new Date(),
              savingSince.current,
              reverted,
              page,
            );
      const kept = writeDraft(key, text);
      // Undone to nothing too: the taken-on drafts must not bring the edits back in the next tab.
      if (kept) dropAdopted();
      if (!kept && text !== null && !notKeptDismissed) setNotKept(true);
    };
    writeNow.current = write;
    pending.current = write;
    const t = setTimeout(write, 250);
    return () => clearTimeout(t);
  }, [edits, key, group.TargetGroupId, stampOf, baseOf, dropAdopted, page]);
  const discardDraft = useCallback(() => {
    pending.current = null;
    // Saved or discarded: nothing set back is left to say (the draft goes, and stays gone).
    touched.current = new Map();
    savingSince.current = undefined;
    unansweredEdits.current = null;
    if (key !== null) writeDraft(key, null);
    dropAdopted();
    setNotice(null);
  }, [key, dropAdopted]);
  // The latest discardDraft, for the page going: the key is set once the tab is known, and that
  // change must not count as the page going (which, signed out, would discard the draft).
  const discardLatest = useRef(discardDraft);
  useEffect(() => {
    discardLatest.current = discardDraft;
  }, [discardDraft]);
  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      // Signed out: the user chose to discard their unsaved changes (nobody is asked otherwise).
      if (connectionStore.get() === null) discardLatest.current();
      else flush();
    };
  }, []);

  /** A save of the edits started (its time), or failed (null): the draft says so at once. */
  const markSaving = useCallback((since: string | null) => {
    savingSince.current = since ?? undefined;
    unansweredEdits.current = null;
    writeNow.current?.();
  }, []);
  /** The save ended without an answer: the draft says it may be stored until the next edit. */
  const markUnanswered = useCallback(() => {
    unansweredEdits.current = latestEdits.current;
  }, []);

  const dismissNotKept = useCallback(() => {
    notKeptDismissed = true;
    setNotKept(false);
  }, []);

  return {
    notice,
    /** The drafts are still being read: the grid is busy (aria-busy) until then. */
    restoring,
    dismissNotice: () => setNotice(null),
    discardDraft,
    /** The browser refused to keep the edits as a draft: they would not survive a reload. */
    notKept,
    dismissNotKept,
    markSaving,
    markUnanswered,
  };
}
