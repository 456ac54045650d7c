import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { sameStored } from '../../../app/forms/sameStored.ts';

export interface SaveConflictOptions<TIn extends FieldValues, C> {
  form: UseFormReturn<TIn, unknown, unknown>;
  toValues: (record: C) => TIn;
  /** Reads the record from the server, past any cache. */
  fetchCurrent: () => Promise<C>;
  /** The record read again becomes the one the editor is on (its cached copy). */
  adopt: (record: C) => void;
  /** What the user changed, in words, from the values the editor opened on. */
  describeChanges: (opened: TIn, mine: TIn) => string[];
  /** After Reload: e.g. the undo history goes (it describes the values left behind). */
  onReloaded?: () => void;
}

/**
 * The Save of an existing record never writes over someone else's save unseen (the agent has no
 * version check): just before writing, the record is read again and compared, field by field,
 * with what this editor opened on (the form's defaults) or, after "Save mine anyway", with the
 * version the user was shown. When it differs, `conflict` holds the version read and nothing is
 * written; the user's edits stay. `reload` then shows that version and lists what the user had
 * changed (`dropped`), so they can make it again.
 */
export function useSaveConflict<TIn extends FieldValues, C>({
  form,
  toValues,
  fetchCurrent,
  adopt,
  describeChanges,
  onReloaded,
}: SaveConflictOptions<TIn, C>) {
  const [conflict, setConflict] = useState<C | null>(null);
  const [dropped, setDropped] = useState<string[] | null>(null);

  /**
   * The record as it is now, to save on top of, or null when someone else saved it since
   * `expected` (by default: since the editor opened on it), which `conflict` then holds. A record
   * stored with one of `mine` (what this user is saving, or sent in a save whose answer was lost)
   * is the user's own save, not someone else's.
   */
  const latest = async (
    expected: C | null = null,
    mine: readonly TIn[] = [],
  ): Promise<C | null> => {
    const current = await fetchCurrent();
    const stored = toValues(current);
    const base = expected ? toValues(expected) : form.formState.defaultValues;
    if (sameStored(stored, base) || mine.some((values) => sameStored(stored, values))) {
      setConflict(null);
      return current;
    }
    setConflict(current);
    return null;
  };

  const reload = () => {
    if (!conflict) return;
    const opened = form.formState.defaultValues as TIn;
    const changes = describeChanges(opened, form.getValues());
    adopt(conflict);
    form.reset(toValues(conflict));
    setConflict(null);
    setDropped(changes);
    onReloaded?.();
  };

  return {
    latest,
    conflict,
    /** The other version as form values, while `conflict` holds it. */
    theirs: conflict ? toValues(conflict) : null,
    /** What the user had changed before Reload put the other version in its place. */
    dropped,
    reload,
    /** A new save or outcome: the notices about the last one go. */
    clear: () => {
      setConflict(null);
      setDropped(null);
    },
  };
}
