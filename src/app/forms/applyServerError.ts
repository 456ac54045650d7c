import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../api/http/ApiError.ts';

/**
 * Puts a failed save where the user looks: a 400 that names a field the form has goes on that
 * field; anything else is returned as a sentence for the form's banner.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  formFields: readonly string[],
): string | null {
  if (isApiError(error) && error.field) {
    const match = formFields.find((f) => f.toLowerCase() === error.field!.toLowerCase());
    if (match) {
      setError(match as Path<T>, { type: 'server', message: error.message }, { shouldFocus: true });
      return null;
    }
  }
  if (isApiError(error)) return error.userMessage;
  return error instanceof Error ? error.message : 'Saving failed.';
}
