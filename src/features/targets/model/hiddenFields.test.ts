import { describe, expect, it } from 'vitest';
import { hiddenFieldsOf, notShownText } from './hiddenFields.ts';

const right = (Mask: string, Reason = '') => ({ FieldRight: { Mask, Reason } });

describe('hiddenFieldsOf', () => {
  it('is null when the user may see every field, or the row has no field rights', () => {
    expect(hiddenFieldsOf({})).toBeNull();
    expect(
      hiddenFieldsOf({
        FieldProperties: { Values: right('Read'), Currency: right('Update'), Locked: right('') },
      }),
    ).toBeNull();
  });

  it('says which of Values, Currency and Locked have no Read, with the Values reason', () => {
    expect(
      hiddenFieldsOf({ FieldProperties: { Values: right('None', 'Not your user group') } }),
    ).toEqual({
      values: true,
      currency: false,
      locked: false,
      valuesReason: 'Not your user group.',
    });
    expect(hiddenFieldsOf({ FieldProperties: { Currency: right('None') } })).toEqual({
      values: false,
      currency: true,
      locked: false,
      valuesReason: '',
    });
    expect(hiddenFieldsOf({ FieldProperties: { Locked: right('None') } })?.locked).toBe(true);
    // A mask sent as a number: 0 is None.
    expect(
      hiddenFieldsOf({ FieldProperties: { Locked: { FieldRight: { Mask: 0 } } } })?.locked,
    ).toBe(true);
    // A resource id the server did not translate is no reason to show.
    expect(
      hiddenFieldsOf({ FieldProperties: { Values: right('None', '[SR_NO_READ]') } })?.valuesReason,
    ).toBe('');
  });

  it('shares one frozen answer between rows with the same rights', () => {
    const a = hiddenFieldsOf({ FieldProperties: { Values: right('None', 'x') } });
    const b = hiddenFieldsOf({ FieldProperties: { Values: right('None', 'x') } });
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('notShownText', () => {
  it('counts the rows left out', () => {
    expect(notShownText(1)).toBe('1 user not shown');
    expect(notShownText(3)).toBe('3 users not shown');
  });
});
