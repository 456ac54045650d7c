import { enumPickerOptions } from '../../../api/mdo/enumPickerOptions.ts';
import type { MdoListItem } from '../../../api/mdo/schemas.ts';
import { splitOptionTypeByListId } from '../../../api/workflow/enumListIds.ts';
import { optionTypeLabels } from '../logic/goalText.ts';

/**
 * What a split step splits on (its SplitOptionType), by enum name: None first, as "Not chosen
 * yet" (on a path it means "Everyone else", on a split nothing), then the tenant's list or the
 * standard types. `keep` (the stored type) always shows.
 */
export const splitTypeOptions = (
  items: readonly MdoListItem[] | undefined,
  keep: readonly (string | null | undefined)[] = [],
) => [
  { value: 'None', label: 'Not chosen yet' },
  ...enumPickerOptions(
    items,
    { byListId: splitOptionTypeByListId, labels: optionTypeLabels },
    keep,
  ),
];
