import { describe, expect, it } from 'vitest';
import { buildAccessModel } from './accessModel.ts';
import { isEmptyValue, validateWithRights } from './validateWithRights.ts';

const model = buildAccessModel({
  FieldProperties: {
    Name: { FieldRight: { Mask: 'Update, UIHintMandatory', Reason: '' }, FieldLength: 5 },
    Code: { FieldRight: { Mask: 'Update', Reason: '' }, FieldLength: 3 },
    Locked: { FieldRight: { Mask: 'Read, UIHintMandatory', Reason: '' } },
    Owner: { FieldRight: { Mask: 'Update, UIHintMandatory', Reason: '' } },
  },
});

describe('validateWithRights', () => {
  it('reports mandatory-empty and too-long values, skipping read-only fields', () => {
    const errors = validateWithRights({ Name: '  ', Code: 'ABCD', Locked: '' }, model, [
      'Name',
      'Code',
      'Locked',
    ]);
    expect(errors).toEqual([
      { field: 'Name', type: 'required', message: 'This field is required.' },
      { field: 'Code', type: 'maxLength', message: 'Use at most 3 characters (4 now).' },
    ]);
  });

  it('maps a nested form path to a differently named right', () => {
    const errors = validateWithRights({ owner: { id: null } }, model, [
      { name: 'owner.id', rightsName: 'Owner' },
    ]);
    expect(errors).toEqual([
      { field: 'owner.id', type: 'required', message: 'This field is required.' },
    ]);
  });

  it('does not hold enum, number, date or yes/no values to their FieldLength (a storage size)', () => {
    // FieldProperties as a real tenant sends them (the contract's PHP sample, §2.1): a text field's
    // FieldLength is its character limit, anything else's the size it is stored in.
    const real = buildAccessModel(
      {
        TableRight: { Mask: 'FULL', Reason: '' },
        FieldProperties: {
          Name: {
            FieldRight: { Mask: 'Update, UIHintMandatory', Reason: '[SR_MANDATORY_FIELD_2817]' },
            FieldType: 'System.String',
            FieldLength: 4,
          },
          GoalType: {
            FieldRight: { Mask: 'Update', Reason: '' },
            FieldType: 'System.Int16',
            FieldLength: 2,
          },
          EventType: {
            FieldRight: { Mask: 'Update', Reason: '' },
            FieldType: 'System.Int32',
            FieldLength: 4,
          },
          When: {
            FieldRight: { Mask: 'Update', Reason: '' },
            FieldType: 'System.DateTime',
            FieldLength: 16,
          },
          Done: {
            FieldRight: { Mask: 'Update', Reason: '' },
            FieldType: 'System.Boolean',
            FieldLength: 2,
          },
        },
      },
      { isNew: false },
    );
    const values = {
      Name: 'Too long',
      GoalType: 'AddedToProject',
      EventType: 'PersonCreated',
      When: '2026-03-05T00:00:00',
      Done: 'false',
    };
    expect(
      validateWithRights(values, real, ['Name', 'GoalType', 'EventType', 'When', 'Done']),
    ).toEqual([{ field: 'Name', type: 'maxLength', message: 'Use at most 4 characters (8 now).' }]);
    expect(real.field('GoalType').maxLength).toBeUndefined();
  });

  it('passes filled values', () => {
    expect(validateWithRights({ Name: 'Ok', Code: 'AB' }, model, ['Name', 'Code'])).toEqual([]);
  });

  it('treats 0 and false as values', () => {
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue(false)).toBe(false);
    expect(isEmptyValue([])).toBe(true);
  });
});
