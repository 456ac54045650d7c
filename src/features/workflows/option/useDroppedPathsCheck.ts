import { useState, type BaseSyntheticEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import {
  dropPathsNote,
  dropPathsQuestion,
  droppedSplitPaths,
  type DroppedPaths,
} from './droppedSplitPaths.ts';
import type { OptionFormInput, OptionFormValues } from './optionForm.ts';

/**
 * Save of an option whose steps no longer hold a split they held when opened: the server deletes
 * that split's paths with their steps, so the Save asks first (naming them), and the note after
 * the save says what went. A removal stays undoable until then.
 */
export function useDroppedPathsCheck(
  form: UseFormReturn<OptionFormInput, unknown, OptionFormValues>,
  isNew: boolean,
  submit: (e?: BaseSyntheticEvent) => Promise<void>,
) {
  const [asking, setAsking] = useState<DroppedPaths | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const dropped = () =>
    isNew
      ? null
      : droppedSplitPaths(
          (form.formState.defaultValues?.Steps ?? []) as WorkflowStepBase[],
          form.getValues('Steps') as WorkflowStepBase[],
        );

  const onSubmit = (e?: BaseSyntheticEvent) => {
    const d = dropped();
    if (d) {
      e?.preventDefault();
      setAsking(d);
      return Promise.resolve();
    }
    setNote(null);
    return submit(e);
  };

  const confirm = async () => {
    const d = dropped();
    setNote(d ? dropPathsNote(d) : null);
    await submit();
  };

  return {
    onSubmit,
    /** The question while it is asked, else null. */
    question: asking ? dropPathsQuestion(asking) : null,
    cancel: () => setAsking(null),
    confirm,
    /** The saved note with what the last confirmed save deleted. */
    savedNote: (saved: string | null) => (saved && note ? `${saved} ${note}` : saved),
  };
}
