import { describe, expect, it } from 'vitest';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { buildAccessModel } from '../../../rights/accessModel.ts';
import { FLOW_NOT_LOADED_REASON, optionRights } from './optionRights.ts';

const readOnlyFlow = { TableRight: { Mask: 'Select', Reason: 'You may only view flows.' } };
const base: WorkflowStepOption = {
  WorkflowStepOptionId: 2,
  Name: 'Clicked pricing',
  Rank: 2,
  Steps: [],
};

describe('optionRights', () => {
  it('an option without rights (WorkflowStepOptionBase) follows its flow’s TableRight', () => {
    const rights = optionRights(base, readOnlyFlow);
    expect(rights?.TableRight).toEqual(readOnlyFlow.TableRight);
    expect(buildAccessModel(rights).formReadOnly).toBe(true);
  });

  it('waits for the flow while it loads', () => {
    expect(optionRights(base, undefined)).toBeUndefined();
  });

  it('keeps following the flow’s rights when a refetch of the flow fails (its data stays)', () => {
    const rights = optionRights(base, readOnlyFlow, true);
    expect(buildAccessModel(rights).formReadOnly).toBe(true);
    expect(buildAccessModel(rights).readOnlyReason).toBe('You may only view flows.');
  });

  it('takes the option as read-only, saying why, when its flow never loaded', () => {
    const model = buildAccessModel(optionRights(base, undefined, true));
    expect(model.formReadOnly).toBe(true);
    expect(model.recordHidden).toBe(false);
    expect(model.readOnlyReason).toBe(FLOW_NOT_LOADED_REASON);
    expect(FLOW_NOT_LOADED_REASON).toMatch(/could not be loaded.*Reload the page/);
  });

  it('an option that carries rights follows its own, even a null TableRight', () => {
    const own: WorkflowStepOption = { ...base, TableRight: { Mask: 'FULL', Reason: '' } };
    expect(optionRights(own, readOnlyFlow)).toBe(own);
    const notComputed: WorkflowStepOption = { ...base, TableRight: null };
    expect(optionRights(notComputed, readOnlyFlow)).toBe(notComputed);
  });
});

describe('optionRights: Name', () => {
  it('marks Name mandatory on an option loaded without FieldProperties, as the editor requires it', () => {
    const name = buildAccessModel(optionRights(base, { TableRight: null })).field('Name');
    expect(name.mandatory).toBe(true);
    expect(name.readOnly).toBe(false);
  });

  it('keeps a Name right the option carries in its FieldProperties', () => {
    const readOnlyName = {
      FieldRight: { Mask: 'Read', Reason: 'Names are fixed here.' },
      FieldType: 'System.String',
      FieldLength: 254,
    };
    const option: WorkflowStepOption = { ...base, FieldProperties: { Name: readOnlyName } };
    const name = buildAccessModel(optionRights(option, { TableRight: null })).field('Name');
    expect(name.readOnly).toBe(true);
    expect(name.mandatory).toBe(false);
  });
});

describe('optionRights: Name on a read-only option', () => {
  it('marks nothing required where the flow lets the user only look', () => {
    const name = buildAccessModel(optionRights(base, readOnlyFlow)).field('Name');
    expect(name.readOnly).toBe(true);
    expect(name.mandatory).toBe(false);
  });
});
