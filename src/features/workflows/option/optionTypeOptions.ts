import { enumPickerOptions } from '../../../api/mdo/enumPickerOptions.ts';
import type { MdoListItem } from '../../../api/mdo/schemas.ts';
import { splitOptionTypeByListId } from '../../../api/workflow/enumListIds.ts';
import { optionTypeLabels } from '../logic/goalText.ts';

/**
 * Option type's choices, by enum name: "Everyone else" (None, which no list has) first, then the
 * tenant's list or the standard types. `keep` (the stored and the form's type) always shows.
 */
export const optionTypeOptions = (
  items: readonly MdoListItem[] | undefined,
  keep: readonly (string | null | undefined)[] = [],
) => [
  { value: 'None', label: optionTypeLabels.None ?? 'Everyone else' },
  ...enumPickerOptions(
    items,
    { byListId: splitOptionTypeByListId, labels: optionTypeLabels },
    keep,
  ),
];
