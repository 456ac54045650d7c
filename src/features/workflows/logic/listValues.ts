import type { RestrictableField } from '../../../api/workflow/schemas.ts';

type ListItem = RestrictableField['ListItems'][number];

/** A stored list value whose id the field's list no longer has, named as it was loaded. */
export interface UnlistedValue {
  id: string;
  label: string;
}

/**
 * The DisplayValue loaded with `id`, or undefined: only when DisplayValues go one for one with
 * the values (otherwise the position says nothing).
 */
export function loadedDisplayValue(
  values: readonly string[] | null | undefined,
  displayValues: readonly string[] | null | undefined,
  id: string,
): string | undefined {
  if (!values || !displayValues || displayValues.length !== values.length) return undefined;
  const shown = displayValues[values.indexOf(id)];
  return shown && shown.trim() !== '' ? shown : undefined;
}

/**
 * The stored ids the list no longer has (an item removed since the goal was saved). They are
 * still part of the condition, so the editor shows them, by the name the server stored with them.
 */
export function unlistedValues(
  values: readonly string[],
  displayValues: readonly string[] | null | undefined,
  items: readonly ListItem[],
): UnlistedValue[] {
  return values
    .filter((id) => !items.some((i) => i.Id === id))
    .map((id) => ({ id, label: loadedDisplayValue(values, displayValues, id) ?? id }));
}

/**
 * The values after ticking or unticking `id`: listed ids in the list's order, then the unlisted
 * ones as they were (ticking another box must not drop them; unticking one removes only it).
 */
export function toggledListValues(
  values: readonly string[],
  items: readonly ListItem[],
  id: string,
  checked: boolean,
): string[] {
  if (!checked) return values.filter((v) => v !== id);
  const listed = items.map((i) => i.Id).filter((x) => x === id || values.includes(x));
  const unlisted = values.filter((v) => !items.some((i) => i.Id === v));
  return [...listed, ...unlisted];
}
