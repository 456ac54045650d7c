import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * An editor opens on the cached carrier while a stale cache is refetched (e.g. after a sibling
 * option was saved and the server renumbered the ranks). When a fresh copy arrives and nothing
 * has been edited yet, the form shows it rather than the old values it started with.
 */
export function useAdoptFreshLoad<TIn extends FieldValues, TOut, C>(
  form: UseFormReturn<TIn, unknown, TOut>,
  loaded: C,
  toValues: (loaded: C) => TIn,
) {
  const shown = useRef(loaded);
  useEffect(() => {
    if (shown.current === loaded) return;
    shown.current = loaded;
    if (!form.formState.isDirty) form.reset(toValues(loaded));
    // Only a new loaded carrier counts; toValues is a plain function of it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);
}
