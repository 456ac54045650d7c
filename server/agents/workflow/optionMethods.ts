import { NO_CONTENT, type AgentCall, type AgentMethod } from '../../http/agent.ts';
import { splitOptionTypes } from './enums.ts';
import { touchFlow } from './flows.ts';
import {
  getOptionRow,
  optionBaseJson,
  optionJson,
  placeOption,
  renumberOptions,
  splitStepFor,
  upsertOption,
} from './options.ts';
import { fieldProperties, lengths, requireEdit, tableRight } from './rights.ts';
import { enumNameOf } from './enums.ts';
import * as input from './input.ts';
import { fieldError } from './fieldError.ts';
import { rankToPlace } from './rankToPlace.ts';

/** Rights of a step option; Key is read-only once the option is saved. */
export const optionRights = (call: AgentCall, saved: boolean) => ({
  TableRight: tableRight(call),
  FieldProperties: fieldProperties(call, {
    WorkflowStepOptionId: { kind: 'int', system: true },
    WorkflowStepId: { kind: 'int', system: true },
    WorkflowId: { kind: 'int', system: true },
    OptionType: { kind: 'enum' },
    Key: {
      kind: 'string',
      length: lengths.key,
      readOnlyReason: saved ? 'SR_KEY_FIXED_AFTER_SAVE' : undefined,
    },
    Name: { kind: 'string', length: lengths.name, mandatory: true },
    Rank: { kind: 'int' },
    Steps: { kind: 'array' },
  }),
});

const savedOptionJson = (call: AgentCall, id: number) => ({
  ...optionJson(call.db, getOptionRow(call.db, id)),
  ...optionRights(call, true),
});

/** The option-type argument of …FromType: a known WorkflowSplitOptionType name (400 otherwise). */
function optionTypeArg(call: AgentCall): string {
  const raw = call.args.raw('OptionType');
  const name = raw === undefined || raw === null ? 'None' : enumNameOf(splitOptionTypes, raw);
  if (!name) throw fieldError('OptionType', `'${String(raw)}' is not a known value`);
  return name;
}

/**
 * A new option as a tenant makes it: CreateDefault… takes no split (contract §3), so the new
 * option has none, nor a flow or a rank; the caller puts them in. WorkflowStepOptionBase, as
 * …FromType answers it: no Key (Save makes one from the name).
 */
function defaultOptionBase(optionType: string) {
  return {
    OptionType: optionType,
    WorkflowStepOptionId: 0,
    WorkflowStepId: 0,
    WorkflowId: 0,
    Name: '',
    Rank: 0,
    Steps: [],
  };
}

/** CreateDefault, CreateDefault…FromType, Get, Save, Delete WorkflowStepOption (contract §3). */
export const optionMethods: Record<string, AgentMethod> = {
  // WorkflowStepOption (contract §3): with a Key and the rights.
  CreateDefaultWorkflowStepOption: (call) => ({
    ...defaultOptionBase('None'),
    Key: '',
    ...optionRights(call, false),
  }),

  // WorkflowStepOptionBase (contract §3, §4), as a tenant answers: no Key, TableRight or
  // FieldProperties. Save and CreateDefault answer WorkflowStepOption, with them.
  CreateDefaultWorkflowStepOptionFromType: (call) => defaultOptionBase(optionTypeArg(call)),

  GetWorkflowStepOption: (call) =>
    optionBaseJson(call.db, getOptionRow(call.db, call.args.int('WorkflowStepOptionId'))),

  SaveWorkflowStepOption: (call) => {
    const body = call.args.entity();
    requireEdit(call, 'step options');
    const id = call.db.transaction(() => {
      const split = splitStepFor(call.db, input.int(body, 'WorkflowStepId', 'WorkflowStepId'));
      const savedId = input.int(body, 'WorkflowStepOptionId', 'WorkflowStepOptionId');
      const saved = savedId > 0 ? getOptionRow(call.db, savedId) : undefined;
      // Rank 0: a saved option stays where it is in its split; a new one (or one moved to
      // another split) goes last.
      const rank = rankToPlace(
        input.int(body, 'Rank', 'Rank'),
        saved?.workflow_step_id === split.workflow_step_id ? saved.rank : undefined,
      );
      const optionId = upsertOption(
        call.db,
        body,
        split.workflow_step_id,
        split.workflow_id,
        rank,
        '',
      );
      placeOption(call.db, getOptionRow(call.db, optionId), rank);
      touchFlow(call.db, split.workflow_id);
      return optionId;
    });
    return savedOptionJson(call, id);
  },

  DeleteWorkflowStepOption: (call) => {
    const id = call.args.int('WorkflowStepOptionId');
    requireEdit(call, 'step options');
    call.db.transaction(() => {
      const row = getOptionRow(call.db, id);
      call.db.run('DELETE FROM workflow_step_option WHERE workflow_step_option_id = ?', [id]);
      renumberOptions(call.db, row.workflow_step_id);
      touchFlow(call.db, row.workflow_id);
    });
    return NO_CONTENT;
  },
};
