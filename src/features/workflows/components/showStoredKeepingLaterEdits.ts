import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { keepEditsMadeDuringSave } from '../logic/editsDuringSave.ts';

/** Said after the server's answer when the user changed something while the save was under way. */
export const laterEditsKept = 'What you changed after pressing Save is still here, not saved yet.';

/**
 * After a save: the form shows what the server stored. The edits made since Save was pressed
 * (`sent` is a copy of the form's values then) are returned, as the stored values with those
 * edits on top, or null when there were none; with `keepOnForm` they are also put back on the
 * form, unsaved. A new record's editor goes to the created record's own page instead, so it
 * hands them over there.
 */
export function showStoredKeepingLaterEdits<TIn extends FieldValues, TOut>(
  form: UseFormReturn<TIn, unknown, TOut>,
  sent: TIn,
  stored: TIn,
  keepOnForm: boolean,
): TIn | null {
  const { values, edited } = keepEditsMadeDuringSave(sent, form.getValues(), stored);
  form.reset(stored);
  if (edited.length === 0) return null;
  // A second reset rather than setValue: reset forgets which fields are field arrays until they
  // render again, so setValue would change the steps' values without the list showing them.
  // Keeping the stored values as the defaults makes the later edits the dirty ones.
  if (keepOnForm) form.reset(values, { keepDefaultValues: true });
  return values;
}
