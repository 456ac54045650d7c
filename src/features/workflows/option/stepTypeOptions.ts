import { enumPickerOptions } from '../../../api/mdo/enumPickerOptions.ts';
import type { MdoListItem } from '../../../api/mdo/schemas.ts';
import { stepTypeByListId } from '../../../api/workflow/enumListIds.ts';
import { stepTypeLabels } from '../logic/stepText.ts';

/** Step type's choices, by enum name: the tenant's list, or the standard types; never None. */
export const stepTypeOptions = (items: readonly MdoListItem[] | undefined) =>
  enumPickerOptions(items, { byListId: stepTypeByListId, labels: stepTypeLabels });
