import type { MdoListItem } from '../../api/mdo/schemas.ts';

/**
 * UI texts of WorkflowEventType (MDO workfloweventtype), used when that list cannot be loaded:
 * the console must still offer the event types rather than an empty picker.
 */
export const eventTypeLabels: Readonly<Record<string, string>> = {
  Run: 'Run',
  PersonCreated: 'Contact created',
  PersonUpdated: 'Contact updated',
  AddedToProject: 'Added to project',
  CreatedRequest: 'Request created',
  LinkClicked: 'Link clicked',
  AddedToSelection: 'Added to selection',
  FormSubmitted: 'Form submitted',
  AddedMessage: 'Message added',
  StartedChat: 'Chat started',
  OrderPlaced: 'Order placed',
  SaleCreated: 'Sale created',
  SaleSold: 'Sale sold',
  SaleLost: 'Sale lost',
};

/** The event type picker's options: the tenant's list once loaded, else the built-in one. */
export function eventTypeOptions(
  list: readonly MdoListItem[] | undefined,
): { value: string; label: string }[] {
  return list
    ? list.map((i) => ({ value: i.ExtraInfo || String(i.Id), label: i.Name }))
    : Object.entries(eventTypeLabels).map(([value, label]) => ({ value, label }));
}
