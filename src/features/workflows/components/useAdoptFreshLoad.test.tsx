import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { useAdoptFreshLoad } from './useAdoptFreshLoad.ts';
import { useUndoHistory } from './useUndoHistory.ts';

interface Loaded {
  steps: string[];
}
interface Values {
  steps: string[];
}
const toValues = (loaded: Loaded): Values => ({ steps: [...loaded.steps] });

/** The editors' wiring: a form, its undo history, and adopting fresh loads. */
function useEditor(loaded: Loaded) {
  const form = useForm<Values>({ defaultValues: toValues(loaded) });
  // Read while rendering, as the editors do, so the form keeps isDirty up to date.
  void form.formState.isDirty;
  const history = useUndoHistory<string[]>((steps) => form.setValue('steps', steps));
  useAdoptFreshLoad(form, loaded, toValues, history.clear);
  return { form, history };
}

describe('useAdoptFreshLoad', () => {
  it('drops the undo history when a fresh load replaces unedited values', () => {
    const first = { steps: ['Send email', 'Send SMS'] };
    const hook = renderHook(({ loaded }) => useEditor(loaded), { initialProps: { loaded: first } });
    // A move made and moved back: undo entries, but nothing unsaved.
    act(() => hook.result.current.history.remember('moved Send SMS', ['Send email', 'Send SMS']));
    expect(hook.result.current.history.lastLabel).toBe('moved Send SMS');

    const fresh = { steps: ['Send SMS', 'Wait', 'Send email'] };
    hook.rerender({ loaded: fresh });

    expect(hook.result.current.form.getValues('steps')).toEqual(fresh.steps);
    expect(hook.result.current.history.lastLabel).toBeUndefined();
    // Ctrl+Z / Undo has nothing old to put onto the new steps.
    act(() => {
      expect(hook.result.current.history.undo()).toBeNull();
    });
    expect(hook.result.current.form.getValues('steps')).toEqual(fresh.steps);
  });

  it('keeps unsaved edits and their undo history when a fresh load arrives', () => {
    const first = { steps: ['Send email', 'Send SMS'] };
    const hook = renderHook(({ loaded }) => useEditor(loaded), { initialProps: { loaded: first } });
    act(() => {
      hook.result.current.history.remember('removed Send SMS', ['Send email', 'Send SMS']);
      hook.result.current.form.setValue('steps', ['Send email'], { shouldDirty: true });
    });
    expect(hook.result.current.form.formState.isDirty).toBe(true);

    hook.rerender({ loaded: { steps: ['Send SMS', 'Wait'] } });

    expect(hook.result.current.form.getValues('steps')).toEqual(['Send email']);
    expect(hook.result.current.history.lastLabel).toBe('removed Send SMS');
  });
});
