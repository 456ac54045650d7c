import { can } from '../../auth/users.ts';
import type { AgentCall } from '../../http/agent.ts';
import { forbidden } from '../../http/errors.ts';
import { FieldTypes, type FieldPropertiesJson } from '../../rights/carrierRights.ts';

/** Maximum lengths of text fields (FieldLength in FieldProperties, enforced on Save). */
export const lengths = {
  name: 254,
  key: 40,
  description: 2000,
  attributes: 4000,
  operator: 40,
} as const;

type FieldKind = keyof typeof FieldTypes | 'enum';

/**
 * FieldLength of a field that is not text: the size it is stored in, as a real tenant gives it
 * (the contract's PHP sample, §2.1: Int32 4, DateTime 16, Boolean 2). Enums are stored as
 * numbers (WorkflowGoalType and WorkflowStepType are shorts, contract §5) though they travel as
 * names, so a client must not take their FieldLength for a number of characters.
 */
const storageSizes: Partial<Record<FieldKind, number>> = {
  int: 4,
  short: 2,
  double: 8,
  bool: 2,
  date: 16,
  enum: 2,
};
interface FieldSpec {
  kind: FieldKind;
  length?: number;
  mandatory?: boolean;
  /** Never editable (ids); shown read-only with this reason. */
  system?: boolean;
  /** Read-only for this record (e.g. Key once saved), with this reason id. */
  readOnlyReason?: string;
}

export const canEditWorkflow = (call: Pick<AgentCall, 'user'>) => can(call.user, 'workflow.edit');

/** TableRight: admin FULL; planner and viewer may only look. */
export function tableRight(call: AgentCall) {
  return canEditWorkflow(call)
    ? call.rights.table('FULL')
    : call.rights.table('Select', 'SR_READONLY_ROLE');
}

/** FieldProperties for the fields given, computed for the caller. */
export function fieldProperties(
  call: AgentCall,
  fields: Record<string, FieldSpec>,
): FieldPropertiesJson {
  const edit = canEditWorkflow(call);
  const out: FieldPropertiesJson = {};
  for (const [name, f] of Object.entries(fields)) {
    const type = f.kind === 'enum' ? FieldTypes.short : FieldTypes[f.kind];
    const length = f.length ?? storageSizes[f.kind] ?? -1;
    if (f.system) out[name] = call.rights.field(type, 'Read', 'SR_SYSTEM_FIELD', length);
    else if (!edit) out[name] = call.rights.field(type, 'Read', 'SR_READONLY_ROLE', length);
    else if (f.readOnlyReason)
      out[name] = call.rights.field(type, 'Read, UIHintReadOnly', f.readOnlyReason, length);
    else if (f.mandatory)
      out[name] = call.rights.field(type, 'Update, UIHintMandatory', 'SR_MANDATORY_FIELD', length);
    else out[name] = call.rights.field(type, 'Update', '', length);
  }
  return out;
}

/** The server's own check: only users with the workflow right may change anything. */
export function requireEdit(call: AgentCall, what: string): void {
  if (!canEditWorkflow(call))
    throw forbidden(`Your role may view but not change ${what} (right 'workflow.edit' missing)`);
}
