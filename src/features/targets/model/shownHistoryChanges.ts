import { groupSettingChange } from './historyFields.ts';

interface Change {
  readonly FieldIdentifier?: string | null;
}

/** Which of the row's own fields the user may not see on it (HiddenFields). */
export interface RowFieldsHidden {
  readonly values: boolean;
  readonly locked: boolean;
}

const NOTHING_HIDDEN: RowFieldsHidden = { values: false, locked: false };

/**
 * A revision's changes the user may see: not those of a group setting whose field the role may
 * not see (FieldRight None, contract §2.4; say a PeriodType changed from Month to Quarter), which
 * a tenant may list all the same, nor the row's figures ("Values[3]") or lock ("Locked") where
 * the row's own field rights hide them (`row`). `isHidden` is asked the group's field
 * ("PeriodType").
 */
export function shownHistoryChanges<C extends Change>(
  changes: readonly C[] | null | undefined,
  isHidden: (field: string) => boolean,
  row: RowFieldsHidden = NOTHING_HIDDEN,
): C[] {
  return (changes ?? []).filter((c) => {
    if (groupSettingChange(c.FieldIdentifier)) return !isHidden(c.FieldIdentifier ?? '');
    return /lock/i.test(c.FieldIdentifier ?? '') ? !row.locked : !row.values;
  });
}
