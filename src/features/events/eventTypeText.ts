import { enumPickerOptions } from '../../api/mdo/enumPickerOptions.ts';
import type { MdoListItem } from '../../api/mdo/schemas.ts';
import { eventTypeByListId } from '../../api/workflow/enumListIds.ts';

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

/**
 * The event type picker's options, by enum name: the tenant's list once loaded (its ids named by
 * WorkflowEventType's numbers), else the built-in one. `keep` (the form's type) always shows.
 */
export function eventTypeOptions(
  list: readonly MdoListItem[] | undefined,
  keep: readonly (string | null | undefined)[] = [],
): { value: string; label: string }[] {
  return enumPickerOptions(list, { byListId: eventTypeByListId, labels: eventTypeLabels }, keep);
}
