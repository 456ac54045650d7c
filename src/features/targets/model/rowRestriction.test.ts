import { describe, expect, it } from 'vitest';
import { DEFAULT_ROW_RESTRICTION, rowRestriction } from './rowRestriction.ts';

const values = (Mask: string, Reason = '') => ({
  Values: { FieldRight: { Mask, Reason }, FieldType: 'System.Array', FieldLength: -1 },
});

describe('rowRestriction', () => {
  it('is null for a row the user may change, or one sent without rights', () => {
    expect(rowRestriction({ Locked: false })).toBeNull();
    expect(
      rowRestriction({
        Locked: false,
        TableRight: { Mask: 'Select, Update', Reason: '' },
        FieldProperties: values('Update'),
      }),
    ).toBeNull();
  });

  it('gives the reason of a TableRight without Update, as a sentence', () => {
    expect(
      rowRestriction({
        Locked: false,
        TableRight: { Mask: 'Select', Reason: 'Not your user group' },
      }),
    ).toBe('Not your user group.');
  });

  it('gives the reason of a read-only or hidden Values field', () => {
    const read = { Locked: false, FieldProperties: values('Read', 'Approved by finance') };
    expect(rowRestriction(read)).toBe('Approved by finance.');
    expect(rowRestriction({ Locked: false, FieldProperties: values('None') })).toBe(
      DEFAULT_ROW_RESTRICTION,
    );
    expect(rowRestriction({ Locked: false, FieldProperties: values('Read') })).toBe(
      DEFAULT_ROW_RESTRICTION,
    );
  });

  it('leaves a row loaded locked to its lock (the server sends it as Select)', () => {
    expect(
      rowRestriction({
        Locked: true,
        TableRight: {
          Mask: 'Select',
          Reason: 'This row is locked: unlock it to change its values',
        },
      }),
    ).toBeNull();
  });

  it('keeps a locked row whose figures are hidden restricted, so unlocking it does not open it', () => {
    expect(
      rowRestriction({ Locked: true, FieldProperties: values('None', 'Not your user group') }),
    ).toBe('Not your user group.');
    expect(rowRestriction({ Locked: true, FieldProperties: values('None') })).toBe(
      DEFAULT_ROW_RESTRICTION,
    );
  });

  it('shares one answer between rows with the same rights', () => {
    const a = rowRestriction({
      Locked: false,
      TableRight: { Mask: 'Select', Reason: 'Not yours' },
    });
    const b = rowRestriction({
      Locked: false,
      TableRight: { Mask: 'Select', Reason: 'Not yours' },
    });
    expect(a).toBe(b);
  });
});
