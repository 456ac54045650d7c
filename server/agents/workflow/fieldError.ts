import { badRequest } from '../../http/errors.ts';
import { fieldLabel } from './fieldLabel.ts';

/**
 * The field a path names, said as the user finds it in the editor: "Restriction group 2: Name",
 * "Name" at the top level, and "Step 3" for a whole list item ("Steps.2").
 */
export function fieldSubject(path: string): string {
  const item = /^(.*[^.])\.(\d+)\.?$/.exec(path);
  if (item) return fieldLabel(`${item[1]}.${item[2]}.item`).where ?? path;
  const { where, field } = fieldLabel(path);
  return where ? `${where}: ${field}` : field;
}

/**
 * A 400 about the field at `path`, as one sentence the editor can show on that field or in its
 * banner ("Restriction group 2: Name is longer than 200 characters."). ErrorField stays the path,
 * so the app still finds the field.
 */
export function fieldError(path: string, says: string) {
  return badRequest(`${fieldSubject(path)} ${says}.`, path);
}
