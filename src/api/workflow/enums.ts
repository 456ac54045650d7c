/** Workflow enum names and numbers (contract §5). Names travel in JSON; numbers come from MDO lists. */
export const stepTypeNames = [
  'None',
  'SendEmail',
  'SendSMS',
  'WaitForTime',
  'WaitForAction',
  'Split',
  'UpdateParticipant',
  'AddToList',
  'RemoveFromList',
  'CreateRequest',
  'CreateFollowUp',
  'CreateSale',
  'NotifyByEmail',
  'NotifyBySMS',
  'RunScript',
  'DistributeToOwner',
] as const;
export type StepTypeName = (typeof stepTypeNames)[number];

export const goalTypeNames = [
  'None',
  'PersonUpdated',
  'SaleCreatedOnPerson',
  'SaleCreatedOnCompany',
  'AppointmentCreated',
  'AddedToProject',
  'AddedToSelection',
  'FormSubmitted',
  'HadChat',
  'LinkClicked',
  'RequestCreated',
] as const;

/**
 * Names by position, for an OptionType sent as a number (not verified, contract §12; a tenant
 * sends names). The MDO list's own Ids are another numbering: see enumListIds.
 */
export const splitOptionTypeNames = [
  'None',
  'FormData',
  'FormSubmission',
  'LinkClicked',
  'PersonData',
  'ProjectMembership',
  'SelectionMembership',
] as const;

export const eventTypeNumbers: Record<number, string> = {
  0: 'None',
  1: 'Run',
  1001: 'PersonCreated',
  1002: 'PersonUpdated',
  1003: 'AddedToProject',
  1004: 'CreatedRequest',
  1005: 'LinkClicked',
  1006: 'AddedToSelection',
  1007: 'FormSubmitted',
  1008: 'AddedMessage',
  1009: 'StartedChat',
  1010: 'OrderPlaced',
  1011: 'SaleCreated',
  1012: 'SaleSold',
  1013: 'SaleLost',
};
export const eventTypeNames = Object.values(eventTypeNumbers);

export const interOperatorNames = ['None', 'And', 'Or'] as const;
export type InterOperator = (typeof interOperatorNames)[number];

export const flowStatusNames = ['None', 'Paused', 'Running', 'Stopped'] as const;
