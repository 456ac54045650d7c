import type { MdoListItem } from '../../../api/mdo/schemas.ts';
import { goalTypeLabels } from '../logic/goalText.ts';

/** Goal type's choices: the tenant's list, or the standard types when it is not there; never None. */
export const goalTypeOptions = (items: readonly MdoListItem[] | undefined) =>
  (
    items?.map((i) => ({ value: i.ExtraInfo || String(i.Id), label: i.Name })) ??
    Object.entries(goalTypeLabels).map(([value, label]) => ({ value, label }))
  ).filter((o) => o.value !== 'None');
