import { useRef, useState, type BaseSyntheticEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import {
  dropPathsNote,
  dropPathsQuestion,
  droppedSplitPaths,
  type DroppedPaths,
} from './droppedSplitPaths.ts';
import type { OptionFormInput, OptionFormValues } from './optionForm.ts';

type Submit = (e?: BaseSyntheticEvent) => Promise<void>;

/**
 * Save of an option whose steps no longer hold a split they held when opened: the server deletes
 * that split's paths with their steps, so the Save asks first (naming them), and the note after
 * the save says what went. A removal stays undoable until then.
 *
 * The form's own checks come before the question: a form that cannot be saved is not worth
 * confirming. The note is set only once the server has stored the save (`onSaved`), so a save that
 * fails adds nothing to the note of an earlier one.
 */
export function useDroppedPathsCheck(
  form: UseFormReturn<OptionFormInput, unknown, OptionFormValues>,
  isNew: boolean,
) {
  const [asking, setAsking] = useState<DroppedPaths | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** What the confirmed save deletes, told once it is stored. */
  const deleting = useRef<string | null>(null);
  const dropped = () =>
    isNew
      ? null
      : droppedSplitPaths(
          (form.formState.defaultValues?.Steps ?? []) as WorkflowStepBase[],
          form.getValues('Steps') as WorkflowStepBase[],
        );

  /** The form's submit: a save that drops a split asks first, once the form passes its checks. */
  const onSubmit =
    (submit: Submit) =>
    (e?: BaseSyntheticEvent): Promise<void> => {
      const d = dropped();
      if (d) return form.handleSubmit(() => setAsking(d))(e);
      deleting.current = null;
      setNote(null);
      return submit(e);
    };

  const confirm = async (submit: Submit) => {
    const d = dropped();
    deleting.current = d ? dropPathsNote(d) : null;
    setNote(null);
    await submit();
  };

  return {
    onSubmit,
    /** The question while it is asked, else null. */
    question: asking ? dropPathsQuestion(asking) : null,
    cancel: () => setAsking(null),
    confirm,
    /** The save was stored: its note now says what it deleted. */
    onSaved: () => {
      setNote(deleting.current);
      deleting.current = null;
    },
    /** The saved note with what the last confirmed save deleted. */
    savedNote: (saved: string | null) => (saved && note ? `${saved} ${note}` : saved),
  };
}
