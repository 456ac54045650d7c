import { useMdoList } from '../../api/mdo/useMdoList.ts';
import { eventTypeOptions } from './eventTypeText.ts';

/**
 * The list text of an event type ("Person updated") for its enum name ("PersonUpdated"), as the
 * form's picker shows it (the built-in text when the list cannot be loaded); undefined for a name
 * it does not have.
 */
export function useEventTypeLabel(): (value: string | null | undefined) => string | undefined {
  const types = useMdoList('workfloweventtype');
  return (value) =>
    value ? eventTypeOptions(types.data).find((o) => o.value === value)?.label : undefined;
}
