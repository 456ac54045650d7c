import { useMdoList } from '../../api/mdo/useMdoList.ts';

/**
 * The list text of an event type ("Person updated") for its enum name ("PersonUpdated"), as the
 * form's picker shows it; undefined while the list loads or for a name it does not have.
 */
export function useEventTypeLabel(): (value: string | null | undefined) => string | undefined {
  const types = useMdoList('workfloweventtype');
  return (value) =>
    value ? types.data?.find((i) => (i.ExtraInfo || String(i.Id)) === value)?.Name : undefined;
}
