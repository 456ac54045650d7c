import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { keepEditsMadeDuringSave } from '../logic/editsDuringSave.ts';

/** Said after the server's answer when the user changed something while the save was under way. */
export const laterEditsKept = 'What you changed after pressing Save is still here, not saved yet.';

/**
 * After a save: the form shows what the server stored, with the edits made since Save was pressed
 * (`sent` is a copy of the form's values then) put back and left unsaved. True when there were any.
 */
export function showStoredKeepingLaterEdits<TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, unknown, TOut>,
  sent: TIn,
  stored: TIn,
): boolean {
  const { values, edited } = keepEditsMadeDuringSave(sent, form.getValues(), stored);
  form.reset(stored);
  // A second reset rather than setValue: reset forgets which fields are field arrays until they
  // render again, so setValue would change the steps' values without the list showing them.
  // Keeping the stored values as the defaults makes the later edits the dirty ones.
  if (edited.length > 0) form.reset(values, { keepDefaultValues: true });
  return edited.length > 0;
}
