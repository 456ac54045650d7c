/**
 * Workflow enums (contract §5): names travel in JSON; the numbers and UI texts feed the MDO lists.
 */
export interface EnumEntry {
  id: number;
  name: string;
  text: string;
}

export const stepTypes: readonly EnumEntry[] = [
  { id: 0, name: 'None', text: 'None' },
  { id: 1, name: 'SendEmail', text: 'Send e-mail' },
  { id: 2, name: 'SendSMS', text: 'Send SMS' },
  { id: 3, name: 'WaitForTime', text: 'Wait time' },
  { id: 4, name: 'WaitForAction', text: 'Wait for action' },
  { id: 5, name: 'Split', text: 'Split' },
  { id: 6, name: 'UpdateParticipant', text: 'Update contact' },
  { id: 7, name: 'AddToList', text: 'Add to selection/project' },
  { id: 8, name: 'RemoveFromList', text: 'Remove from selection/project' },
  { id: 9, name: 'CreateRequest', text: 'Create request' },
  { id: 10, name: 'CreateFollowUp', text: 'Create follow-up' },
  { id: 11, name: 'CreateSale', text: 'Create sale' },
  { id: 12, name: 'NotifyByEmail', text: 'Notify by e-mail' },
  { id: 13, name: 'NotifyBySMS', text: 'Notify by SMS' },
  { id: 14, name: 'RunScript', text: 'Run script' },
  { id: 15, name: 'DistributeToOwner', text: 'Distribute to owner' },
];

export const goalTypes: readonly EnumEntry[] = [
  { id: 0, name: 'None', text: 'None' },
  { id: 1, name: 'PersonUpdated', text: 'Contact updated' },
  { id: 2, name: 'SaleCreatedOnPerson', text: 'Sale created on contact' },
  { id: 3, name: 'SaleCreatedOnCompany', text: 'Sale created on company' },
  { id: 4, name: 'AppointmentCreated', text: 'Follow-up created' },
  { id: 5, name: 'AddedToProject', text: 'Added to project' },
  { id: 6, name: 'AddedToSelection', text: 'Added to selection' },
  { id: 7, name: 'FormSubmitted', text: 'Form submitted' },
  { id: 8, name: 'HadChat', text: 'Had chat' },
  { id: 9, name: 'LinkClicked', text: 'Link clicked' },
  { id: 10, name: 'RequestCreated', text: 'Request created' },
];

/** Numbers are not verified against NetServer (contract §12); the names are. */
export const splitOptionTypes: readonly EnumEntry[] = [
  { id: 0, name: 'None', text: 'None' },
  { id: 1, name: 'FormData', text: 'Form data' },
  { id: 2, name: 'FormSubmission', text: 'Form submission' },
  { id: 3, name: 'LinkClicked', text: 'Link clicked' },
  { id: 4, name: 'PersonData', text: 'Contact data' },
  { id: 5, name: 'ProjectMembership', text: 'Project membership' },
  { id: 6, name: 'SelectionMembership', text: 'Selection membership' },
];

export const eventTypes: readonly EnumEntry[] = [
  { id: 0, name: 'None', text: 'None' },
  { id: 1, name: 'Run', text: 'Run' },
  { id: 1001, name: 'PersonCreated', text: 'Contact created' },
  { id: 1002, name: 'PersonUpdated', text: 'Contact updated' },
  { id: 1003, name: 'AddedToProject', text: 'Added to project' },
  { id: 1004, name: 'CreatedRequest', text: 'Request created' },
  { id: 1005, name: 'LinkClicked', text: 'Link clicked' },
  { id: 1006, name: 'AddedToSelection', text: 'Added to selection' },
  { id: 1007, name: 'FormSubmitted', text: 'Form submitted' },
  { id: 1008, name: 'AddedMessage', text: 'Message added' },
  { id: 1009, name: 'StartedChat', text: 'Chat started' },
  { id: 1010, name: 'OrderPlaced', text: 'Order placed' },
  { id: 1011, name: 'SaleCreated', text: 'Sale created' },
  { id: 1012, name: 'SaleSold', text: 'Sale sold' },
  { id: 1013, name: 'SaleLost', text: 'Sale lost' },
];

export const flowStatuses = ['None', 'Paused', 'Running', 'Stopped'] as const;
export const interOperators = ['None', 'And', 'Or'] as const;

/** Which goal type an event can reach (used by SendEvent to report reached goals). */
export const goalTypeForEvent: Readonly<Record<string, string>> = {
  PersonUpdated: 'PersonUpdated',
  AddedToProject: 'AddedToProject',
  CreatedRequest: 'RequestCreated',
  LinkClicked: 'LinkClicked',
  AddedToSelection: 'AddedToSelection',
  FormSubmitted: 'FormSubmitted',
  StartedChat: 'HadChat',
  SaleCreated: 'SaleCreatedOnPerson',
};

/** The canonical name for `value` (a known name in any case, or a known number), else undefined. */
export function enumNameOf(entries: readonly EnumEntry[], value: unknown): string | undefined {
  if (typeof value === 'number') return entries.find((e) => e.id === value)?.name;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === v)?.name;
}
