import { groupSettingChange } from './historyFields.ts';

interface Change {
  readonly FieldIdentifier?: string | null;
}

/**
 * A revision's changes the user may see: not those of a group setting whose field the role may
 * not see (FieldRight None, contract §2.4; say a PeriodType changed from Month to Quarter), which
 * a tenant may list all the same. `isHidden` is asked the group's field ("PeriodType").
 */
export function shownHistoryChanges<C extends Change>(
  changes: readonly C[] | null | undefined,
  isHidden: (field: string) => boolean,
): C[] {
  return (changes ?? []).filter(
    (c) => !(groupSettingChange(c.FieldIdentifier) && isHidden(c.FieldIdentifier ?? '')),
  );
}
