import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useConnection } from '../auth/useConnection.ts';
import { sameStored } from '../forms/sameStored.ts';
import {
  editorDraftOwner,
  readEditorDraft,
  serializeEditorDraft,
  valuesStamp,
} from './editorDraft.ts';
import { editorTabDraftKey } from './editorTabDrafts.ts';
import { useTabSnapshot } from './tabSnapshot.ts';
import { localStore } from '../storage/localStore.ts';
import { routeOf } from '../../api/http/appPath.ts';

const isObject = (v: unknown): v is FieldValues => typeof v === 'object' && v !== null;

export interface EditorDraftNotice {
  savedAt: string;
  /** The record was saved since the draft was made. */
  stale: boolean;
  /** The edits were made in a tab that was closed before they were saved. */
  fromClosedTab: boolean;
}

/**
 * Unsaved edits survive a reload (or a closed tab): while the form is dirty its values are
 * written to localStorage, keyed by the editor's address, this tab and the signed-in user on this
 * server (editorTabDrafts: tabs of one browser never remove or overwrite each other's), ~250 ms
 * after a change and at once when the page goes; on the next load of the tab they are put back
 * (what they differ in is dirty, so Save sends just that) and `notice` says so. A tab opening the
 * editor with no draft of its own there has taken on the newest one a closed tab left (and what
 * was under way from it: WhenTabKnown, before the editor is shown). Saving, undoing back to the
 * loaded values, discarding, or leaving in the app (the unsaved-changes question was answered;
 * not going to sign in after the session expired) removes this tab's draft. `disabled` (a read-only editor) keeps none, and
 * neither does an editor outside WhenTabKnown.
 */
export function useEditorDraft<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  isDirty: boolean,
  disabled = false,
) {
  const { pathname, search } = useLocation();
  const address = pathname + search;
  const connection = useConnection();
  const tab = useTabSnapshot();
  const owner =
    connection && !disabled
      ? editorDraftOwner(connection.baseUrl, connection.userName || connection.displayName)
      : null;
  // A closed tab's work here was taken on before the editor was shown (WhenTabKnown).
  const key = owner && tab ? editorTabDraftKey(address, owner, tab.id) : null;
  const [notice, setNotice] = useState<EditorDraftNotice | null>(null);
  const restored = useRef(false);

  // Once: put back this user's draft for this address (unless it is what was loaded).
  useEffect(() => {
    if (restored.current || !key) return;
    restored.current = true;
    const text = localStore()?.getItem(key);
    if (!text) return;
    const draft = readEditorDraft(text, valuesStamp(form.formState.defaultValues), isObject);
    // A draft that is what was loaded changes nothing: most often its save went through though
    // the answer was lost (or the page went while it was under way), so "saved after your changes
    // were made" would be wrong about the user's own save.
    if (!draft || sameStored(draft.values, form.formState.defaultValues)) {
      localStore()?.removeItem(key);
      return;
    }
    form.reset(draft.values as T, { keepDefaultValues: true });
    setNotice({ savedAt: draft.savedAt, stale: draft.stale, fromClosedTab: draft.fromClosedTab });
  }, [key, form]);

  const write = useCallback(() => {
    if (!restored.current || !key) return;
    const store = localStore();
    try {
      if (form.formState.isDirty)
        store?.setItem(
          key,
          serializeEditorDraft(valuesStamp(form.formState.defaultValues), form.getValues()),
        );
      else store?.removeItem(key);
    } catch {
      // Storage full or refused: the unsaved-changes guard still asks before the page goes.
    }
  }, [key, form]);

  // After each change (debounced), and at once when the page goes (reload, tab closed).
  const values = useWatch({ control: form.control });
  useEffect(() => {
    const timer = setTimeout(write, 250);
    return () => clearTimeout(timer);
  }, [values, isDirty, write]);
  useEffect(() => {
    window.addEventListener('pagehide', write);
    return () => window.removeEventListener('pagehide', write);
  }, [write]);
  // Leaving within the app: the unsaved-changes question was answered, the edits are let go.
  // Not when going to sign in (the session expired: the sign-in page was chosen over the dialog):
  // the draft waits for the user to sign in again, as it does over a reload. Signing out has
  // signed out first (no connection, so no key) and removes it (keptWork).
  useEffect(
    () => () => {
      if (!key) return;
      if (routeOf(window.location.pathname, import.meta.env.BASE_URL) === '/sign-in') write();
      else localStore()?.removeItem(key);
    },
    [key, write],
  );

  return {
    /** Where the draft is kept (null: none is kept for this editor). */
    key,
    notice,
    dismiss: () => setNotice(null),
    /**
     * Keeps `values` as this tab's draft of the editor at `to`, made on `loaded`: a new record's
     * edits made while it was being created go with it to its own page, which puts them back.
     */
    handOver: (to: string, loaded: T, values: T) => {
      if (!owner || !tab) return;
      try {
        localStore()?.setItem(
          editorTabDraftKey(to, owner, tab.id),
          serializeEditorDraft(valuesStamp(loaded), values),
        );
      } catch {
        // Storage full or refused: the edits go, as they would on a reload.
      }
    },
    /** Back to the values as loaded; the draft goes with them. */
    discard: () => {
      form.reset();
      if (key) localStore()?.removeItem(key);
      setNotice(null);
    },
  };
}
