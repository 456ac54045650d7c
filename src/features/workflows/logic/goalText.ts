/** UI texts of WorkflowGoalType (contract §5, MDO workflowgoaltype). */
export const goalTypeLabels: Readonly<Record<string, string>> = {
  None: 'No goal type',
  PersonUpdated: 'Contact updated',
  SaleCreatedOnPerson: 'Sale created on contact',
  SaleCreatedOnCompany: 'Sale created on company',
  AppointmentCreated: 'Follow-up created',
  AddedToProject: 'Added to project',
  AddedToSelection: 'Added to selection',
  FormSubmitted: 'Form submitted',
  HadChat: 'Had chat',
  LinkClicked: 'Link clicked',
  RequestCreated: 'Request created',
};

export const goalTypeLabel = (type: string | null | undefined) =>
  goalTypeLabels[type ?? 'None'] ?? type ?? '';

/** UI texts of WorkflowSplitOptionType. */
export const optionTypeLabels: Readonly<Record<string, string>> = {
  None: 'Everyone else',
  FormData: 'Form data',
  FormSubmission: 'Form submission',
  LinkClicked: 'Link clicked',
  PersonData: 'Contact data',
  ProjectMembership: 'Project membership',
  SelectionMembership: 'Selection membership',
};

export const optionTypeLabel = (type: string | null | undefined) =>
  optionTypeLabels[type ?? 'None'] ?? type ?? '';
