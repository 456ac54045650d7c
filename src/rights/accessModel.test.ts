import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORM_READ_ONLY_REASON,
  DEFAULT_HIDDEN_REASON,
  buildAccessModel,
} from './accessModel.ts';
import { FULL_ACCESS } from './fieldAccess.ts';

const FieldProperties = {
  Name: {
    FieldRight: { Mask: 'Update, UIHintMandatory', Reason: '' },
    FieldType: 'System.String',
    FieldLength: 219,
  },
  Description: { FieldRight: { Mask: 'FULL', Reason: '' }, FieldType: 'System.String' },
  Secret: { FieldRight: { Mask: 'None', Reason: '' }, FieldType: 'System.String' },
  CreatedBy: {
    FieldRight: { Mask: 'Read, UIHintReadOnly', Reason: 'Set by the server' },
    FieldType: 'System.String',
  },
};

describe('buildAccessModel', () => {
  it('without a TableRight nothing is restricted at form level', () => {
    const m = buildAccessModel({ TableRight: null, FieldProperties });
    expect(m.formReadOnly).toBe(false);
    expect(m.table.unrestricted).toBe(true);
    expect(m.field('Name')).toMatchObject({ mandatory: true, readOnly: false, maxLength: 219 });
    expect(m.field('Secret').hidden).toBe(true);
    expect(m.field('Unlisted')).toBe(FULL_ACCESS);
  });

  it('finds a field case-insensitively', () => {
    const m = buildAccessModel({ FieldProperties });
    expect(m.field('name').mandatory).toBe(true);
  });

  it('without Update every visible field is read-only with the table reason', () => {
    const m = buildAccessModel({
      TableRight: { Mask: 'Select', Reason: 'Viewers cannot change goals' },
      FieldProperties,
    });
    expect(m.formReadOnly).toBe(true);
    expect(m.readOnlyReason).toBe('Viewers cannot change goals');
    expect(m.field('Name')).toMatchObject({
      readOnly: true,
      reason: 'Viewers cannot change goals',
    });
    expect(m.field('Unlisted').readOnly).toBe(true);
    expect(m.field('Secret').hidden).toBe(true);
    // A field's own reason is more specific than the table's.
    expect(m.field('CreatedBy').reason).toBe('Set by the server');
  });

  it('a default reason when the table gives none', () => {
    const m = buildAccessModel({ TableRight: { Mask: 'R', Reason: '' } });
    expect(m.readOnlyReason).toBe(DEFAULT_FORM_READ_ONLY_REASON);
  });

  it('a new record is editable with Insert even without Update', () => {
    const carrier = { TableRight: { Mask: 'RI', Reason: '' } };
    expect(buildAccessModel(carrier).formReadOnly).toBe(true);
    expect(buildAccessModel(carrier, { isNew: true }).formReadOnly).toBe(false);
  });

  it('shares FieldAccess objects across models (10,000 rows, a handful of objects)', () => {
    const models = Array.from({ length: 10_000 }, () =>
      buildAccessModel({ TableRight: { Mask: 'URI', Reason: '' }, FieldProperties }),
    );
    const distinct = new Set(models.map((m) => m.field('Name')));
    expect(distinct.size).toBe(1);
    const locked = models.map((m, i) =>
      i % 2
        ? m
        : buildAccessModel({ TableRight: { Mask: 'R', Reason: 'Locked' }, FieldProperties }),
    );
    expect(new Set(locked.map((m) => m.field('Description'))).size).toBe(2);
  });

  it('a field inside a read-only collection is read-only with the collection’s reason', () => {
    const m = buildAccessModel({
      TableRight: { Mask: 'URI', Reason: '' },
      FieldProperties: {
        RestrictionGroups: { FieldRight: { Mask: 'Read', Reason: 'Groups locked by policy' } },
        'RestrictionGroups.Name': { FieldRight: { Mask: 'Update', Reason: '' } },
      },
    });
    expect(m.field('RestrictionGroups').readOnly).toBe(true);
    expect(m.field('RestrictionGroups.Name')).toMatchObject({
      readOnly: true,
      reason: 'Groups locked by policy',
    });
    expect(m.field('RestrictionGroups.Description').readOnly).toBe(true);
    expect(m.field('GoalType').readOnly).toBe(false);
  });

  it('hides a stored record whose TableRight lacks Select, with the reason or a default', () => {
    const none = buildAccessModel({ TableRight: { Mask: 'None', Reason: '' } });
    expect(none).toMatchObject({ recordHidden: true, hiddenReason: DEFAULT_HIDDEN_REASON });
    const why = buildAccessModel({ TableRight: { Mask: 'Update', Reason: 'Private flow' } });
    expect(why).toMatchObject({ recordHidden: true, hiddenReason: 'Private flow' });
    expect(buildAccessModel({ TableRight: { Mask: 'Select', Reason: '' } }).recordHidden).toBe(
      false,
    );
    expect(buildAccessModel({ TableRight: null }).recordHidden).toBe(false);
    expect(
      buildAccessModel({ TableRight: { Mask: 'Uninitialized', Reason: '' } }).recordHidden,
    ).toBe(false);
    // A new record is judged by Insert, not Select.
    expect(
      buildAccessModel({ TableRight: { Mask: 'Insert', Reason: '' } }, { isNew: true })
        .recordHidden,
    ).toBe(false);
  });
});
