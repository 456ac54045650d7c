import { useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { isApiError } from '../../../api/http/ApiError.ts';
import {
  DeleteAnsweredNotFoundButStillThere,
  type WorkflowDeleteResult,
} from '../../../api/workflow/deleteOrFindGone.ts';
import {
  renewedSince,
  sessionRenewals,
  useSessionRenewals,
} from '../../../app/auth/sessionRenewals.ts';
import type { useEditorDraft } from '../../../app/drafts/useEditorDraft.ts';
import { applyServerError } from '../../../app/forms/applyServerError.ts';
import { announce } from '../../../ui/index.ts';
import { useToast } from '../../../ui/toastContext.ts';
import { alreadyGoneToast, deleteUnsureMessage } from '../logic/deleteOutcome.ts';
import { keepEditsMadeDuringSave } from '../logic/editsDuringSave.ts';
import { sameStored } from '../../../app/forms/sameStored.ts';
import {
  createMayHaveBeenStored,
  saveFailureMessage,
  sessionExpiredMessage,
} from '../logic/saveFailure.ts';
import type { FailedAction } from './SaveOutcome.tsx';
import { laterEditsKept, showStoredKeepingLaterEdits } from './showStoredKeepingLaterEdits.ts';
import { useCreateGuard } from './useCreateGuard.ts';
import { usePendingSave } from './usePendingSave.ts';
import type { useEditorExit } from './useEditorExit.ts';
import { useSaveConflict } from './useSaveConflict.ts';

/** A save or delete mutation, as far as the editor uses it. */
interface Mutation<R, Result> {
  mutateAsync: (record: R) => Promise<Result>;
  isPending: boolean;
}

export interface EditorSaveOptions<TIn extends FieldValues, TOut, R> {
  /** What the editor edits, in its sentences: "goal", "option". */
  noun: string;
  form: UseFormReturn<TIn, unknown, TOut>;
  /** The record as the editor opened it (a new one: its defaults). */
  loaded: R;
  isNew: boolean;
  save: Mutation<R, R>;
  remove: Mutation<R, WorkflowDeleteResult>;
  /** The editor page of a stored record. */
  addressOf: (record: R) => string;
  /** Where the editor goes once its record is deleted. */
  afterDelete: string;
  toValues: (record: R) => TIn;
  /**
   * The body to send: `base` (the record as last read) with the form's changes on top; `opened`
   * is what the form opened on (base is a later version after "Save mine anyway").
   */
  toSaveBody: (
    base: R,
    values: TOut,
    dirty: UseFormReturn<TIn>['formState']['dirtyFields'],
    opened: TIn,
  ) => R;
  /** What the server stored, in words. */
  describeSaved: (record: R) => string;
  /** What the user changed, in words (the conflict banner lists it). */
  describeChanges: (opened: TIn, mine: TIn) => string[];
  /** The record as stored now (read again before writing). */
  fetchCurrent: () => Promise<R>;
  /** Puts a record read again into the query cache. */
  adopt: (record: R) => void;
  idOf: (record: R) => number;
  /** The records beside it (where a lost create would be found), and how one is recognised. */
  listSiblings: () => Promise<R[]>;
  sameName: (record: R, sent: TIn) => boolean;
  /** How the "already saved" banner names a record it found. */
  foundName: (record: R) => string;
  /** The form's fields a server error can point at. */
  formFields: (values: TIn) => readonly string[];
  /** The toast the next page shows after a delete. */
  deletedToast: (record: R) => { title: string; description: string };
  draft: ReturnType<typeof useEditorDraft<TIn>>;
  leave: ReturnType<typeof useEditorExit>['leave'];
  /** The undo history goes once the form shows what was stored (or another version). */
  clearHistory: () => void;
  /** A save refused by the form's own checks. */
  onInvalid?: () => void;
  /** Shown at first (a created record's page says it was saved). */
  initialMessage?: string | null;
  /** The server stored a save (what an editor adds to the note then: useDroppedPathsCheck). */
  onSaved?: () => void;
}

/**
 * Save and Delete of a workflow editor (a goal, an option), and what they say: the error banner
 * (about the last save, a delete, …) or what the server stored. An existing record is read again
 * before writing (useSaveConflict); a new one is looked for first when an earlier create lost its
 * answer (useCreateGuard), and its editor goes to the created record's page.
 */
export function useEditorSave<TIn extends FieldValues, TOut, R>(
  o: EditorSaveOptions<TIn, TOut, R>,
) {
  const { form, loaded, isNew, noun, draft, leave, clearHistory } = o;
  const { toast } = useToast();
  const [error, setErrorText] = useState<string | null>(null);
  /**
   * A save met an expired session: the session renewals counted then. Once the user has signed
   * in again (in the dialog), the banner says so instead of asking them to sign in.
   */
  const [expiredAt, setExpiredAt] = useState<number | null>(null);
  const renewals = useSessionRenewals();
  const setError = (message: string | null) => {
    setExpiredAt(null);
    setErrorText(message);
  };
  /** What the error banner is about. */
  const [failed, setFailed] = useState<FailedAction>('save');
  const [saved, setSaved] = useState<string | null>(o.initialMessage ?? null);
  /** The record (or where a new one would be) is read again before writing. */
  const [checking, setChecking] = useState(false);
  const { dirtyFields } = form.formState;
  const conflict = useSaveConflict<TIn, R>({
    form,
    toValues: o.toValues,
    fetchCurrent: o.fetchCurrent,
    adopt: o.adopt,
    describeChanges: o.describeChanges,
    onReloaded: clearHistory,
  });
  const pendingSave = usePendingSave<TIn>(isNew ? null : draft.key, o.toValues(loaded));
  const created = useCreateGuard<TIn, R>({
    draftKey: isNew ? draft.key : null,
    listItems: o.listSiblings,
    idOf: o.idOf,
    sameName: o.sameName,
  });

  /**
   * The server already has what the user is saving: an earlier save whose answer was lost (or
   * that the page went away from) went through. The editor shows it as saved; nothing is sent.
   */
  const adoptOwnSave = (current: R, earlier: boolean) => {
    o.adopt(current);
    form.reset(o.toValues(current));
    clearHistory();
    pendingSave.settled();
    draft.dismiss();
    setSaved(
      earlier
        ? `Your earlier save went through: the server has your changes. ${o.describeSaved(current)}`
        : `The server already has these changes, so there was nothing to save. ${o.describeSaved(current)}`,
    );
    announce(`${noun[0]!.toUpperCase()}${noun.slice(1)} saved.`);
  };

  const saveOn = async (base: R, values: TOut, sent: TIn) => {
    const opened = form.formState.defaultValues as TIn;
    const result = await o.save.mutateAsync(o.toSaveBody(base, values, dirtyFields, opened));
    const stored = o.toValues(result);
    const later = showStoredKeepingLaterEdits(form, sent, stored, !isNew);
    clearHistory();
    const message = later
      ? `${o.describeSaved(result)} ${laterEditsKept}`
      : o.describeSaved(result);
    if (isNew) {
      const to = o.addressOf(result);
      if (later) draft.handOver(to, stored, later);
      leave({ to, message });
    } else setSaved(message);
    o.onSaved?.();
    announce(`${noun[0]!.toUpperCase()}${noun.slice(1)} saved.`);
  };

  /** `anyway`: over someone else's save (an existing record), or as another one (a new one). */
  const submit = (anyway: boolean) =>
    form.handleSubmit(async (values) => {
      setError(null);
      setFailed('save');
      setSaved(null);
      conflict.clear();
      const sent = structuredClone(form.getValues());
      let createSent = false;
      /** The create or update was sent (not only the check before it). */
      let written = false;
      setChecking(true);
      try {
        let base = loaded;
        if (isNew) {
          if (!(await created.beforeCreate(sent, anyway))) {
            announce(`Not saved: this ${noun} seems to be saved already.`);
            return;
          }
          createSent = true;
        } else {
          const earlier = pendingSave.sent();
          const mine = earlier ? [sent, earlier] : [sent];
          const current = await conflict.latest(anyway ? conflict.conflict : null, mine);
          if (!current) {
            announce(`Not saved: someone else saved this ${noun} since you opened it.`);
            return;
          }
          const opened = form.formState.defaultValues;
          const stored = o.toValues(current);
          if (!sameStored(stored, opened) && sameStored(stored, sent)) {
            adoptOwnSave(current, earlier !== null);
            return;
          }
          base = current;
          pendingSave.begin(sent);
        }
        setChecking(false);
        written = true;
        await saveOn(base, values, sent);
        if (isNew) created.settled();
        else pendingSave.settled();
      } catch (e) {
        if (createSent) {
          if (createMayHaveBeenStored(e)) created.unsure();
          else created.settled();
        }
        // A save refused outright is not pending; one whose answer was lost may have landed.
        if (written && !isNew && !createMayHaveBeenStored(e)) pendingSave.settled();
        setError(
          saveFailureMessage(e, noun, isNew, written) ??
            applyServerError(e, form.setError, o.formFields(form.getValues())),
        );
        if (isApiError(e) && e.isUnauthorized) setExpiredAt(sessionRenewals());
      } finally {
        setChecking(false);
      }
    }, o.onInvalid);

  /** Goes to the record an earlier Save created, with what was changed since that Save. */
  const openFound = () => {
    const found = created.found;
    if (!found) return;
    const to = o.addressOf(found);
    const stored = o.toValues(found);
    const now = form.getValues();
    const later = created.pendingSent
      ? keepEditsMadeDuringSave(created.pendingSent, now, stored)
      : { values: now, edited: Object.keys(now) };
    if (later.edited.length > 0) draft.handOver(to, stored, later.values);
    created.settled();
    form.reset(now);
    leave({ to });
  };

  /** A delete of this page whose answer was lost may have gone through (a later 404 is its doing). */
  const deleteMayHaveGoneThrough = useRef(false);
  const onDelete = async () => {
    setError(null);
    setFailed('delete');
    try {
      const result = await o.remove.mutateAsync(loaded);
      // The page goes away; say on the next one what happened.
      toast(
        result === 'deleted'
          ? { ...o.deletedToast(loaded), tone: 'success' }
          : alreadyGoneToast(noun, deleteMayHaveGoneThrough.current),
      );
      form.reset(form.getValues());
      leave({ to: o.afterDelete, focusMain: true });
    } catch (e) {
      const unsure = deleteUnsureMessage(e, noun);
      if (unsure) {
        deleteMayHaveGoneThrough.current = true;
        setFailed('deleteUnsure');
        setError(unsure);
      } else if (e instanceof DeleteAnsweredNotFoundButStillThere) setError(e.message);
      else setError(applyServerError(e, form.setError, []));
    }
  };

  return {
    onSubmit: submit(false),
    /** Saves over someone else's save, or creates another record beside the one found. */
    saveAnyway: () => void submit(true)(),
    onDelete,
    conflict,
    created: {
      ...created,
      name: created.found ? o.foundName(created.found) : '',
      open: openFound,
    },
    saving: o.save.isPending || checking,
    /** A save of this existing record was under way when the page went: it may have landed. */
    saveMayBeStored: pendingSave.mayBeStored,
    deleting: o.remove.isPending,
    error:
      expiredAt === null ? error : sessionExpiredMessage(noun, renewedSince(expiredAt, renewals)),
    setError,
    failed,
    setFailed,
    saved,
  };
}
