import { enumPickerOptions } from '../../../api/mdo/enumPickerOptions.ts';
import type { MdoListItem } from '../../../api/mdo/schemas.ts';
import { goalTypeByListId } from '../../../api/workflow/enumListIds.ts';
import { goalTypeLabels } from '../logic/goalText.ts';

/**
 * Goal type's choices, by enum name: the tenant's list, or the standard types when it is not
 * there; never None. `keep` (the stored and the form's type) always shows, listed or not.
 */
export const goalTypeOptions = (
  items: readonly MdoListItem[] | undefined,
  keep: readonly (string | null | undefined)[] = [],
) => enumPickerOptions(items, { byListId: goalTypeByListId, labels: goalTypeLabels }, keep);
