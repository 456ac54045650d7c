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

  it('passes filled values', () => {
    expect(validateWithRights({ Name: 'Ok', Code: 'AB' }, model, ['Name', 'Code'])).toEqual([]);
  });

  it('treats 0 and false as values', () => {
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue(false)).toBe(false);
    expect(isEmptyValue([])).toBe(true);
  });
});
