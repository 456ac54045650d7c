import type { RestrictableField, WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { countOf, durationText } from './countText.ts';

/** UI texts of the step types (contract §5), used when the MDO list is not loaded yet. */
export const stepTypeLabels: Readonly<Record<string, string>> = {
  None: 'Step',
  SendEmail: 'Send e-mail',
  SendSMS: 'Send SMS',
  WaitForTime: 'Wait time',
  WaitForAction: 'Wait for action',
  Split: 'Split',
  UpdateParticipant: 'Update contact',
  AddToList: 'Add to selection/project',
  RemoveFromList: 'Remove from selection/project',
  CreateRequest: 'Create request',
  CreateFollowUp: 'Create follow-up',
  CreateSale: 'Create sale',
  NotifyByEmail: 'Notify by e-mail',
  NotifyBySMS: 'Notify by SMS',
  RunScript: 'Run script',
  DistributeToOwner: 'Distribute to owner',
};

export const stepTypeLabel = (type: string) => stepTypeLabels[type] ?? type;

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/**
 * "Category = Prospect": the field an Update contact step sets, by its name in `fields` (the
 * restrictable fields) rather than its programmatic one, a list value by its item's name, and
 * a yes/no field's 1 or 0 as yes or no (as the goal summaries do).
 */
function fieldUpdateText(s: Record<string, unknown>, fields: readonly RestrictableField[]) {
  const field = fields.find((f) => f.Name === s.FieldName);
  const value = String(s.FieldValue ?? '');
  const item = field?.ListItems.find((i) => i.Id === value);
  const yesNo = field?.Type === 'bool' && (value === '1' || value === '0');
  const shown = yesNo ? (value === '1' ? 'yes' : 'no') : (item?.Name ?? value);
  return `${field?.DisplayName || String(s.FieldName)} = ${shown}`;
}

/**
 * One line about what a step does, from its subtype properties ('' when there is nothing).
 * `fields` (the restrictable fields, when loaded) name the field an Update contact step sets.
 */
export function stepDetail(
  step: WorkflowStepBase,
  fields: readonly RestrictableField[] = [],
): string {
  const s = step as Record<string, unknown>;
  switch (step.StepType) {
    case 'SendEmail':
    case 'NotifyByEmail':
      return str(s.Subject) ? `“${s.Subject}”` : '';
    case 'SendSMS':
    case 'NotifyBySMS':
      return str(s.Message) ? `“${s.Message}”` : '';
    case 'WaitForTime':
      return typeof s.Delay === 'number'
        ? durationText(s.Delay, String(s.DelayUnit ?? 'Days'))
        : '';
    case 'WaitForAction':
      return typeof s.TimeoutDays === 'number' ? `up to ${countOf(s.TimeoutDays, 'day')}` : '';
    case 'Split': {
      const n = step.Options?.length ?? 0;
      return `${str(s.SplitName) ?? 'Unnamed split'} · ${countOf(n, 'path')}`;
    }
    case 'AddToList':
    case 'RemoveFromList':
      return str(s.ListName) ?? '';
    case 'CreateRequest':
    case 'CreateFollowUp':
    case 'CreateSale':
      return str(s.Title) ?? '';
    case 'UpdateParticipant':
      return str(s.FieldName) ? fieldUpdateText(s, fields) : '';
    case 'RunScript':
      return str(s.ScriptName) ?? '';
    default:
      return '';
  }
}

/** "Send e-mail: “Welcome”" — the label used in lists, announcements and the diagram. */
export function stepTitle(step: WorkflowStepBase): string {
  const detail = stepDetail(step);
  return detail ? `${stepTypeLabel(step.StepType)}: ${detail}` : stepTypeLabel(step.StepType);
}
