import type { EnumNamesByListId } from '../workflow/enumListIds.ts';
import type { MdoListItem } from './schemas.ts';

export interface EnumPickerOption {
  /** The enum name, as the API takes it (contract §1.4). */
  value: string;
  label: string;
}

export interface EnumPickerSource {
  /** The enum name of each list item, by its Id (real lists leave ExtraInfo empty). */
  byListId: EnumNamesByListId;
  /**
   * Built-in texts by enum name: the choices while the list is not there, and the text of a kept
   * value the list does not have.
   */
  labels: Readonly<Record<string, string>>;
}

const NONE = 'None';

/**
 * A picker's choices for an enum: the tenant's list items, each by the name its Id stands for
 * (an item whose Id names nothing is left out, so a number is never sent as a name), or the
 * built-in ones when there is no list. Never None. Each of `keep` (the stored value, the form's
 * value) is added when missing, by its text, so a stored value always shows as selected.
 */
export function enumPickerOptions(
  items: readonly MdoListItem[] | undefined,
  { byListId, labels }: EnumPickerSource,
  keep: readonly (string | null | undefined)[] = [],
): EnumPickerOption[] {
  const options: EnumPickerOption[] = [];
  const add = (value: string, label: string) => {
    if (value === NONE || options.some((o) => o.value === value)) return;
    options.push({ value, label });
  };
  const textOf = (value: string) => labels[value] ?? value;
  if (items) {
    for (const item of items) {
      const name = byListId[item.Id];
      if (name) add(name, item.Name || textOf(name));
    }
  } else for (const [value, label] of Object.entries(labels)) add(value, label);
  for (const value of keep) if (value) add(value, textOf(value));
  return options;
}
