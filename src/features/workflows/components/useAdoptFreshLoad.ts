import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * An editor opens on the cached carrier while a stale cache is refetched (e.g. after a sibling
 * option was saved and the server renumbered the ranks). When a fresh copy arrives and nothing
 * has been edited yet, the form shows it rather than the old values it started with, and
 * `onAdopt` runs: the editor drops its undo history there, whose entries describe the old
 * values (an undo would put back steps or positions the fresh copy no longer has).
 */
export function useAdoptFreshLoad<TIn extends FieldValues, TOut, C>(
  form: UseFormReturn<TIn, unknown, TOut>,
  loaded: C,
  toValues: (loaded: C) => TIn,
  onAdopt?: () => void,
) {
  const shown = useRef(loaded);
  useEffect(() => {
    if (shown.current === loaded) return;
    shown.current = loaded;
    if (form.formState.isDirty) return;
    form.reset(toValues(loaded));
    onAdopt?.();
    // Only a new loaded carrier counts; toValues and onAdopt act on what is current then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);
}
