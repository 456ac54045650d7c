/**
 * Subtype properties per step type (WorkflowStepBase is polymorphic, contract §4). The sandbox
 * stores them as they come, so any property a real tenant sends survives; these are only the
 * defaults CreateDefaultWorkflowStepFromType fills in.
 */
export const stepDefaults: Readonly<Record<string, Record<string, unknown>>> = {
  None: {},
  SendEmail: { Subject: '', ShipmentId: 0 },
  SendSMS: { Message: '' },
  WaitForTime: { Delay: 1, DelayUnit: 'Days' },
  WaitForAction: { ActionType: 'LinkClicked', TimeoutDays: 7 },
  Split: { SplitName: '', SplitOptionType: 'None', ShipmentId: 0, ExitFlow: false },
  UpdateParticipant: { FieldName: '', FieldValue: '' },
  AddToList: { ListName: '' },
  RemoveFromList: { ListName: '' },
  CreateRequest: { Title: '' },
  CreateFollowUp: { Title: '', DueInDays: 1 },
  CreateSale: { Title: '', Amount: 0 },
  NotifyByEmail: { Recipient: 'Owner', Subject: '' },
  NotifyBySMS: { Recipient: 'Owner', Message: '' },
  RunScript: { ScriptName: '' },
  DistributeToOwner: {},
};
